"""People, roles and quote attribution."""

from __future__ import annotations

import pytest

from briefing import people
from briefing.extract import extract_article
from briefing.gazetteer import load_gazetteer
from briefing.people import find_people, find_quotes, split_roles
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
        # a follow-up quote keeps its speaker
        ("“First,” Jane Doe said. “Second.”", "Jane Doe", "Second"),
        # glued to the previous sentence without a space
        ("Sales fell.“Bad year,” said Jane Doe.", "Jane Doe", "Bad year"),
    ],
)
def test_quote_attribution(text: str, speaker: str, contains: str) -> None:
    quotes = facts(text).quotes
    assert any(q.speaker == speaker and contains in q.text for q in quotes), [(q.speaker, q.text) for q in quotes]


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
    assert people._hold(text, forms, "#", keep_spaces=True) == held


def test_a_surname_alone_is_found_after_a_known_full_name() -> None:
    # As a pattern listing the forms did: "said Hanna Lindqvist" may name just the surname, which the
    # catalogue then joins to the full name.
    quote = find_quotes("“Fine,” said Hanna Lindqvist, the finance chief.")[0]
    text = "“Fine,” said Hanna Lindqvist, the finance chief."
    assert people.attribute(text, quote, ["Hanna Lindqvist"], ["Volvo"]) == ("person", "Lindqvist")
