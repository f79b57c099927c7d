"""Sentence boundaries: what pysbd gives, plus our glued-sentence rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.read.sentences import split_sentences


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

    from briefing.read.article import _blocks, normalise
    from briefing.read.sentences import _one_sentence, _segmenter
    from briefing.tools.synth import article

    corpus = Path(__file__).with_name("corpus")
    raw = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] + [article(i)[1] for i in range(150)]
    paragraphs = [text for r in raw for _line, text in _blocks(normalise(r))]
    shortcut = [p for p in paragraphs if _one_sentence(p)]
    assert len(shortcut) > len(paragraphs) / 2  # the shortcut is taken often, or it saves nothing
    for p in shortcut:
        assert [s.strip() for s in _segmenter().segment(p) if s.strip()] == [p.strip()], p


def _news_paragraphs() -> list[str]:
    from pathlib import Path

    from briefing.read.article import _blocks, normalise
    from briefing.tools.synth import article

    here = Path(__file__).parent
    files = [*sorted((here / "corpus").glob("*.txt")), *sorted((here.parent / "seeds").glob("*.txt"))]
    raw = [p.read_text(encoding="utf-8") for p in files] + [article(i)[1] for i in range(400)]
    return [text for r in raw for _line, text in _blocks(normalise(r))]


def _pysbd(text: str) -> list[str]:
    from briefing.read.sentences import _pysbd_pieces

    return [s.strip() for s in _pysbd_pieces(text) if s.strip()]


def test_the_plain_boundaries_shortcut_agrees_with_pysbd_on_news() -> None:
    """Paragraphs of several sentences with only plain boundaries skip pysbd; pysbd splits them the same."""
    from briefing.read.sentences import _one_sentence, _plain_spans

    several = [p for p in _news_paragraphs() if not _one_sentence(p)]
    taken = [p for p in several if _plain_spans(p) is not None]
    assert len(taken) > len(several) / 2  # taken often, or it saves nothing
    for p in taken:
        assert [p[a:b] for a, b in _plain_spans(p) or []] == _pysbd(p), p


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose at Ford Motor Co. Ltd. The company said so.",
        "Prices rose etc. The end came.",
        "“Sales rose. Margins fell,” he said. It was late.",
        "'Sales rose. Margins fell,' he said. It was late.",
        "Sales rose (see above). It was late.",
        "Mr. Smith said so. It was late.",
        "He left the U.S. Sales fell.",
        "Plan b. Then it rose.",
        "What now?! Nobody knew.",
        "BMW said sales rose. ““It works,” Keller said. BMW said sales rose.”",
        "It fell… Then it rose.",
    ],
)
def test_boundaries_pysbd_has_rules_for_are_left_to_pysbd(text: str) -> None:
    from briefing.read.sentences import _plain_spans

    assert _plain_spans(text) is None, text


@pytest.mark.parametrize(
    "text",
    ["It rose by 5.4 percent. Margins fell.", "It costs approx. Five dollars. Then it rose.", "It fell? Nobody knew!"],
)
def test_plain_boundaries_split_as_pysbd_splits(text: str) -> None:
    from briefing.read.sentences import _plain_spans

    assert [text[a:b] for a, b in _plain_spans(text) or []] == _pysbd(text)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "BMW said sales rose",
                "the deal was signed",
                "“It works,” Keller said",
                "“It works. We agree,” she said",
                "Toyota owns 5.1 percent",
                "the U.S. unit lost money",
                "etc",
                "Mr. Zipse agreed",
                "it came in 2019",
                "no comment was made",
                "'fine,' he said",
                "who knows",
            ]
        ),
        min_size=2,
        max_size=4,
    ),
    st.lists(st.sampled_from([". ", "! ", "? ", ".” ", ". “"]), min_size=4, max_size=4),
)
def test_the_plain_boundaries_shortcut_never_disagrees_with_pysbd(parts: list[str], stops: list[str]) -> None:
    from briefing.read.sentences import _plain_spans

    text = "".join(f"{part[0].upper()}{part[1:]}{stop}" for part, stop in zip(parts, stops, strict=False)).strip()
    spans = _plain_spans(text)
    if spans is not None:
        assert [text[a:b] for a, b in spans] == _pysbd(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name between two legal forms is one sentence; a legal form before a capitalised word may end one
        (
            "Japanese automaker Honda Motor Co. Ltd. (HMC) reported a profit. It said so.",
            ["Japanese automaker Honda Motor Co. Ltd. (HMC) reported a profit.", "It said so."],
        ),
        (
            "It bought a stake in Tata Motors Ltd. Co-founder Ratan said so.",
            ["It bought a stake in Tata Motors Ltd.", "Co-founder Ratan said so."],
        ),
        # a weekday and its verb after a legal form go on the sentence (wires write "Nissan Motor Co. Wednesday said")
        (
            "GM, Renault SA and Nissan Motor Co. Wednesday said they had broken off talks. It said so.",
            ["GM, Renault SA and Nissan Motor Co. Wednesday said they had broken off talks.", "It said so."],
        ),
        # nor does a ticker's bracket right after the form, as releases print it
        (
            "Autoliv Inc.(NYSE:ALV), the leader in safety, has completed the acquisition. It said so.",
            ["Autoliv Inc.(NYSE:ALV), the leader in safety, has completed the acquisition.", "It said so."],
        ),
    ],
)
def test_legal_forms_in_a_row_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
