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


# Kinds of figure that a company reports of itself: in a sentence whose subject is a company, a clause with no
# other company gives it that company's ("Kia's profit rose to X, while revenue rose to Y").
COMPANY_METRICS = {
    "revenue",
    "profit",
    "operating profit",
    "loss",
    "write-off",
    "impairment",
    "cost",
    "savings",
    "investment",
    "funding",
    "debt",
    "cash",
    "dividend",
    "share price",
    "pay",
}
# After "Kia's", what makes the figure Kia's: a word for a figure, or a verb of one ("Geely's rose 27% to")
_OWNED_FIGURE = re.compile(
    r"\b(?:profit|profits|revenue|revenues|sales|turnover|earnings|income|loss|losses|shares|stock|margin|debt|cash"
    r"|dividend|pay|costs?|spending|investment|capex|valuation|value|market|write-off|impairment|charge|outlay|budget"
    r"|rose|fell|grew|jumped|dropped|climbed|slumped|declined|increased|decreased|widened|narrowed|came|reached|hit)\b",
    re.IGNORECASE,
)
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$")
_SHARES_AFTER = re.compile(r"^(?:[’'‘]s?)?\s+(?:\w+\s+)?(?:shares|stock|share price)\b")


def figure_owner(
    sentence: str, start: int, end: int, spots: list[Spot], recent_subject: str | None, kind: str | None = None
) -> str | None:
    """The company a figure belongs to, or None when the grammar does not say.

    In order: a possessive before it in its clause ("Kia's operating profit of"), "for X" / "at X" right after
    it ("a charge of $1bn for Cruise"), the company whose shares a share price is ("Shares of GM rose to"), the
    company that opens its clause ("GM earned"), and, for what companies report of themselves (revenue, profit,
    costs), the company that opens the sentence, or, in a sentence that names none ("Revenue rose to ..."), the
    company the sentences before were about.
    """
    lo, hi = _bounds(sentence, start, end)
    before = [sp for sp in spots if lo <= sp[1] and sp[2] <= start]
    for name, _s, e in reversed(before):
        if re.match(r"[’'‘]s?\s", sentence[e : e + 3]) and not re.search(r"[,;]", sentence[e:start]):
            # "Kia's operating profit of X" is Kia's; "Honda's 6% stake ... for $1.2bn" is what someone paid
            if _OWNED_FIGURE.search(sentence[e:start]):
                return name
            break
    follow = [sp for sp in spots if end <= sp[1] < hi]
    if follow and re.fullmatch(r"[^,;:.]{0,40}?\b(?:for|at)\s+(?:the\s+|its\s+)?", sentence[end : follow[0][1]]):
        return follow[0][0]
    if kind == "share price":
        for name, s, e in spots:
            if e <= start and (_SHARES_OF.search(sentence[max(0, s - 12) : s]) or _SHARES_AFTER.match(sentence[e:])):
                return name
    if before and _OPENER.match(sentence[lo : before[0][1]]):
        return before[0][0]
    opening = min(spots, key=lambda sp: sp[1], default=None)
    opens = opening is not None and bool(_OPENER.match(sentence[: opening[1]])) and opening[2] <= start
    if re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,4}$", sentence[lo:start], re.IGNORECASE) or not before:
        if opens and opening is not None and (not before or kind in COMPANY_METRICS):
            return opening[0]
        if opening is None and (kind in COMPANY_METRICS or re.match(r"^(?:It|The company|The group|Its)\b", sentence)):
            return recent_subject
    return None
