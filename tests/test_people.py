"""People, roles and quote attribution."""

from __future__ import annotations

import pytest

from briefing.extract import extract_article
from briefing.extract import quotes as quoting
from briefing.extract.gazetteer import load_gazetteer
from briefing.extract.people import find_people, split_roles
from briefing.extract.quotes import find_quotes
from briefing.read import parse_article

FORMS = set(load_gazetteer().by_surface)


def people_in(text: str) -> list[tuple[str, str | None]]:
    return [(h.name, h.role) for h in find_people(text, FORMS)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Jane Doe, chief executive of Nissan, said the plan works.", "Jane Doe", "chief executive of Nissan"),
        ("said Nissan chief executive Makoto Uchida on Monday.", "Makoto Uchida", "Nissan chief executive"),
        (
            "Carl-Peter Forster a former chief executive of Tata Motors and a former BMW executive in an interview",
            "Carl-Peter Forster",
            "a former chief executive of Tata Motors and a former BMW executive",
        ),
        ("Kim Tae-yong replied: no.", "Kim Tae-yong", None),
        # a chairman of a group the site does not know keeps the group's whole name in the role
        ("Orbis Group Chairman Lee Jae-ho opened the plant.", "Lee Jae-ho", "Orbis Group Chairman"),
        ("Then Group Chairman Lee Jae-ho spoke.", "Lee Jae-ho", "Group Chairman"),
        # British papers hyphenate titles: the whole title, not its last word
        ("As part of the pact, Volvo vice-president Maren Holt joins the board.", "Maren Holt", "Volvo vice-president"),
        ("Said Renault Vice-Chairman Paul Ardent on Friday.", "Paul Ardent", "Renault Vice-Chairman"),
    ],
)
def test_people_and_roles(text: str, name: str, role: str | None) -> None:
    assert (name, role) in people_in(text)


def test_companies_and_places_are_not_people() -> None:
    assert people_in("Tata Motors said on Monday. New Delhi said.") == []


def test_roles_split_on_and() -> None:
    assert split_roles("a former chief executive of Tata Motors and a former BMW executive") == [
        "former chief executive of Tata Motors",
        "former BMW executive",
    ]


def test_quotes_curly_straight_and_one_word() -> None:
    texts = [q.text for q in find_quotes('“Yes,” he said. "No." “…”')]
    assert texts == ["Yes,", "No."]


def facts(text: str):
    return extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())


@pytest.mark.parametrize(
    ("text", "speaker", "contains"),
    [
        ("“We will share costs,” said Nissan chief executive Makoto Uchida.", "Makoto Uchida", "share costs"),
        ("Makoto Uchida, chief executive of Nissan, said: “We will share costs.”", "Makoto Uchida", "share costs"),
        # a quote before its speaker, who is later named by surname only
        ("Jane Doe, head of Renault, spoke in Paris.\n“It works,” Doe said.", "Jane Doe", "It works"),
        # split around the attribution: one quote
        (
            "“The van market,” said Sophie Marchand, head of vans at Renault, “is too small.”",
            "Sophie Marchand",
            "The van market, is too small.",
        ),
        # attributed to a company, not a person
        ("Ford said in a statement: “We remain committed.”", "Ford", "remain committed"),
        ("“No comment,” a Honda spokesperson said.", "Honda", "No comment"),
        # ... the verb first, then the company alone
        ("“The plant adds capacity,” said Kia.", "Kia", "adds capacity"),
        ("“The plant adds capacity,” said Kia in a statement.", "Kia", "adds capacity"),
        # a follow-up quote keeps its speaker
        ("“First,” Jane Doe said. “Second.”", "Jane Doe", "Second"),
        # one person's titles joined by "and" are no two speakers
        (
            "“Combining our strengths will offer growth,” AB Volvo President and CEO Olof Persson said.",
            "Olof Persson",
            "offer growth",
        ),
        # "saying" before the quote
        (
            "Speaking to the media, Anish Shah, Group President, Mahindra Group too reinforced this point saying, "
            "“Mahindra would cease to be a majority shareholder.”",
            "Anish Shah",
            "cease to be",
        ),
        # a boss whose family name is the company's
        (
            "Speaking at the announcement, Mahindra boss Anand Mahindra said: “Design will greatly matter.”",
            "Anand Mahindra",
            "Design will",
        ),
        # a wire's report of a quote
        (
            "MAN chief executive Hakan Samuelsson was quoted as saying that the German group's investment in "
            "Sinotruk “lays the foundation for new trucks.”",
            "Hakan Samuelsson",
            "lays the foundation",
        ),
        # glued to the previous sentence without a space
        ("Sales fell.“Bad year,” said Jane Doe.", "Jane Doe", "Bad year"),
        # a lower-case role before the subject who opens the sentence, with a quoted fragment far after the verb
        (
            "Kia chief operating officer Lena Stroud said in a note that the deal would speed up the van "
            "and “make it the best in its class.”",
            "Lena Stroud",
            "best in its class",
        ),
    ],
)
def test_quote_attribution(text: str, speaker: str, contains: str) -> None:
    quotes = facts(text).quotes
    assert any(q.speaker == speaker and contains in q.text for q in quotes), [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "contains"),
    [
        # "the company said" after the quote: the one company the sentence before was about
        ("Mazda opened a plant in Hiroshima. “It runs on solar power,” the company said.", "Mazda", "solar power"),
        # a description opening the quote's sentence, and one across a paragraph break
        (
            "Subaru cut its outlook. The carmaker said in a filing it would “stay careful with costs”.",
            "Subaru",
            "careful with costs",
        ),
        ("Kia sold more vans.\n\n“Demand held up,” the carmaker said.", "Kia", "Demand held up"),
        # "the German group": the one German company named so far
        ("Renault and BMW met in Paris. “Talks went well,” the German group said.", "BMW", "Talks went well"),
    ],
)
def test_a_quote_given_to_a_description_goes_to_the_one_company_it_stands_for(
    text: str, speaker: str, contains: str
) -> None:
    quotes = facts(text).quotes
    assert [(q.speaker, contains in q.text) for q in quotes] == [(speaker, True)]


