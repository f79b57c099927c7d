"""Figures that are no one company's, or someone else's than the clause's first company: the size of a venture
two companies set up, a sum several put in together and its parts, a plant's result, what a swap is worth, the
figure of a subject off the company list, and an investment "by" the company named after it. figure_owner
(figures.py) asks these before it reads the clause's subject."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.clauses import Spot


@domain.compiled
def _sizes_venture() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(domain.money().venture_words, key=len, reverse=True))
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{words})(?![\w-])", re.IGNORECASE)


_FUND_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,2}?fund\s+(?:with|together\s+with|alongside)\b", re.IGNORECASE)

# "to create a joint venture with Baotou Bei Ben ... with a total investment of $400 million": the venture's total
_VENTURE_TOTAL = re.compile(
    r"\b(?:joint\s+venture|venture|JV)\b[^.;]{0,140}?\bwith\s+(?:a|an)\s+(?:total\s+|combined\s+)?"
    r"(?:investment|capital|capitalisation|capitalization|registered\s+capital)\s+of\s+$",
    re.IGNORECASE,
)

# The parts of a sum several companies put in together are no more one company's than the sum
_PART_OF_COMBINED = re.compile(
    r"\ba combined\b[^.;]*\b(?:breaks? down|broken down|comprising|consisting of|made up of|split into)\b",
    re.IGNORECASE,
)

# "Kia and its two affiliates will invest a combined $2 billion": a sum of several companies
_COMBINED_BY_MANY = re.compile(
    r"\band\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:affiliates|partners|units|subsidiaries|sister companies)\b"
    r"[^.;]*\ba combined\s+$",
    re.IGNORECASE,
)

# "Hyundai Motor Co, Hyundai Mobis Co and Kia Motors Corp will contribute a combined US$1.6 billion": the listed
# companies' sum together, not the last one's
_COMBINED_BY_LIST = re.compile(
    r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*,?\s+and\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:[a-z]+\s+){1,3}"
    r"a\s+combined\s+$"
)

# "with pro forma combined sales of approximately 30 billion euros", "The combined sales of the four firms would be
# around 1.8 trillion yen": the merging companies' figure together
_COMBINED_METRIC = re.compile(
    r"\b(?:combined|joint|aggregate)\s+(?:annual\s+)?(?:sales|revenues?|turnover|profits?|output|workforce|market\s+value)"
    r"\s+(?:of\s+)?(?:(?:the|their|both)\s+(?:two|three|four|five|six|several)?\s*(?:[\w-]+\s+)?(?:firms|companies|groups"
    r"|makers|suppliers|carmakers|automakers|businesses)\s+(?:would|will|could|is|was|were|are)?\s*(?:be|reach|total)?\s*)?"
    r"(?:about\s+|around\s+|approximately\s+|nearly\s+|some\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_UNLISTED_SUBJECT = re.compile(
    r"\s*(?:(?:while|whereas|and|but)\s+)?[A-Z][\w&.+-]+(?:\s+[A-Z][\w&.+-]+){0,3}\s+(?:is|was|will|has|had|would|plans|planned)\b"
)
_MADE_BY = re.compile(r"\b(?:investments?|spending|payments?|contributions?)\s+(?:made\s+)?by\s+$", re.IGNORECASE)
_SWAPPED = re.compile(
    r"\b(?:swap|swaps|swapped|swapping|exchange|exchanges|exchanged|exchanging)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shares|stakes|stock|equity)\b",
    re.IGNORECASE,
)


def shared_sum(sentence: str, start: int, end: int) -> bool:
    """ "will set up a US$4 billion joint venture with Aptiv": the venture's size, not one partner's; "will invest
    a combined $2 billion, which breaks down to $1.6 billion in cash": no one's."""
    if _sizes_venture().match(sentence, end) and re.search(r"\b(?:a|an|the|its|their)\s+$", sentence[:start]):
        return True
    if _FUND_WITH.match(sentence, end) and re.search(r"\b(?:a|an|the)\s+$", sentence[:start]):
        return True  # "would invest 5.4 billion yuan to create the 7.2 billion yuan fund with X": the fund's size
    return bool(
        _VENTURE_TOTAL.search(sentence, max(0, start - 200), start)
        or _PART_OF_COMBINED.search(sentence, 0, start)
        or _COMBINED_BY_MANY.search(sentence, 0, start)
        or _COMBINED_BY_LIST.search(sentence, max(0, start - 200), start)
        or _COMBINED_METRIC.search(sentence, max(0, start - 120), start)
    )


# "1998 sales for the Gallipolis facility were $40 million": a plant's result, not its seller's
_A_PARTS_RESULT = re.compile(
    r"\b(?:sales|revenues?|turnover|profits?|earnings)\s+(?:for|of|at)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:facility|plant|factory|site|operations?|division)\s+(?:was|were|is|are|totall?ed|reached|stood\s+at|came\s+to)"
    r"\s+$"
)
# "the Atlantic facility, which employs 320 people and had 2004 sales of $47 million": the plant's
_PLANT_WHICH = re.compile(
    r"\b(?:facility|plant|factory|site|operation)s?,\s+which\s+[^,;]*?\b(?:had|has|have|posted|generated|reported)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:sales|revenues?|turnover)\s+(?:[\w-]+\s+){0,3}?of\s+$"
)
# "It said the merged company will have annual sales of $17.6 billion": the company to come
_COMBINED = re.compile(
    r"(?<!in )(?<!into )(?<!of )(?<!to )\bthe\s+(?:merged|combined|new|enlarged)\s+(?:company|group|entity|business)\b",
    re.IGNORECASE,
)


def of_no_party(sentence: str, start: int, end: int, spots: list[Spot]) -> bool:
    """A plant's result, what a customer bought ("including sales of $14 million to Dana"), or the figure of a
    company still to come, told before any company the clause names."""
    if _A_PARTS_RESULT.search(sentence, max(0, start - 120), start):
        return True
    if re.search(r"\bsales\s+of\s+$", sentence[:start]) and re.match(r"\s+to\s+[A-Z]", sentence[end:]):
        return True
    if _PLANT_WHICH.search(sentence, max(0, start - 160), start):
        return True
    combined = _COMBINED.search(sentence, 0, start)
    return combined is not None and not any(combined.end() <= s < start for _n, s, _e in spots)


def unlisted_subject(sentence: str, start: int, lo: int, spots: list[Spot]) -> bool:
    """ "..., while Mitsui is investing RM41.9 million": a subject off the company list opens the figure's clause
    (a later clause only: a sentence's own first word may be a noun, "Revenue was ...")."""
    return (
        lo > 0 and not any(lo <= sp[1] < start for sp in spots) and bool(_UNLISTED_SUBJECT.match(sentence, lo, start))
    )


def made_by_whom(sentence: str, start: int, lo: int, spots: list[Spot]) -> str | None:
    """ "total investments by SMG would be about Rs 18,500 crore": the one by whom."""
    for name, s, _e in spots:
        if lo <= s < start and _MADE_BY.search(sentence, max(0, s - 40), s):
            return name
    return None


def swapped(sentence: str, start: int) -> bool:
    """ "decided to exchange shares worth X": a swap's worth is both sides'."""
    return bool(_SWAPPED.search(sentence, 0, start))
