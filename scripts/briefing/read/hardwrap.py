"""Text with hard line breaks, as copied from a PDF → its paragraphs.

A copied PDF breaks every line where the page did, and often shows a paragraph's end only by its short last
line. Lines are joined into paragraphs by their lengths and sentence ends; page numbers and running headers go;
a word hyphenated across two lines is joined only when the text writes the joined word elsewhere, or it is a
common English word. Otherwise its hyphen stays: "electri-fication" reads oddly, but a wrongly joined compound
("jointventure") would be a word the article never wrote.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from briefing.read.datelines import is_byline, is_date_line

# A hard-wrapped text: lines no longer than this, most of them near the longest.
_MIN_WIDTH, _MAX_WIDTH = 40, 110
_MIN_LINES = 6

_SENTENCE_END = re.compile(r"[.!?…:][\"”’)]*$")
_BULLET = re.compile(r"^[•●▪■◦‣∙·*]\s+")
_SPACED_DASH = re.compile(r"\s[-–—]$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_HYPHENATED = re.compile(r"(?P<left>[^\W\d_]+)-$")
_NEXT_WORD = re.compile(r"^(?P<right>[^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _width(lines: list[str]) -> int:
    """The line width the text was wrapped at: the length most long lines reach."""
    lengths = sorted(len(ln) for ln in lines)
    return lengths[int(len(lengths) * 0.9) - 1] if len(lengths) >= 10 else lengths[-1]


def is_hard_wrapped(lines: list[str]) -> bool:
    """Many lines of similar length, most of them ending mid-sentence: a wrapped text, not a line per paragraph."""
    text = [ln.rstrip() for ln in lines if ln.strip()]
    if len(text) < _MIN_LINES:
        return False
    width = _width(text)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH or max(len(ln) for ln in text) > width * 1.3:
        return False
    full = sum(1 for ln in text if len(ln) >= 0.7 * width)
    open_ended = sum(1 for ln in text if not _SENTENCE_END.search(ln))
    # a page's worth of full lines, not a few short lines of which one or two happen to be long
    return full >= max(0.5 * len(text), _MIN_LINES) and open_ended >= 0.4 * len(text)


def _furniture(lines: list[str]) -> set[int]:
    """Page numbers and the running headers and footers repeated on every page, with the blank lines around
    them: not the article's text. A paragraph, or a word, broken by a page break runs on after it."""
    counts = Counter(ln.strip() for ln in lines if ln.strip())
    drop = set()
    for i, line in enumerate(lines):
        bare = line.strip()
        if bare and (_PAGE_NUMBER.match(bare) or (counts[bare] >= 2 and len(bare.split()) <= 12)):
            drop.add(i)
    for i in sorted(drop):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (j in drop or not lines[j].strip()):
                drop.add(j)
                j += step
    return drop


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    # pyspellchecker's English word list, loaded only when a text hyphenates a word it does not write whole.
    from spellchecker import SpellChecker

    frequencies = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(word for word, count in frequencies.items() if count >= 50)


def _join(line: str, following: str, words: Counter[str]) -> str:
    """The two lines as one, resolving a hyphen at the end of the first."""
    if _SPACED_DASH.search(line):
        return f"{line} {following}"  # "the third quarter –" / "its outlook": a dash between words
    m, n = _HYPHENATED.search(line), _NEXT_WORD.match(following)
    if m is None or n is None or not n["right"][0].islower():
        return line + following if line.endswith(("-", "—", "–", "/")) else f"{line} {following}"
    joined = (m["left"] + n["right"]).lower()
    hyphened = f"{m['left']}-{n['right']}".lower()
    if words[joined] or (not words[hyphened] and joined in _common_words()):
        return line[:-1] + following
    return line + following


def _starts_paragraph(previous: str, line: str, width: int, marks_indent: bool) -> bool:
    """Whether `line` opens a new paragraph after `previous`, in a text that marks paragraphs by line lengths."""
    bare = line.strip()
    if _BULLET.match(bare) or is_date_line(bare) or is_date_line(previous) or is_byline(bare):
        return True
    if marks_indent and line[:1].isspace():
        return True
    # A sentence ends a paragraph where the line stops short: the next word would have fitted.
    if _SENTENCE_END.search(previous) and len(previous) + 1 + len(bare.split()[0]) < 0.95 * width:
        return True
    # A short line with no full stop before a capital: a headline, a byline or a subheading.
    return len(previous) < 0.6 * width and bare[:1].isupper() and not previous.endswith(("-", ","))


def paragraphs(lines: list[str], first_line: int = 1) -> list[tuple[int, str]]:
    """(first line number, text) per paragraph of a hard-wrapped text."""
    drop = _furniture(lines)
    kept = [(first_line + i, ln.rstrip()) for i, ln in enumerate(lines) if i not in drop]
    # Words as the text writes them whole (not across a line end) decide how a hyphenated break is joined.
    words = Counter(w.lower() for _n, ln in kept for w in _WORD.findall(ln.rstrip("-")))
    width = _width([ln for _n, ln in kept if ln.strip()])
    indented = [ln for _n, ln in kept if ln.strip() and ln[:1].isspace()]
    marks_indent = 0 < len(indented) < 0.5 * sum(1 for _n, ln in kept if ln.strip())
    blocks: list[tuple[int, str]] = []
    current, start, previous = "", 0, ""
    for number, line in kept:
        if not line.strip():
            if current:
                blocks.append((start, current))
            current, previous = "", ""
            continue
        after_break = number - 1 - first_line in drop  # the first line after a page break
        opens = line.lstrip()[:1]
        runs_on = previous.endswith("-") or (
            not _SENTENCE_END.search(previous) and (opens.islower() or opens.isdigit())
        )
        if current and (_starts_paragraph(previous, line, width, marks_indent) or (after_break and not runs_on)):
            blocks.append((start, current))
            current = ""
        bare = _BULLET.sub("", line.strip())
        if not current:
            current, start = bare, number
        else:
            current = _join(current, bare, words)
        previous = line.strip()
    if current:
        blocks.append((start, current))
    return [(n, re.sub(r" {2,}", " ", t)) for n, t in blocks]