@pytest.mark.parametrize(
    "text",
    [
        # two companies open the sentence before: "the company" fits neither alone
        "Mazda and Subaru opened a plant. “It runs on solar power,” the company said.",
        # "the brand" does not stand for a group
        "Stellantis opened a plant. “It runs on solar power,” the brand said.",
    ],
)
def test_a_description_that_fits_no_one_company_gives_no_speaker(text: str) -> None:
    assert [q.speaker for q in facts(text).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "forms", "held"),
    [
        ("said Hanna Lindqvist, CFO", ["Hanna Lindqvist", "Lindqvist"], "said ##### #########, CFO"),  # spaces kept
        ("Lindqvists said", ["Lindqvist"], "Lindqvists said"),  # not a whole word
        ("Nokia said", ["Kia"], "Nokia said"),  # not at a word start
        ("Ola Källenius said", ["Ola Källenius", "Källenius"], "### ######### said"),  # longest first
    ],
)
def test_known_names_are_held_in_place(text: str, forms: list[str], held: str) -> None:
    # The attribution patterns stay fixed (compiled once); a known name becomes a run of placeholder letters
    # as long as itself, so the match maps back to the text by offset.
    assert quoting._hold(text, forms, "#", keep_spaces=True) == held


def test_a_surname_alone_is_found_after_a_known_full_name() -> None:
    # As a pattern listing the forms did: "said Hanna Lindqvist" may name just the surname, which the
    # catalogue then joins to the full name.
    quote = find_quotes("“Fine,” said Hanna Lindqvist, the finance chief.")[0]
    text = "“Fine,” said Hanna Lindqvist, the finance chief."
    assert quoting.attribute(text, quote, ["Hanna Lindqvist"], ["Volvo"]) == ("person", "Lindqvist")


def speakers(text: str) -> list[tuple[str | None, str]]:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    return [(q.speaker, q.text) for q in af.quotes]


def names(text: str) -> list[tuple[str, list[str]]]:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    return [(p.name, p.roles) for p in af.people]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chief Financial Officer Claire Dumont told analysts so.", "Claire Dumont", "Chief Financial Officer"),
        ("Executive Chair Tom Lee said so.", "Tom Lee", "Executive Chair"),
        ("The Kia finance chief, Jae Park, said the plan works.", "Jae Park", "Kia finance chief"),
        ("“It is an honour,” said Kia CEO and cofounder Elan Mosk.", "Elan Mosk", "Kia CEO and cofounder"),
        (
            "“We are ready,” said Honda Managing Officer Noriya Kaihar at a briefing.",
            "Noriya Kaihar",
            "Honda Managing Officer",
        ),
        (
            "The tie-up was driven by former Nissan chief Carlo Gosling, it said.",
            "Carlo Gosling",
            "former Nissan chief",
        ),
        # ... and a role in a company or its unit, set off with commas before the name
        (
            "A paper quotes an executive of Kia’s local subsidiary, José Duarte, as saying jobs will follow.",
            "José Duarte",
            "executive of Kia’s local subsidiary",
        ),
        ("An analyst at Bernstein, Max Warbler, said the deal made sense.", "Max Warbler", "analyst at Bernstein"),
        ("Anna Berg is Kia's chief executive. She spoke.", "Anna Berg", "Kia's chief executive"),
        ("said Håkan Lindgren, President and Chief Executive Officer.", "Håkan Lindgren", None),
        # a long role after a possessive, set off with commas, ending the sentence or before its verb
        (
            "The plan needs ten plants, said Kia's chief platform and operations officer, Min-ho Seo-Park.",
            "Min-ho Seo-Park",
            "chief platform and operations officer",
        ),
        (
            "LG Energy Solution's head of cell sales division, Jin Woo Han, also said more plants would follow.",
            "Jin Woo Han",
            "head of cell sales division",
        ),
        # the role, its company and the name run together, as Korean papers write them
        (
            "Attending were Chairman of Hyundai Motor Group Chung Eui-sun, CEO of Kia Song Ho-sung, and others.",
            "Chung Eui-sun",
            "Chairman of Hyundai Motor Group",
        ),
        # a unit's compass adjective stays in the role, after the company it belongs to
        (
            "Two plants will do, Kia North American Chief Operating Officer Lena Vogt said.",
            "Lena Vogt",
            "Kia North American Chief Operating Officer",
        ),
        # a title of honour is no part of the name
        (
            "DRB-Hicom’s Group Managing Director, Datuk Seri Syed Faisal Albar, said Geely would invest.",
            "Syed Faisal Albar",
            "Group Managing Director",
        ),
        # a role's field in lower case after "of", then the name
        (
            "Suzuki's vice president of business development Yasuhito Harayama said so.",
            "Yasuhito Harayama",
            "vice president of business development",
        ),
        # a relative clause tells what a person will do; the title before the name is the role held
        (
            "“We gain,” says Magna President Swamy Kotagiri, who will succeed Don Walker as CEO on Jan. 1.",
            "Swamy Kotagiri",
            "Magna President",
        ),
        # ... and so does a country or region before the title
        (
            "VW Group China chief Ralf Brandt said the partnerships will cut costs.",
            "Ralf Brandt",
            "VW Group China chief",
        ),
        # a venture "led by" someone "as" a title gives the title; "will be" gives one as "is" does
        (
            "The venture will be based in Boston and led by Karl Lindqvist as president.",
            "Karl Lindqvist",
            "president",
        ),
        ("The unit, run by Anna Berg as its chief executive, opens in May.", "Anna Berg", "chief executive"),
        ("Anna Berg will be chief executive of the venture.", "Anna Berg", "chief executive"),
    ],
)
def test_roles_as_releases_and_wires_write_them(text: str, name: str, role: str | None) -> None:
    found = dict(names(text))
    assert name in found
    assert role is None or any(role.lower() in r.lower() for r in found[name])


