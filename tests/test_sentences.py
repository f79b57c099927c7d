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


def test_the_one_sentence_shortcut_agrees_with_pysbd() -> None:
    """A paragraph with no possible boundary skips pysbd; on real and synthetic news, pysbd finds none either."""
    from pathlib import Path

    from briefing.read import _blocks, normalise
    from briefing.sentences import _one_sentence, _segmenter
    from briefing.synth import article

    corpus = Path(__file__).with_name("corpus")
    raw = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] + [article(i)[1] for i in range(150)]
    paragraphs = [text for r in raw for _line, text in _blocks(normalise(r))]
    shortcut = [p for p in paragraphs if _one_sentence(p)]
    assert len(shortcut) > len(paragraphs) / 2  # the shortcut is taken often, or it saves nothing
    for p in shortcut:
        assert [s.strip() for s in _segmenter().segment(p) if s.strip()] == [p.strip()], p
