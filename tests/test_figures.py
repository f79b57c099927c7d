"""Whose figure it is, from the grammar: possessive, "for X", share prices, the subject of the clause."""

from __future__ import annotations

import pytest

from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.read import parse_article


def owners(text: str) -> list[tuple[str, str | None, str | None]]:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    return [(m.text, m.company, m.kind) for m in af.money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kia's operating profit rose to 3.2 trillion won, while Hyundai's fell to 3.0 trillion won.",
            [("3.2 trillion won", "Kia", "operating profit"), ("3.0 trillion won", "Hyundai", None)],
        ),
        ("GM will take a charge of $1.6 billion for Cruise.", [("$1.6 billion", "Cruise", "cost")]),
        ("Shares of Renault fell 3% to 41.37 euros.", [("41.37 euros", "Renault", "share price")]),
        ("GM earned US$10.1 billion in 2023.", [("US$10.1 billion", "General Motors", "profit")]),
        # a stake's price is the buyer's, not the seller's whose possessive names the stake
        (
            "GM bought out Honda's 6% stake in Cruise for $1.2 billion.",
            [("$1.2 billion", "General Motors", "deal value")],
        ),
        # a figure of the market is nobody's
        (
            "The global market for batteries will be worth $400 billion by 2030.",
            [("$400 billion", None, "market value")],
        ),
    ],
)
def test_owner_and_kind(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


def test_a_sentence_without_a_company_keeps_the_subject_of_the_story() -> None:
    text = "Kia posted record sales.\n\nRevenue rose 4% to 28.6 trillion won."
    assert owners(text) == [("28.6 trillion won", "Kia", "revenue")]