def test_a_place_a_venture_is_led_by_is_no_person() -> None:
    assert names("The plant will be led by Boston as planned.") == []


def test_a_companys_partner_set_off_by_commas_is_no_person() -> None:
    assert names("And Saab's earlier Chinese partner, Pang Da, will raise its investment.") == []


def test_where_an_unnamed_source_works_is_no_person() -> None:
    text = "“It's a good asset,” a source in Troika Dialog said. Interfax cited a source close to Russian Technologies."
    assert names(text) == []
    assert speakers(text) == [(None, "It's a good asset,")]


def test_a_question_word_is_no_part_of_a_role() -> None:
    text = "Sales recovered after what Managing Director Bob Lowden calls an unsustainable performance."
    assert names(text) == [("Bob Lowden", ["Managing Director"])]


def test_an_honorific_is_no_part_of_a_name_and_ends_the_role_before_it() -> None:
    text = (
        "The agreements were signed by Mr Chen Lin, Chairman of SAIC and Mr Jan Berg, President and CEO of "
        "Volvo Bus Corporation."
    )
    assert names(text) == [
        ("Chen Lin", ["Chairman of SAIC"]),
        ("Jan Berg", ["President and CEO of Volvo Bus Corporation"]),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a region after the company ends its name or names its unit: either way the role is the unit's
        ("The unit will be led by Hyundai Motor Europe CEO Anna Kirsch.", "Hyundai Motor Europe CEO"),
        ("The venture is run by Volkswagen Sachsen CFO Anna Kirsch, the company said.", "CFO"),
        # ... but a company's name the site knows, or its first words, is the company's and stays whole
        ("The venture is run by Volkswagen Group CFO Anna Kirsch, the company said.", "Volkswagen Group CFO"),
    ],
)
def test_the_word_after_a_company_name_is_not_made_part_of_the_role(text: str, role: str) -> None:
    # the name goes on past the gazetteer's form ("Europe", "Sachsen"): the role is only what is surely one
    assert names(text) == [("Anna Kirsch", [role])]


@pytest.mark.parametrize(
    "text",
    [
        "Mazda said its partner Mazda Motor Corp. would help.",  # "Motor Corp" is no person
        "said Tom Lee, Executive Vice President, Global Purchasing.",  # a department is no person
    ],
)
def test_no_person_from_company_or_department_words(text: str) -> None:
    assert all(n not in ("Motor Corp", "Global Purchasing") for n, _r in names(text))


def test_a_role_of_a_company_the_site_does_not_know_names_nobody() -> None:
    # with no known company, nothing tells where its name ends and the person's begins
    assert names("The event was opened by head of Global Purchasing Anna Berg, and others.") == []


def test_a_title_written_in_capitals_is_no_first_name() -> None:
    # "CEO Kim said": one surname after a title is no person the site can name
    assert names("“We are close,” said Chung. CEO Kim said that they are one step closer.") == []


def test_a_role_ends_at_a_verb() -> None:
    text = "It was signed by Jin Han, president of Kia Europe is there, and others."
    assert names(text) == [("Jin Han", ["president of Kia Europe"])]


