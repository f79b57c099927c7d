"""Pronouns, descriptions, defined names and datelines: what each stands for, only when one company fits."""

from __future__ import annotations

import pytest

from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import ArticleFacts
from briefing.read import parse_article
from briefing.read.datelines import dateline_end, is_date_line


def facts(text: str) -> ArticleFacts:
    return extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())


def parties(text: str) -> list[set[str]]:
    return [set(d.partners) for d in facts(text).deals]


def test_it_stands_for_the_previous_subject() -> None:
    text = "Honda Motor said it would supply modules to Daimler Truck. It has also signed supply deals with Isuzu."
    assert {"Honda", "Isuzu"} in parties(text)


def test_a_subject_opened_by_its_description_is_still_the_subject() -> None:
    text = (
        "Japanese automaker Honda Motor Co. reported a higher profit. Operating profit for the quarter amounted "
        "to 299.3 billion yen."
    )
    assert [m.company for m in facts(text).money] == ["Honda"]


def test_an_it_that_stands_for_no_company() -> None:
    text = "Renault will sell a stake. It has been reported that Geely would pay around $200 million."
    assert [m.company for m in facts(text).money] == [None]


def test_it_after_two_companies_stands_for_neither() -> None:
    text = "Mazda and Subaru raised their forecasts. It has also signed supply deals with Isuzu."
    assert parties(text) == [{"Mazda", "Subaru"}] or all("Isuzu" not in p for p in parties(text))


def test_a_nationality_description_resolves_only_when_one_company_fits() -> None:
    one = "BMW reported higher sales. Toyota said it would form a joint venture with the German carmaker."
    assert parties(one) == [{"Toyota", "BMW"}]
    two = (
        "BMW and Mercedes-Benz reported higher sales. "
        "Toyota said it would form a joint venture with the German carmaker."
    )
    assert parties(two) == []


def test_a_company_named_twice_is_still_the_one_that_fits() -> None:
    text = (
        "BMW and its BMW brand reported higher sales. Toyota said it would form a joint venture with the German "
        "carmaker."
    )
    assert parties(text) == [{"Toyota", "BMW"}]


def test_the_group_stands_only_for_a_group() -> None:
    text = "Kia raised its forecast. The group co-develops vans with General Motors."
    assert parties(text) == []  # Kia is a maker, not a group: "The group" is someone else


def test_it_is_is_no_company() -> None:
    text = "Renault and Geely will swap shares. It is Renault's biggest tie-up with Nissan in years."
    assert {"Geely", "Nissan"} not in parties(text)


def test_defined_names_of_a_release_stand_for_their_company() -> None:
    text = (
        'Toyota Motor Corporation (TMC) and DENSO Corporation ("DENSO") signed an agreement. '
        "TMC will hold 50 per cent of the venture."
    )
    af = facts(text)
    assert [m.company for m in af.mentions if m.text == "TMC"] == ["Toyota"]
    referred = facts(
        'NIO signed a share subscription agreement with CYVN Holdings L.L.C. (referred to as the "Investor"). '
        "The Investor will buy shares."
    )
    assert [m.company for m in referred.mentions if m.text == "Investor"] == ["CYVN Holdings"]
    together = facts('Toyota and Denso (together, the "Parties") agreed. The Parties will invest.')
    assert not [m for m in together.mentions if m.text == "Parties"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("SEOUL, March 3 (Reuters) - Hyundai Motor said", "Hyundai Motor said"),
        ("MUNICH (AP) — BMW said", "BMW said"),
        ("March 3 (Bloomberg) -- Nissan said", "Nissan said"),
        ("TOKYO, March 14, Kyodo - Honda said", "Honda said"),
        ("PARIS, 4 March 2026: Renault said", "Renault said"),
        ("Germany—BMW said", "BMW said"),
        ("SEOUL - Hyundai Motor, Kia and SK On agreed", "Hyundai Motor, Kia and SK On agreed"),
        ("TOKYO (dpa-AFX) - Japanese automaker Honda said", "Japanese automaker Honda said"),
        # an American state as wires shorten it
        ("SOUTHFIELD, Mich., Sept. 1 -- Lear Corporation has completed", "Lear Corporation has completed"),
        ("TRENTON, N.J., May 3 - Lear said", "Lear said"),
    ],
)
def test_datelines_are_stripped_not_companies(text: str, words: str) -> None:
    assert text[dateline_end(text) :] == words


def test_a_company_is_never_a_dateline() -> None:
    assert dateline_end("BMW — the carmaker said", [(0, 3)]) == 0


def test_a_page_date_line_is_the_articles_date_not_its_lede() -> None:
    assert is_date_line("14 March 2015") and is_date_line("March 14, 2015") and not is_date_line("BMW said so.")
    article = parse_article("Honda To Supply Daimler Truck\n\n14 March 2026\n\nHonda said so.\n", "t.txt", "t")
    assert article.date_line == "14 March 2026"
    assert article.paragraphs[0].text == "Honda said so."


def test_unions_and_banks_are_no_companies() -> None:
    af = facts("IG Metall and the Korea Development Bank welcomed the deal between Kia and Ford.")
    assert {m.company for m in af.mentions} == {"Kia", "Ford"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # A description set off by commas is the subject's own: the next sentence's figure is still its.
        (
            "Renault SA, France's second-largest carmaker, said on Monday that sales fell. Revenue was €12 billion.",
            "Renault",
        ),
        # A second company after the comma is a list: no one subject.
        ("Renault, Nissan and Mitsubishi said on Monday that sales fell. Revenue was €12 billion.", None),
        ("Renault, Nissan's partner, said on Monday that sales fell. Revenue was €12 billion.", "Renault"),
        # A description inside a list of companies leaves the list a list.
        ("Kia, Hyundai's affiliate, and Volvo said that sales fell. Revenue was €12 billion.", None),
    ],
)
def test_a_described_subject_stays_the_subject(text: str, owner: str | None) -> None:
    assert [m.company for m in facts(text).money] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a place's possessive before the subject, as wires write it: the company is still the subject
        (
            "France's Renault reported higher sales. The Paris-headquartered carmaker posted a profit of €2 billion.",
            "Renault",
        ),
        ("France's Renault reported higher sales. The Paris-based carmaker posted a profit of €2 billion.", "Renault"),
        # as some papers set a lede's first word in capitals
        (
            "FRANCE'S Renault on Tuesday reported higher sales. The Paris-based carmaker posted a profit of €2bn.",
            "Renault",
        ),
        # a description led by a person whose name holds the company's: still the subject
        ("Renault posted a loss. The Luca de Meo-led carmaker posted a profit of €2bn a year earlier.", "Renault"),
        (
            "Mahindra posted a profit. The Anand Mahindra-led automaker announced a capex of Rs 15,000 crore.",
            "Mahindra",
        ),
        # a company's possessive is no place's: "Nissan's Renault stake" has no one subject
        ("Nissan's Renault stake was cut. The Paris-based carmaker posted a profit of €2 billion.", None),
    ],
)
def test_a_subject_after_a_places_possessive_is_the_next_descriptions(text: str, owner: str | None) -> None:
    assert [m.company for m in facts(text).money] == [owner]
