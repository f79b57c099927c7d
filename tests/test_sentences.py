"""Sentence boundaries: what pysbd gives, plus our glued-sentence rule."""

from __future__ import annotations

import pytest

from briefing.sentences import split_sentences


def texts(paragraph: str) -> list[str]:
    return [s.text for s in split_sentences(paragraph)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Toyota Motor Corp. said it would invest. Nissan did not.",
            ["Toyota Motor Corp. said it would invest.", "Nissan did not."],
        ),
        ("Sales in the U.S. fell. Exports rose.", ["Sales in the U.S. fell.", "Exports rose."]),
        ("Tesla Inc. rose. Ford fell.", ["Tesla Inc. rose.", "Ford fell."]),
        ("It wrote off $4.0 billion. Shares fell.", ["It wrote off $4.0 billion.", "Shares fell."]),
        ("Ford was the biggest loser… Then came 2020.", ["Ford was the biggest loser…", "Then came 2020."]),
        # glued to the next sentence without a space
        ("Margins were thin.It was a bad year.", ["Margins were thin.", "It was a bad year."]),
        ("He was blunt.“No,” he said.", ["He was blunt.", "“No,” he said."]),
    ],
)
def test_boundaries(paragraph: str, expected: list[str]) -> None:
    assert texts(paragraph) == expected


def test_excerpt_markers_alone_are_not_sentences() -> None:
    assert texts("[…] BMW and JLR announced a deal. JLR lost money. […]") == [
        "[…] BMW and JLR announced a deal.",
        "JLR lost money.",
    ]


def test_quote_with_two_sentences_stays_with_its_introduction() -> None:
    out = texts("He said: “We share costs. It is cheaper,” in June.")
    assert out == ["He said: “We share costs. It is cheaper,” in June."]


def test_offsets_slice_the_paragraph_exactly() -> None:
    paragraph = "One.  Two is here.\tThree?"
    for s in split_sentences(paragraph):
        assert paragraph[s.start : s.end] == s.text


def test_decimals_are_not_sentence_ends() -> None:
    assert texts("Volkswagen owns 87.5% of Traton. It is a truck maker.") == [
        "Volkswagen owns 87.5% of Traton.",
        "It is a truck maker.",
    ]