def test_a_quote_split_around_a_named_speaker_keeps_him() -> None:
    text = "Park Min-jae, chief executive of Kia, spoke. “With this plant,” Park said, “both brands get a source.”"
    assert speakers(text) == [("Park Min-jae", "With this plant, both brands get a source.")]


def test_a_follow_up_quote_keeps_its_speaker() -> None:
    text = "“The quarter was tough,” said Ken Ito, chief financial officer of Mazda. “We expect relief.”"
    assert [s for s, _q in speakers(text)] == ["Ken Ito", "Ken Ito"]


def test_a_pronoun_speaker_is_the_person_just_named() -> None:
    text = "Chief Financial Officer Shen Yiwen said costs would fall. “We do not need every part,” he said."
    assert [s for s, _q in speakers(text)] == ["Shen Yiwen"]


def test_a_pronoun_that_opens_the_sentence_before_a_quote_is_the_person_last_quoted() -> None:
    text = (
        "Title\n\n“We move on,” Kumho chief executive Lee Han-soo said.\n\nThe talks failed.\n\n"
        "And he added that the firm would “keep every legal step open.”\n\nHe said the “first task” is the plant."
    )
    assert [s for s, _q in speakers(text)] == ["Lee Han-soo"] * 3


@pytest.mark.parametrize(
    "said",
    [
        "“The parties saw gains,” the three companies said in a joint statement.",
        "In a joint statement the three carmakers said that they had “reached an understanding”.",
    ],
)
def test_the_companies_described_together_are_those_the_sentence_before_names(said: str) -> None:
    text = f"Title\n\nKia, Mazda and Subaru said they have ended their talks.\n\n{said}"
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(q.speaker, q.by) for q in af.quotes] == [(None, ("Kia", "Mazda", "Subaru"))]


def test_a_paragraph_that_is_one_quote_goes_on_with_the_companies_statement() -> None:
    text = (
        "Title\n\nKia, Mazda and Subaru said they have ended their talks.\n\n"
        "“The parties saw gains,” the three companies said in a joint statement.\n\n"
        "“However the parties did not agree on the sums.”\n\nAnalysts said “it was expected”."
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [q.by for q in af.quotes] == [("Kia", "Mazda", "Subaru")] * 2 + [()]


def test_too_few_companies_before_give_the_quote_to_no_one() -> None:
    text = "Title\n\nKia said it ended talks.\n\n“We saw gains,” the three companies said."
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(q.speaker, q.by) for q in af.quotes] == [(None, ())]


def test_the_spokesperson_is_the_company_named_with_him() -> None:
    text = "A BMW spokesperson said no crash was known. “Drivers get a warning,” the spokesperson said."
    assert [s for s, _q in speakers(text)] == ["BMW"]


def test_an_attribution_does_not_cross_a_sentence() -> None:
    text = 'Foxconn said it "does not comment on rumours". Mazda said nothing had been decided.'
    assert [s for s, _q in speakers(text)] != ["Mazda"]
    ministry = 'Ford and BYD declined to comment. A spokesperson for the ministry said it was "in contact".'
    assert [s for s, _q in speakers(ministry)] == [None]


def test_defined_terms_are_no_quotes() -> None:
    assert speakers('Lucid Group ("Lucid" or the "Company") said so.') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Honda said in a statement that it would continue to “value our long relationship with GM.”", "Honda"),
        ("“It is full,” Tata Motors’ chief financial officer, Anjali Deshmukh, told analysts.", "Anjali Deshmukh"),
        ("“It is the way back,” said Nissan Motor India managing director Arvind Raman.", "Arvind Raman"),
        ("“Order books are healthy,” said Group Chief Financial Officer P.K. Menon.", "P.K. Menon"),
        ('Interim Chief Executive Daniel Okafor said the cash was "enough to take us into 2027."', "Daniel Okafor"),
        # trade papers open with the verb: "Added X, role, “…" and "Adds X, role: “…" (the verb no part of the name)
        ("Added Mathias Weber, head of Acme Vans, “We are joining forces with Kia.”", "Mathias Weber"),
        ("Adds Kim Jin-yong, president of LG’s parts business: “This is a new phase.”", "Kim Jin-yong"),
        ("“It is a fine market,” Volvo's chief executive Leif Johansson was quoted as saying.", "Leif Johansson"),
        # the role's company after its comma, then the verb
        (
            "“We will make them at Chakan,” Rakesh Sharma, executive director, Bajaj Auto told reporters.",
            "Rakesh Sharma",
        ),
        # ... or after two parts of a title, and no unit in the title is a company
        (
            "“We see potential,” Rajat Bhargava, Head of Emerging Mobility Business Unit, Global Business and "
            "Strategy, Hero MotoCorp, said.",
            "Rajat Bhargava",
        ),
        # "According to <title> <name>, … “…”": the quote in the same sentence is the one named
        (
            "According to Samsung SDI CEO Choi Yoon-ho, the batteries made there “will help GM strengthen its lead.”",
            "Choi Yoon-ho",
        ),
        # an honorific's stop ends no sentence
        ("“The dragon will not eat the lion,” Mr. Zhu Fushou says in the interview.", "Zhu Fushou"),
    ],
)
def test_speakers_as_wires_and_releases_name_them(text: str, speaker: str) -> None:
    assert [s for s, _q in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition before a role is no part of it
        ("The plant will be built in prime minister Lena Varga's home region.", ("Lena Varga", "prime minister")),
        # nor the "s" of a possessive before it
        ("Mazda’s chief executive Ken Mori said so.", ("Ken Mori", "chief executive")),
    ],
)
def test_role_words_before_a_name(text: str, expected: tuple[str, str]) -> None:
    hits = find_people(text, set())
    assert [(h.name, h.role) for h in hits][:1] == [expected]


