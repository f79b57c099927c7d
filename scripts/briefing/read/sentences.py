"""Sentence boundaries: pysbd, plus one rule it lacks (a sentence glued to the next without a space)."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from briefing.model import Sentence

# "he said.It works" / "fast.“Next": a lowercase word, a full stop, then a capital or an opening quote.
# Requiring two lowercase letters keeps "U.S.Steel" and "Corp.Toyota" together.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z“\"‘][a-z]|[“\"][A-Z])")
# pysbd keeps "loser… Then" together; an ellipsis (not the bracketed "[…]") before a capital ends a sentence.
_ELLIPSIS = re.compile(r"(?:(?<=[^\[\s]…)|(?<=[^\[\s]\.\.\.))\s+(?=[A-Z“\"])")
# Where pysbd might see a boundary (tests/test_sentences.py checks the shortcut agrees with pysbd).
_MAYBE_BOUNDARY = re.compile(r"[.!?…)](?![0-9a-z])")
_CLOSING = "”’\"')]"
_DECIMAL_CUT = re.compile(r"\d\.\s*$")
# pysbd splits a name between two legal forms ("Honda Motor Co." | "Ltd. (HMC) reported"); no sentence starts so.
_FORM_END = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Pvt|Bhd|Cos)\.\s*$")
# ... nor with a weekday or a verb that goes on the sentence: "Nissan Motor Co." | "Wednesday said they had ..."
_FORM_START = re.compile(
    r"(?:(?:Ltd|Inc|Co|Corp|Limited|LLC|Plc|PLC|plc|AG|SE|SA|NV|GmbH|Bhd|Pvt|KK)\.?(?=[\s,(]|$)"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:said|says|announced|reported|confirmed)\b"
    r"|(?:said|says|announced|reported|confirmed|agreed|plans|will|would)\b"
    # ... nor with a ticker's bracket: "Autoliv Inc.(NYSE:ALV), the leader in ..."
    r"|\((?:[A-Z]{2,8}|Nasdaq|Euronext|Xetra)\s*:"
    # ... nor with a finance page's ticker and its move: "Lightning eMotors Inc. ZEV, +51.01% soared"
    r"|[A-Z]{1,5}(?:\.[A-Z])?,\s*[+-−]?\d+(?:\.\d+)?%)"
)
_MONTH_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$"
)
_WORDED = re.compile(r"[^\W_]")
_CITY_STATE = re.compile(r"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]{1,4}\.\s*")
# pysbd leaves the excerpt marker "[…]" as a sentence of its own; it carries no words.
_MARKER = re.compile(r"^\s*\[(?:…|\.\.\.)\]\s*$")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _pysbd_pieces(text: str) -> list[str]:
    """pysbd's sentences, before Segmenter.segment() looks each one up again in the text.

    That look-up compiles a regular expression from every sentence's own words: a new pattern per sentence,
    which evicted all the others (pysbd's rules and ours) from re's 512-entry cache, so they were compiled
    again and again. _pysbd_spans finds the sentences with str.find instead; a sentence pysbd changed is
    dropped, as segment() drops it.
    """
    return _segmenter().processor(text).process() if text else []


def _one_sentence(text: str) -> bool:
    """True when pysbd has no boundary to find: no ".", "!", "?", "…" or ")" before the end, except inside
    a number or a word ("4.0", "fast.com"). Most news paragraphs are one sentence; pysbd costs ~1 ms a call.
    """
    body = text.rstrip().rstrip(_CLOSING).rstrip(".!?…")
    return _MAYBE_BOUNDARY.search(body) is None


# A plain boundary: a full stop, "!" or "?" right after an all-lowercase word, then a space and a capital
# or an opening quote ("... Keller said. “The market ..."). Only these, outside any quotation.
_PLAIN_STOP = re.compile(r"(?<![^\s“\"])(?P<word>[a-z]{2,})[.!?](?=\s+[A-Z“\"])")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # a quoted passage, curly or straight marks
_NOT_PLAIN = re.compile(r"[‘()\[\]…\n]|(?:^|\s)'")  # what pysbd has rules for: brackets, single quotes


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """pysbd's own English abbreviations ("etc", "approx", "no"): a stop after one may not end a sentence."""
    from pysbd.lang.english import English

    a = English.Abbreviation
    return frozenset([*a.ABBREVIATIONS, *a.PREPOSITIVE_ABBREVIATIONS, *a.NUMBER_ABBREVIATIONS])


def _plain_spans(text: str) -> list[tuple[int, int]] | None:
    """The sentences of a paragraph whose every possible boundary is plain; None when one is not.

    pysbd costs about 1 ms a paragraph; most paragraphs of two or three sentences need none of its rules.
    tests/test_sentences.py checks on real and synthetic news that this gives what pysbd gives.
    """
    if _NOT_PLAIN.search(text):
        return None
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    if sum(text.count(q) for q in '“”"') != 2 * len(quoted):
        return None  # a quotation mark left open or nested
    body_end = len(text.rstrip().rstrip(_CLOSING).rstrip(".!?"))
    candidates = [m.start() for m in _MAYBE_BOUNDARY.finditer(text, 0, body_end)]
    plain = {m.end() - 1 for m in _PLAIN_STOP.finditer(text, 0, body_end) if m["word"] not in _abbreviations()}
    if any(c not in plain or any(lo < c < hi for lo, hi in quoted) for c in candidates):
        return None
    spans, start = [], 0
    for cut in [*(c + 1 for c in candidates), len(text)]:
        piece = text[start:cut]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((start + lead, start + lead + len(piece.strip())))
        start = cut
    return spans


def _pysbd_spans(text: str) -> list[tuple[int, int]]:
    if _one_sentence(text):
        stripped = text.strip()
        start = text.find(stripped)
        return [(start, start + len(stripped))] if stripped else []
    plain = _plain_spans(text)
    if plain is not None:
        return plain
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _pysbd_pieces(text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = text.find(stripped, pos)
        if start < 0:  # pysbd normalised something: segment() drops such a sentence too
            continue
        end = start + len(stripped)
        spans.append((start, end))
        pos = end
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split one paragraph into sentences whose text is an exact slice of `text`."""
    spans: list[tuple[int, int]] = []
    for start, end in _pysbd_spans(text):
        cut = start
        for m in sorted(
            [*_GLUED.finditer(text, start, end), *_ELLIPSIS.finditer(text, start, end)], key=lambda m: m.start()
        ):
            spans.append((cut, m.start()))
            cut = m.start()
        spans.append((cut, end))
    # pysbd splits decimals after a line break or a long number ("87." | "5% of Traton"): join them back.
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        decimal = _DECIMAL_CUT.search(text, merged[-1][0], merged[-1][1]) if merged else None
        if (
            merged
            and (
                (decimal and text[start:end][:1].isdecimal())
                or (_FORM_END.search(text, merged[-1][0], merged[-1][1]) and _FORM_START.match(text, start))
                # "September. 16, 2021": a month written with a stop before its day, as some papers date a story
                or (_MONTH_END.search(text, merged[-1][0], merged[-1][1]) and text[start:end][:1].isdecimal())
                # "Southfield, Mich. – September 02, 2016 – MPG ...": a dateline's state ends no sentence
                or (
                    _CITY_STATE.fullmatch(text, merged[-1][0], merged[-1][1]) is not None
                    and text[start:end][:1] in "–—-"
                )
                # "April 1, 2019 ….…": a run of marks alone is the end of the sentence before, no sentence of its own
                or (not _WORDED.search(text, start, end) and not _MARKER.match(text[start:end]))
            )
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    sentences: list[Sentence] = []
    for start, end in merged:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if not chunk or _MARKER.match(chunk):
            continue
        s = start + lead
        sentences.append(Sentence(len(sentences), chunk, s, s + len(chunk)))
    return sentences
