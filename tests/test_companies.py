"""Company rules: gazetteer aliases, suffixes, possessives, pairs, brands vs groups, unknown 'X Motors'."""

from __future__ import annotations

import pytest

from briefing.errors import DataError
from briefing.extract.companies import find_companies, short_forms
from briefing.extract.defined import defined_names
from briefing.extract.gazetteer import load_gazetteer, parse_gazetteer


def names(sentence: str) -> list[tuple[str, bool]]:
    return [(name, known) for name, _t, _s, _e, known in find_companies(sentence, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BMW and JLR will team up.", [("BMW", True), ("Jaguar Land Rover", True)]),
        ("FCA and Renault have become bedfellows.", [("Fiat Chrysler Automobiles", True), ("Renault", True)]),
        # possessives with ’ ' and a wrongly turned ‘
        ("BMW’s and JLR's factories; Nissan‘s shares.", [("BMW", True), ("Jaguar Land Rover", True), ("Nissan", True)]),
        # slash and hyphen pairs
        (
            "Tata/JLR and the Renault-Nissan tie-up.",
            [("Tata Motors", True), ("Jaguar Land Rover", True), ("Renault", True), ("Nissan", True)],
        ),
        # the longest name wins: Jaguar Land Rover is not Jaguar plus Land Rover
        ("Jaguar Land Rover sells Jaguar cars.", [("Jaguar Land Rover", True), ("Jaguar", True)]),
        # a brand inside a model name counts as the brand, once
        ("The Nissan Leaf sold well.", [("Nissan", True)]),
        # legal suffixes, including one whose full stop ends the sentence
        ("A deal with Toyota Motor Corp.", [("Toyota", True)]),
        ("Volkswagen AG and Renault SA signed.", [("Volkswagen Group", True), ("Renault", True)]),
        # a company unknown to the gazetteer, found by its name pattern and marked as such
        ("Arcadia Motors will build the car.", [("Arcadia Motors", False)]),
        ("The Hanse Group bought a stake.", [("Hanse Group", False)]),
        # ordinary words are not companies
        ("Sales of electric cars rose in Europe.", []),
        # "GM" as a title (general manager) next to a title word or before "of" a company's unit is no company
        ("Ken Oda, executive GM of Honda's battery unit, spoke.", [("Honda", True)]),
        ("She was senior GM for sales at Mazda.", [("Mazda", True)]),
        ("A former GM engineer joined Ford.", [("General Motors", True), ("Ford", True)]),
        # a named group inside a company ("Nissan's Legal Affairs Group") is a division, not a company
        ("A lawyer of Nissan's Legal Affairs Group spoke.", [("Nissan", True)]),
        # the longest name wins for unknown names too: the parent is another company than its listed unit
        (
            "Ningbo Automotive said its parent Ningbo Automotive Industry Corp. holds the rest.",
            [("Ningbo Automotive", False), ("Ningbo Automotive Industry", False)],
        ),
        # a brand inside a group's former name is that group, not a second company
        ("The boards of Renault and PSA Peugeot met.", [("Renault", True), ("PSA Group", True)]),
        # a name with its legal form is a company even when the gazetteer does not know it
        ("Kyocera Corporation and Mazda Motor Corporation will team up.", [("Kyocera", False), ("Mazda", True)]),
        ("The deal with Fabrikam Inc. was signed.", [("Fabrikam", False)]),
        # two words and a legal form are a company's name, never a person's ("Kestrel Diesel Corp."); a venture's
        # "LLC" after words of no company ("Ultium Cells LLC") is the venture, read by the deal rules
        ("Volvo will buy Kestrel Diesel Corp. for cash.", [("Volvo Cars", True), ("Kestrel Diesel", False)]),
        ("GM makes cells with LG through Ultium Cells LLC.", [("General Motors", True)]),
        # initials right before a one-word name make a company of its own, unless they say where or what
        ("Mahindra will buy a stake in SML Isuzu.", [("Mahindra", True), ("SML Isuzu", False)]),
        ("Sales at US Ford dealers rose.", [("Ford", True)]),
        # two known names and a legal form name their venture, a company of its own
        ("Their joint venture, Tata Cummins Ltd. (TCL), will build engines.", [("Tata Cummins", False)]),
        # a page's time and a company's name copied without their space name no company
        ("Aug. 29, 2022 4:59 AM ETHonda Motor Co., Ltd. and LG will form a venture.", []),
        ("Their Corporation Ltd. plans were shelved.", []),
    ],
)
def test_find_companies(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert names(sentence) == expected


def test_surface_text_keeps_the_suffix_as_written() -> None:
    [(name, text, start, end, _known)] = find_companies("Signed by Toyota Motor Corp. yesterday", load_gazetteer())
    assert (name, text) == ("Toyota", "Toyota Motor Corp.")
    assert "Signed by Toyota Motor Corp. yesterday"[start:end] == text


def test_ambiguous_name_that_opens_a_sentence_is_skipped() -> None:
    assert names("Smart money is on Toyota.") == [("Toyota", True)]


def test_every_parent_is_in_the_gazetteer_and_forms_are_unique() -> None:
    g = load_gazetteer()
    assert len(g.companies) >= 80
    for company in g.companies.values():
        assert company.parent is None or company.parent in g.companies


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"companies": []}, "non-empty list"),
        ({"companies": [{"name": "A", "kind": "bank"}]}, "kind 'bank'"),
        ({"companies": [{"name": "A"}, {"name": "B", "aliases": ["A"]}]}, "'A' already names 'A'"),
        ({"companies": [{"name": "A", "parent": "Z"}]}, "parent 'Z'"),
    ],
)
def test_gazetteer_errors_name_the_problem(data: dict, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_gazetteer(data, "carmakers.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group named with its legal form: the brand's other forms mean the group too
        (
            "Volkswagen AG will invest. VW's money arrives in May.",
            {"Volkswagen": "Volkswagen Group", "VW": "Volkswagen Group"},
        ),
        # the article speaks of the brand under either form: both stay the brand
        ("Volkswagen AG will invest. The VW brand keeps its name.", {}),
        # no legal form: the article's "VW" is the brand, as the gazetteer says
        ("VW will invest in the startup.", {}),
    ],
)
def test_short_forms_of_a_group_named_with_its_legal_form(text: str, expected: dict[str, str]) -> None:
    found = short_forms(text, load_gazetteer())
    assert {k: v for k, v in found.items() if k in ("Volkswagen", "VW")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun that says what a company does, right before its name
        ("Ford put money into self-driving startup Lumina Drive last year.", [("Ford", True), ("Lumina Drive", False)]),
        ("Audi will buy cells from battery maker Voltaro.", [("Audi", True), ("Voltaro", False)]),
        # a company's unit that is a company of its own, after its owner's possessive
        (
            "Kia took a stake in Toyota's Orbis Robotics unit.",
            [("Kia", True), ("Toyota", True), ("Orbis Robotics", False)],
        ),
        # an apposition that says what the company is
        ("Orbis AI, a developer of driving software, will grow.", [("Orbis AI", False)]),
        ("Nissens, a European manufacturer and distributor of cooling parts, grew.", [("Nissens", False)]),
        ("Orbis AI, a Boston-based startup, will grow.", [("Orbis AI", False)]),
    ],
)
def test_unknown_companies_named_by_what_they_are(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a person, a role or a place after the noun is no company
        "The automaker Chief Executive Mary Barra spoke.",
        "The carmaker's India unit sold more cars.",
        "Toyota's Kentucky unit will hire.",
        "Jim Hackett, a startup veteran, joined.",
        "A startup In Germany will grow.",
        # a lower-case word ends the name: nothing capitalised follows the noun
        "Honda invested in a startup that makes chips.",
    ],
)
def test_no_unknown_company_from_people_places_or_plain_words(sentence: str) -> None:
    assert [n for n, known in names(sentence) if not known] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Automobile" ends an unknown maker's name, as Chinese makers' long names are written
        (
            "Ford signed a memorandum with Hefei Lantu Automobile Co., Ltd. on Monday.",
            [("Ford", True), ("Hefei Lantu Automobile", False)],
        ),
        # a maker's long official name is the maker
        ("Ford signed a memorandum with Anhui Zotye Automobile Co., Ltd.", [("Ford", True), ("Zotye", True)]),
        # a family named after a company is no company
        ("It needs the consent of Volkswagen's Piech and Porsche families.", [("Volkswagen", True)]),
        # a maker's former name is the maker, not a company of its own
        ("Dongfeng was started in 1969 as the Second Automobile Works.", [("Dongfeng", True), ("Dongfeng", True)]),
    ],
)
def test_long_names_of_chinese_makers(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Chinese maker's name and a foreign one's, a space apart: their venture in China
        ("GAC Mitsubishi Motors will sell its plant.", [("GAC Mitsubishi Motors", False)]),
        ("Dongfeng Nissan Motor sold more cars.", [("Dongfeng Nissan Motor", False)]),
        # a list or a pair with a word between stays two companies
        ("GAC and Mitsubishi Motors will part ways.", [("GAC", True), ("Mitsubishi Motors", True)]),
        ("Nissan Dongfeng talks went on.", [("Nissan", True), ("Dongfeng", True)]),
    ],
)
def test_a_chinese_venture_named_after_its_parents(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a release writes its own name in capitals, legal form and all
        (
            "TOYOTA MOTOR CORPORATION (TMC) and SUBARU CORPORATION announced a new model.",
            [("Toyota", True), ("Subaru", True)],
        ),
        ("GM AND FORD are rivals.", [("General Motors", True), ("Ford", True)]),
        ("NISSAN MOTOR CO., LTD. said so.", [("Nissan", True)]),
        # an Australian or British story sets its first word in capitals
        ("GENERAL Motors has announced a stake in Subaru.", [("General Motors", True), ("Subaru", True)]),
        ("SK On will supply Ford.", [("SK On", True), ("Ford", True)]),
        ("KG Mobility and Chery signed a licence.", [("KG Mobility", True), ("Chery", True)]),
    ],
)
def test_names_written_in_capitals(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # acronyms and words in capitals that only look like a name, or a one-word name that is also a word
        "The CEO said EV SALES rose.",
        "SMART MONEY is moving.",
        "DETROIT (Reuters) - Sales rose.",
        # an event named after a place and a word of a company's name
        "The agreement was signed at the Geneva Motor Show.",
    ],
)
def test_no_company_from_other_words_in_capitals(sentence: str) -> None:
    assert names(sentence) == []