def test_a_quote_in_a_new_statement_is_not_the_last_speakers() -> None:
    # the next sentence has words of its own and no speech verb: the words in quotes are the company's notice
    text = (
        "A spokeswoman for the mayor, Dana Holt, said she would not “guess at the outcome.” Kia has called a "
        "press event for Friday “to share how Kia will build batteries at home.”"
    )
    assert speakers(text) == [
        ("Dana Holt", "guess at the outcome."),
        (None, "to share how Kia will build batteries at home."),
    ]
    # a new sentence that names a person first gives the quote to that person
    text = "“We will see,” said Omar Reyes, an analyst at a bank. Reyes thinks a merger is “likely within a year”."
    assert [s for s, _q in speakers(text)] == ["Omar Reyes", "Omar Reyes"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # British and Japanese papers quote in single marks, straight or curly
        ("'We will build the vans together,' said Ines Moreau.", ["We will build the vans together,"]),
        ("‘It’s a fine day for Kia’s workers,’ Park Ji-hoon said.", ["It’s a fine day for Kia’s workers,"]),
        ("Ines Moreau called the '80s 'a golden age' for the firm.", ["a golden age"]),
        # apostrophes are no quote marks: contractions, possessives (plural ones too), decades
        ("It's Mazda's best year since the '90s, and the dealers' mood is upbeat.", []),
        ("The ‘90s were Kia’s decade and it’s the carmakers’ view too.", []),
        # a single-marked quote inside a double-marked one is part of it, not a quote of its own
        ("“He told us ‘not yet’ twice,” said Ines Moreau.", ["He told us ‘not yet’ twice,"]),
        # a quote inside a quote: the outer one is whole
        (
            "“We back the “Green Roads” plan of the state,” said Ines Moreau.",
            ["We back the “Green Roads” plan of the state,"],
        ),
    ],
)
def test_quotes_in_single_marks_and_nested(text: str, found: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == found


def test_a_quote_in_single_marks_gets_its_speaker() -> None:
    text = "'Fuel cells have a long road ahead of them,' Ines Moreau, Renault's head of research, said."
    assert speakers(text) == [("Ines Moreau", "Fuel cells have a long road ahead of them,")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Ortiz called it “a turning point for the brand,” and praised the engineers.", "Lena Ortiz"),
        ("Kia chief executive Lena Ortiz called the deal “a turning point for the brand.”", "Lena Ortiz"),
    ],
)
def test_called_it_gives_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _q in speakers(text)] == [speaker]


def test_a_name_given_with_called_is_no_ones_quote() -> None:
    text = "Lena Ortiz opened the plant, called “Blue Harbour,” in May."
    assert all(s is None for s, _q in speakers(text))


@pytest.mark.parametrize(
    "text",
    [
        # a term in quote marks, where no one speaks: no quote
        "Under the “technology pact,” Kia will supply motors to Mazda from 2027, it said.",
        "The two carmakers hail “a new chapter for small cars.”",
        "Kia and Mazda formed a “strategic alliance” in 2021.",
    ],
)
def test_scare_quotes_are_no_quotes(text: str) -> None:
    assert speakers(text) == []


def test_a_short_quote_someone_says_stays() -> None:
    text = "A person familiar with the talks said they were “close to a deal”."
    assert speakers(text) == [(None, "close to a deal")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a company's short name of two words stays whole in the role
        ("Norden Steel President Aiko Tanabe opened the plant.", "Norden Steel President"),
        ("said Norden Steel chief executive Aiko Tanabe.", "Norden Steel chief executive"),
    ],
)
def test_a_companys_short_name_stays_whole_in_a_role(text: str, role: str) -> None:
    forms = FORMS | {"Norden Steel Works Ltd."}
    assert [(h.name, h.role) for h in find_people(text, forms)] == [("Aiko Tanabe", role)]


