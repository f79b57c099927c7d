"""Whose figure it is, from the grammar around it: a possessive, "for X", the subject of its clause."""

from __future__ import annotations

import re

Spot = tuple[str, int, int]

_CLAUSE_START = re.compile(r"[,;:]\s+|\s+(?:and|but|while|whereas|as|after|against|compared with)\s+|\(")
_CLAUSE_END = re.compile(r"[,;:.](?:\s|$)|\s+(?:and|but|while|whereas|as|after|against|compared with)\s+")
_OPENER = re.compile(r"^(?:(?:In|For|During|Over|On|At|Last|This|By)\b[^,]{0,40},\s+)?(?:[A-Z][\w-]*\s+)?$")


def _bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    lo = max([0] + [m.end() for m in _CLAUSE_START.finditer(sentence[:start])])
    m = _CLAUSE_END.search(sentence, end)
    return lo, m.start() if m else len(sentence)


def figure_owner(sentence: str, start: int, end: int, spots: list[Spot], previous_subject: str | None) -> str | None:
    """The company a figure belongs to, or None when the grammar does not say.

    In order: a possessive before it in its clause ("Kia's operating profit of"), "for X" / "at X" right after
    it ("a charge of $1bn for Cruise"), the company that opens its clause ("GM earned"), and "its" for the
    company that opens the sentence (or, when none does, the previous sentence's subject).
    """
    lo, hi = _bounds(sentence, start, end)
    before = [sp for sp in spots if lo <= sp[1] and sp[2] <= start]
    for name, _s, e in reversed(before):
        if re.match(r"[’'‘]s?\s", sentence[e : e + 3]) and not re.search(r"[,;]", sentence[e:start]):
            return name
    follow = [sp for sp in spots if end <= sp[1] < hi]
    if follow and re.fullmatch(r"[^,;:.]{0,40}?\b(?:for|at)\s+(?:the\s+|its\s+)?", sentence[end : follow[0][1]]):
        return follow[0][0]
    if before and _OPENER.match(sentence[lo : before[0][1]]):
        return before[0][0]
    if re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,4}$", sentence[lo:start], re.IGNORECASE) or not before:
        opening = min(spots, key=lambda sp: sp[1], default=None)
        if opening and _OPENER.match(sentence[: opening[1]]) and opening[2] <= start:
            return opening[0]
        if opening is None and re.match(r"^(?:It|The company|The group|Its)\b", sentence):
            return previous_subject
    return None