def test_initials_joined_by_a_hyphen_stay_in_the_name() -> None:
    # "L-H Battery Co." is a venture's name: never a company called "Battery"
    assert names("The L-H Battery Co. venture between LG Energy Solution and Honda opened.") == [
        ("LG Energy Solution", True),
        ("Honda", True),
    ]


def test_a_group_company_that_shares_a_makers_first_word_is_its_own() -> None:
    assert names("Tata Daewoo posted a profit, Tata Motors said.") == [("Tata Daewoo", True), ("Tata Motors", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known name that opens a longer incorporated one naming a carmaker of its own
        (
            "Ford will buy Renault's stake in Renault India Automobiles Pvt Ltd.",
            [("Ford", True), ("Renault", True), ("Renault India Automobiles", False)],
        ),
        # a plant or a place added to a known name keeps the known company
        ("Toyota Motor Manufacturing Indiana Inc. builds SUVs.", [("Toyota", True)]),
    ],
)
def test_a_longer_incorporated_name_is_a_company_of_its_own(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert names(sentence) == expected


def test_the_rest_of_a_known_name_is_no_company_of_its_own() -> None:
    assert names("Joint ventures involving Chang'an Automobile Group, Ford and Mazda were revealed.") == [
        ("Changan", True),
        ("Ford", True),
        ("Mazda", True),
    ]


def test_a_name_defined_after_the_last_part_of_a_legal_form_stands_for_its_company() -> None:
    paragraphs = ["Chongqing Changan Automobile Co., Ltd. (CA) and Mazda issued a statement.", "CA will invest."]
    assert defined_names(paragraphs, load_gazetteer()).get("CA") == "Changan"
    # a known name inside a longer incorporated one is no company of its own there
    assert names("Shares of Changan Mazda Automobile Co., Ltd. were sold.") == [("Changan Mazda Automobile", False)]


def test_a_name_by_its_initials_and_a_one_word_name_named_again() -> None:
    paragraphs = [
        "International Automotive Components Group bought key pieces of German supplier Stankiewicz.",
        "IAC bought Stankiewicz's nine plants. IAC Group is based in New York.",
    ]
    defined = defined_names(paragraphs, load_gazetteer())
    name = "International Automotive Components Group"
    assert defined.get("IAC") == name and defined.get("IAC Group") == name
    assert defined.get("Stankiewicz") == "Stankiewicz"
    # initials that name a known company stay that company
    assert "GM" not in defined_names(["Global Mobility Holdings said GM would buy it."], load_gazetteer())


def test_a_described_name_of_two_words_is_that_company_again() -> None:
    paragraphs = [
        "Swiss gearbox maker Orsa Drive said it would buy Kelton Corp.",
        "Orsa Drive's shares rose 8 percent.",
    ]
    assert defined_names(paragraphs, load_gazetteer()).get("Orsa Drive") == "Orsa Drive"
    # ... but not where the article also writes it after a first name, as a person's
    paragraphs = ["Swedish supplier Lind Holm said it would buy Kelton Corp.", "Founder Peter Lind Holm said so."]
    assert "Lind Holm" not in defined_names(paragraphs, load_gazetteer())


def test_an_ambiguous_name_in_an_ordinary_phrase_is_no_company() -> None:
    assert names("Bosch bought Kelvo, a maker of Smart Grid meters.") == [("Bosch", True), ("Kelvo", False)]
    assert names("The unit sells Smart Energy systems to Ford.") == [("Ford", True)]
    # ... but the brand before a maker's word or a verb is the brand
    assert names("Geely said Smart will build cars with Renault.") == [
        ("Geely", True),
        ("Smart", True),
        ("Renault", True),
    ]


def test_a_given_name_after_a_role_and_a_family_name_is_no_company() -> None:
    # "Yanfeng" is a supplier's name, and a Chinese given name after the family name
    assert names("FAW general manager Zhu Yanfeng said the talks with Daimler go on.") == [
        ("FAW", True),
        ("Mercedes-Benz Group", True),
    ]
    assert names("Its supplier Yanfeng said so.") == [("Yanfeng", True)]


def test_a_place_in_brackets_defines_no_name() -> None:
    paragraphs = ["Orsa Drive Corp. (China) will build a plant.", "China is the biggest market."]
    assert "China" not in defined_names(paragraphs, load_gazetteer())
    # brackets inside a longer name define nothing
    paragraphs = ["It works with Kelton Corp. (KC) Network Services.", "KC said so."]
    assert "KC" not in defined_names(paragraphs, load_gazetteer())


def test_the_end_of_a_name_with_an_ampersand_is_no_company() -> None:
    assert names("Daihatsu and its trading company, Sojitz & Co Ltd, will hold a stake.") == [("Daihatsu", True)]


def test_a_hyphenated_name_with_a_known_half_is_not_the_known_company() -> None:
    assert names("Khazanah approached Naza Group and Hyundai-Berjaya Sdn Bhd to buy its stake.") == [
        ("Naza Group", False),
        ("Hyundai-Berjaya", False),
    ]


def test_a_heading_word_and_a_name_written_in_two_cases() -> None:
    assert names("Joint Mobility Offerings: GM and Ford will develop a network.") == [
        ("General Motors", True),
        ("Ford", True),
    ]
    assert names("Nissan and DongFeng Motor Corporation signed the deal.") == [("Nissan", True), ("Dongfeng", True)]


def test_a_one_word_name_that_is_also_a_surname_is_not_spread() -> None:
    paragraphs = ["Porsche will buy a stake in Croatian carmaker Rimac.", "“Good,” said Mate Rimac, its founder."]
    assert "Rimac" not in defined_names(paragraphs, load_gazetteer())
    # a possessive before the name is no first name
    paragraphs = ["Lear bought Germany's Stankiewicz, a German supplier Stankiewicz.", "Stankiewicz will close."]
    assert defined_names(paragraphs, load_gazetteer()).get("Stankiewicz") == "Stankiewicz"


def test_a_risky_one_word_brand_opening_a_products_name_is_no_company() -> None:
    assert names("Aptiv develops connectivity and Smart Vehicle Architecture for Hyundai.") == [
        ("Aptiv", True),
        ("Hyundai", True),
    ]


def test_a_one_word_name_closing_a_longer_name_is_not_that_company() -> None:
    assert names("Saab said today that Zhejiang Youngman Lotus will pay 136 million euros.") == []
    # a nationality or a possessive before the name leaves it the company
    assert names("The British Lotus brand and Japan's Toyota said so.") == [("Lotus", True), ("Toyota", True)]