def test_a_companys_short_name_is_no_person() -> None:
    forms = FORMS | {"Norden Steel Works Ltd."}
    assert find_people("Kia and Norden Steel said they would study joint projects.", forms) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kia and Mazda will share a plant.\n\n“The plant will run two shifts,” the two companies said.",
        "“It will run two shifts,” Kia and Mazda said.",
        "“We start in May,” said Jane Doe of Kia. “The plant will run two shifts,” the companies said.",
        "Jane Doe of Kia spoke.\n\n“The plant will run two shifts,” the carmakers said in a joint statement.",
    ],
)
def test_the_companies_quote_is_no_single_speakers(text: str) -> None:
    assert [s for s, _q in speakers(text)][-1] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a capital inside a given name ("ZheYong", "McLeod") is part of the name
        ("said Lin WeiMing, chairman of Orbis Motors, on Friday.", "Lin WeiMing", "chairman of Orbis Motors"),
        ("Ada McLeod, chief executive of Kia, spoke.", "Ada McLeod", "chief executive of Kia"),
        # initials without full stops, as Indian papers write them
        ("chief financial officer RK Menon said the margin rose.", "RK Menon", "chief financial officer"),
        # a title, then its unit after a comma: the unit belongs to the title
        (
            "said Maren Holt, Volvo group vice president and president, Volvo Asia Pacific.",
            "Maren Holt",
            "Volvo group vice president and president, Volvo Asia Pacific",
        ),
        (
            "said Lin WeiMing, chairman and president, Orbis Automobile Co., Ltd., based in Hefei.",
            "Lin WeiMing",
            "chairman and president, Orbis Automobile Co., Ltd.",
        ),
        # a Title Case title of two words before the name stays whole
        ("“We grow,” said Kia Executive Chair Ana Lindqvist.", "Ana Lindqvist", "Kia Executive Chair"),
        # a bank's name before a title stays whole
        ("said Morgan Stanley analyst Ana Lindqvist in a note.", "Ana Lindqvist", "Morgan Stanley analyst"),
        # a subordinating word or a verb before the title is no part of it
        ("Analysts want it addressed when chief executive Ana Lindqvist speaks.", "Ana Lindqvist", "chief executive"),
        # the sentence's full stop ends the unit
        ("“It grows,” said Ken Oda, Operating Officer, Toyota. It will hire.", "Ken Oda", "Operating Officer, Toyota"),
    ],
)
def test_names_and_titles_as_releases_from_asia_write_them(text: str, name: str, role: str | None) -> None:
    assert (name, role) in people_in(text), people_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # initials that are a role or a company are no person's
        "BMW CEO Oliver Zipse said the plan works.",
        "The CEO Anna Berg said so.",
    ],
)
def test_capitals_that_are_a_role_or_company_are_no_initials(text: str) -> None:
    assert all(not n.startswith(("BMW", "CEO")) for n, _r in people_in(text)), people_in(text)


def test_a_quote_opened_straight_and_closed_curly_is_one_quote() -> None:
    text = '"We will build them together,” said Ines Moreau.'
    quotes = facts(text).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Ines Moreau", "We will build them together,")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a paragraph that is one quote continues the speaker who ends the paragraph before
        ("“Sales were strong,” finance chief Ines Moreau said in a statement.\n\n“We expect more.”", "Ines Moreau"),
        ("Ines Moreau said: “Sales were strong.”\n\n“We expect more.”", "Ines Moreau"),
    ],
)
def test_a_quote_alone_in_its_paragraph_continues_the_last_speaker(text: str, speaker: str) -> None:
    quotes = facts(text).quotes
    assert [(q.speaker, q.text) for q in quotes][-1] == (speaker, "We expect more."), quotes


@pytest.mark.parametrize(
    "text",
    [
        # other news after the quote, or words of its own around the next quote: no one's
        "“Sales were strong,” Ines Moreau said. Shares rose 3% in Paris.\n\n“We expect more.”",
        "“Sales were strong,” Ines Moreau said.\n\nThe union replied: “We expect more.”",
        # the paragraph before ended with a company's statement, not a person's
        "“Sales were strong,” Kia said.\n\n“We expect more.”",
    ],
)
def test_a_quote_alone_does_not_continue_across_other_news(text: str) -> None:
    quotes = facts(text).quotes
    last = [q for q in quotes if q.text == "We expect more."]
    assert all(q.speaker != "Ines Moreau" for q in last), [(q.speaker, q.text) for q in quotes]
    assert all(q.speaker is None or q.speaker != "Kia" for q in last)


@pytest.mark.parametrize(
    "text",
    [
        # a release's defined terms and a data service are no people
        "Upon the closing of the Investment Transaction, the Investor will have the right to nominate one director.",
        "Nio shares were up 8.65% at the time of publication, according to Benzinga Pro.",
    ],
)
def test_no_person_from_defined_terms_or_services(text: str) -> None:
    assert names(text) == []


def test_a_paragraph_that_introduces_a_quote_gives_the_next_paragraph_its_speaker() -> None:
    text = (
        "T\n\nKia and Ford opened the plant.\n\nComments by Anna Kirsch, CEO of the venture, said:\n\n"
        '"We will build vans here for a decade."\n\nThe plant employs 900 people.\n'
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(q.speaker, q.text[:10]) for q in af.quotes] == [("Anna Kirsch", "We will bu")]


