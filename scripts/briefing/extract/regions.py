"""The market or region a figure is stated for (data/money.yaml `regions`): "a profit of $2.1 billion in North
America" is the region's figure, not the company's whole, and is never compared with the whole."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.heads import kind_words

# Where the figure's clause ends: a region after it belongs to another clause.
_EDGE = re.compile(r"[;:,(]|\s+(?:while|whereas|but)\s")
# What may follow a region that is a place, not a word qualifying a noun ("in U.S. tariffs" is no region).
_AFTER = re.compile(
    r"(?:\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|during|over|last|this|next|a|an|the|from|to|by|since|after|before|as"
    r"|while|whereas|but|and|year|quarter|alone)\b)"
)


@domain.compiled
def _region() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(w) for w in sorted(domain.money().regions, key=len, reverse=True))
    place = rf"(?P<r>(?:{names})(?:\s+and\s+(?:{names}))?)(?![\w-])"
    after = re.compile(rf"\s+(?:(?:[\w-]+\s+){{0,2}}?)(?:in|across|from)\s+{place}")
    # "its China revenue of", "Ford's North America profit": a possessive before the region, the kind word right after
    before = re.compile(rf"(?:\b(?:[Ii]ts|[Tt]heir)|[’'‘]s)\s+{place}\s+$")
    opening = re.compile(rf"^\s*(?:In|Across)\s+{place}\s*,")  # "In China, profit fell to"
    return after, before, opening


@domain.compiled
def _segment() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(domain.money().segments, key=len, reverse=True))
    owner = r"(?:the|its|their|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?[’'‘]s?)"
    return re.compile(rf"\s+(?:from|of|at|for|in)\s+{owner}\s+(?P<r>(?:[a-z][\w-]*\s+){{1,3}}?(?:{words}))\b")


def figure_region(sentence: str, start: int, end: int) -> str | None:
    """The region a figure's own phrase names: right after it ("$2.1 billion in North America"), right before
    the kind word that governs it ("its China revenue of $4bn"), or opening its sentence ("In China, ...")."""
    after, before, opening = _region()
    edge = _EDGE.search(sentence, end)
    stop = edge.start() if edge else len(sentence)
    if (m := after.match(sentence, end, stop)) and _AFTER.match(sentence, m.end()):
        words = sentence[end : m.start("r")].split()
        if len(words) <= 4 and not kind_words()[0].search(" ".join(words[:-1])):
            return m["r"]
    lo = max([0] + [e.end() for e in re.finditer(r"[;:,]\s", sentence[:start])])
    for k in kind_words()[0].finditer(sentence, lo, start):
        # "Revenue from the automotive segment during the quarter stood at": a part of the company
        seg = _segment().match(sentence, k.end(), start)
        if (
            seg
            and len(sentence[seg.end() : start].split()) <= 6
            and not re.search(r",|\b(?:and|or)\b", sentence[seg.end() : start])
        ):
            return seg["r"]
        if (b := before.search(sentence, lo, k.start())) and _governs(sentence[k.end() : start]):
            return b["r"]
        # "revenue in Europe rose to $9bn"
        if (a := after.match(sentence, k.end(), start)) and _governs(sentence[a.end() : start]):
            return a["r"]
    if (o := opening.match(sentence)) and not re.search(r"[;:]", sentence[o.end() : start]):
        return o["r"]
    return None


def _governs(gap: str) -> bool:
    """ "revenue in Europe rose to $9bn": a few words and no list between the kind word and the figure ("weak
    sales in Europe and €3.1bn of charges" names two things)."""
    return len(gap.split()) <= 3 and not re.search(r",|\b(?:and|or)\b", gap)