def test_a_quote_two_people_said_together_is_given_to_neither() -> None:
    text = (
        'T\n\n"Working together is an exciting prospect," Anna Kirsch, Kia chief executive, and Tom Brennan, '
        "chairman of Ford, said.\n"
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [q.speaker for q in af.quotes] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing's name takes "the"; a news agency is an organisation, not a person
        ("Odell will return to the Blue Oval, as will Volvo CFO Stuart Rowley.", [("Stuart Rowley", ["Volvo CFO"])]),
        ("Geely completed the deal, according to Associated Press.", []),
        ("Daimler joined the financing, according to Dow Jones VentureWire.", []),
        # the verb of an appointment is no part of the role it gives
        (
            "Geely said the chief of VW's U.S. arm, Stefan Jacoby, has been named president of Volvo Cars.",
            [("Stefan Jacoby", ["president of Volvo Cars"])],
        ),
        ("Hans-Olov Olsson has been appointed vice chairman.", [("Hans-Olov Olsson", ["vice chairman"])]),
    ],
)
def test_people_as_2010_wire_copy_names_them(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert names(text) == expected


def test_a_quote_the_companies_said_together_names_them_when_its_sentence_does() -> None:
    text = "Kia and Mazda will share a plant.\n\n“Mazda and Kia will run two shifts,” the automakers said."
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(q.speaker, q.by) for q in af.quotes] == [(None, ("Kia", "Mazda"))]
    # "they" could be anyone of the story: no companies are named for it
    text = "Kia and Mazda will share a plant.\n\n“Mazda and Kia will run two shifts,” they said."
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(q.speaker, q.by) for q in af.quotes] == [(None, ())]


def test_a_pronoun_that_speaks_after_a_company_is_someone_else() -> None:
    # "it" is the regulator that gave its blessing, not Mazda; with its own verb first, the company speaks
    text = (
        "Headline\n\n"
        "Ford floated a tie-up with Mazda last month that had been cleared by the Japanese regulator, "
        "although it warned against “undue speed” in closing it.\n\n"
        "Mazda said it was “open to talks” on the plan.\n"
    )
    assert speakers(text) == [(None, "undue speed"), ("Mazda", "open to talks")]


def test_a_name_with_an_initial_and_a_suffix_is_whole() -> None:
    text = "Headline\n\n“It works,” said J. Paul Hanley Jr., Ford president and chief operating officer.\n"
    assert names(text) == [("J. Paul Hanley Jr.", ["Ford president and chief operating officer"])]


def test_what_a_speaker_does_as_he_speaks_is_no_role() -> None:
    text = "Headline\n\n“It is complex,” explained Ivan Horvat, displaying the composure of a CEO who is ambitious.\n"
    assert names(text) == [("Ivan Horvat", [])]


def test_a_former_bosss_prefix_stays_in_the_role() -> None:
    text = "Headline\n\nIn May, ex-AMG boss Tobias Moers was appointed chief executive.\n"
    assert names(text) == [("Tobias Moers", ["ex-AMG boss"])]


def test_a_quote_over_several_paragraphs_with_mixed_marks_keeps_its_speaker() -> None:
    text = (
        "Headline\n\n"
        "Jean Dupont, chairman of the board of Renault, said: “We are proud to join forces with Dacia.\n\n"
        "“We respect all that its people have achieved.\n\n"
        '"We intend to manage both brands apart.\n\n'
        '"Having built winning cars together, we know it is the right partner.”\n\n'
        'Dupont added: “We are confident the turnaround will speed up."\n'
    )
    found = speakers(text)
    assert len(found) == 5 and {s for s, _q in found} == {"Jean Dupont"}


def test_a_press_release_quote_over_paragraphs_after_stated_comma_keeps_its_speaker() -> None:
    text = (
        "Headline\n\n"
        "Mr. Jan Vossberg, Kia's Chief Executive Officer, stated, \"We are pleased. The two businesses fit well.\n\n"
        '"We believe the deal will add to earnings in year one."\n'
    )
    assert {s for s, _q in speakers(text)} == {"Jan Vossberg"} and len(speakers(text)) == 2


def test_a_new_sentence_in_reported_speech_after_a_closed_quote_is_not_its_attribution() -> None:
    # the second quote closes with its own full stop; "CEO Lee said that ..." is his own statement after it
    text = (
        "Headline\n\nKia chairman Park Min-ho and Kia CEO Lee Jun-seo attended.\n\n"
        "“We are building a leader,” said Park. “Today marks a beginning for both countries.” "
        "CEO Lee said that they are a step closer to a supply chain.\n"
    )
    assert [s for s, _q in speakers(text)] == ["Park Min-ho", "Park Min-ho"]


def test_a_family_name_in_capitals_and_two_people_of_one_family_name() -> None:
    # a Chinese release writes family names in capitals; "Hui WANG" is not "Jun WANG"
    text = (
        "Headline\n\n“We will grow together,” said Huarong ZHU, chairman of Changan.\n\nThe ceremony was attended "
        "by Jun WANG, President of Changan Automobile, Hui WANG, Vice President of Changan Automobile, and others.\n"
    )
    assert names(text) == [
        ("Huarong ZHU", ["chairman of Changan"]),
        ("Jun WANG", ["President of Changan Automobile"]),
        ("Hui WANG", ["Vice President of Changan Automobile"]),
    ]
    assert speakers(text) == [("Huarong ZHU", "We will grow together,")]


def test_a_person_whose_family_name_is_a_companys_keeps_his_quote_and_a_subheading_in_marks_is_none() -> None:
    text = (
        "Headline\n\n'Ongoing partnership'\n\n\"It is our turn to help GM,\" said Suzuki chief executive Osamu "
        "Suzuki.\n"
    )
    assert speakers(text) == [("Osamu Suzuki", "It is our turn to help GM,")]


def test_an_irish_family_name_and_a_ticker_in_marks() -> None:
    text = (
        'Headline\n\n“It is fine,” said Theo O\'Nolan, an analyst at Wedbush.\n\nLordstown Motors (Nasdaq: "RIDE") '
        "sold its plant to Foxconn.\n"
    )
    assert speakers(text) == [("Theo O'Nolan", "It is fine,")]


def test_a_papers_name_is_no_person() -> None:
    text = "Headline\n\n“We are not talking,” Chrysler told The Wall Street Journal on Monday.\n"
    assert names(text) == [] and speakers(text) == [("Chrysler", "We are not talking,")]


def test_a_company_off_the_list_before_a_title_and_a_name_is_no_person() -> None:
    text = 'Headline\n\n"We are excited," stated Pep Boys CEO Scott Sidor. "This delivers value."\n'
    assert [n for n, _r in names(text)] == ["Scott Sidor"]
    assert {s for s, _q in speakers(text)} == {"Scott Sidor"}


def test_a_programmes_name_in_marks_is_no_quote() -> None:
    text = """Headline\n\n"We are proud of this," GM CEO Mary Barra said in an interview on CNBC's "Squawk Box."\n"""
    assert speakers(text) == [("Mary Barra", "We are proud of this,")]


def test_two_companies_that_say_a_quote_together_share_it() -> None:
    text = "Headline\n\nKia and CATL said the MoU outlined a long collaboration, including “finding new chemistries”.\n"
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(q.speaker, q.by) for q in af.quotes] == [(None, ("CATL", "Kia"))]


def test_a_preposition_that_opens_the_sentence_is_no_first_name() -> None:
    text = "Headline\n\nPer Jeff Morrow, senior vice president of purchasing at GM, the deal secures supply.\n"
    assert names(text) == [("Jeff Morrow", ["senior vice president of purchasing at GM"])]


def test_vp_is_a_role() -> None:
    assert names("Headline\n\nThe deal was signed, said BYD senior VP Lian Yu-bo on Monday.\n") == [
        ("Lian Yu-bo", ["BYD senior VP"])
    ]


def test_a_title_that_speaks_is_the_one_person_named_with_it() -> None:
    text = (
        "“We have the market,” declared Autoliv's President and CEO Lars Westerberg.\n\n"
        "“It will not hurt earnings,” Autoliv's CEO added."
    )
    assert [s for s, _q in speakers(text)] == ["Lars Westerberg", "Lars Westerberg"]


def test_a_malay_name_shortened_to_its_first_words_is_the_same_person() -> None:
    text = (
        "DRB-Hicom’s Group Managing Director, Datuk Seri Syed Faisal Albar, said Geely would invest.\n\n"
        "Syed Faisal said Proton would gain. “It is a good day,” he said."
    )
    assert [s for s, _q in speakers(text)] == ["Syed Faisal Albar"]


def test_a_long_name_shortened_after_the_quote_is_the_same_speaker() -> None:
    text = (
        "Group Managing Director Datuk Seri Ahmad Zulkifli Hashim said the deal was signed.\n\n"
        "“Chery brings us platforms,” Ahmad Zulkifli told a press conference."
    )
    assert [s for s, _q in speakers(text)] == ["Ahmad Zulkifli Hashim"]


def test_a_hyphenated_company_name_stays_whole_in_a_role() -> None:
    af = facts("North-West Motor spokesman Li Wei said the talks go on.")
    assert [(p.name, p.roles) for p in af.people] == [("Li Wei", ["North-West Motor spokesman"])]


def test_a_title_and_a_comma_after_said_give_the_speaker_a_role_and_a_mention() -> None:
    af = facts("Arlo Cars will stop importing. “We built this brand over five years,” said Arlo Founder, Lena Marsh.")
    assert [(p.name, p.roles, [r.sentence for r, _t in p.mentions]) for p in af.people] == [
        ("Lena Marsh", ["Arlo Founder"], [1])
    ]


def test_a_speaker_named_only_in_the_attribution_is_named_there() -> None:
    # "said Fim-Cisl's Marco Bentivogli": no role the rules read, but the page must not say he is named nowhere
    af = facts("Rivara will sell the unit. “It is a sad day for Turin,” said Fim-Cisl's Marco Bentivogli.")
    assert [(p.name, [r.sentence for r, _t in p.mentions]) for p in af.people] == [("Marco Bentivogli", [1])]
