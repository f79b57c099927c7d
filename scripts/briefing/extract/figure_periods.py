"""The period each figure is for: the one its own words state, the lead's in a results story, "(forecast)" when
its clause forecasts it, and the words of a compared figure's earlier period ("a year earlier")."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.periods import PERIOD_NOUN, Period, alternation

_BOUNDARY = re.compile(r"[,;:]\s|\s+(?:and|but|while|whereas)\s+|\.(?:\s|$)")


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# "a capex of Rs 15,000 crore for the three years till FY21", "invest $5bn by 2030": the end of a span or a
# deadline, not the period the figure is for
# "a $290 million improvement from the second quarter of 2009": the period a change is measured against
_CHANGE_BASE = re.compile(
    r"\b(?:improvement|increase|rise|gain|growth|decline|drop|fall|jump|decrease)\s+"
    r"(?:from|over|on|compared\s+(?:with|to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:till|until|through|up\s+to|by)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _masked(sentence: str, periods: list[Period]) -> str:
    """The sentence with each period blanked out, so a comma inside one ("March 31, 2025") ends no clause."""
    chars = list(sentence)
    for p in periods:
        chars[p.start : p.end] = "x" * (p.end - p.start)
    return "".join(chars)


@domain.compiled
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = domain.money().periods
    reported = {w for k in p.reported_kinds for w in domain.money().kinds[k]}
    return (
        re.compile(rf"(?<![\w-])(?:{alternation(p.comparison_words)})\s+$", re.IGNORECASE),
        re.compile(rf"^\s*(?:(?:in|during|for|over)\s+)?(?P<w>{alternation(p.earlier_words)})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{alternation(p.forecast_words)})(?![\w-])"),
        re.compile(rf"(?<![\w-])(?:{alternation(reported)})(?![\w-])", re.IGNORECASE),
    )


@domain.compiled
def _rate() -> re.Pattern[str]:
    words = alternation(domain.money().periods.rates)
    return re.compile(rf"\s+(?P<r>{words})(?![\w-])(?!\s+(?:earlier|ago|before|later)\b)", re.IGNORECASE)


# "$2.6 billion, or $1.70 per share": a figure per share set beside another (extract/kinds.py reads them too)
APPOSED = re.compile(r"\s*,?\s*or\s+")
# "USD 44.50 per Navistar common share": the company's name and the class of share may stand between
PER_SHARE = re.compile(
    r"\s*(?:for\s+)?(?i:a|per|each)\s+(?:[A-Z][\w&.-]*\s+){0,3}"
    r"(?i:(?:diluted|basic|common|ordinary|class\s+[ab])\s+)?(?i:share)\b"
)


def per_share_of_previous(sentence: str, spans: list[tuple[int, int]], start: int) -> bool:
    """The figure at `start` is per share, set right after another with "or" ("€354m or €1.30 per share")."""
    i = next((i for i, (s, _e) in enumerate(spans) if s == start), 0)
    return bool(i and APPOSED.fullmatch(sentence, spans[i - 1][1], start) and PER_SHARE.match(sentence, spans[i][1]))


def compared(sentence: str, start: int) -> bool:
    """The figure is the one another is compared with: "down from 4.28 trillion won", "against ¥471 billion"."""
    return bool(_cues()[0].search(sentence[:start]))


def figure_period(
    sentence: str, start: int, end: int, figures: list[tuple[int, int]], periods: list[Period]
) -> Period | None:
    """The period a figure's own words state: the nearest period in its clause with no other figure between
    them ("revenue of ¥4.96 trillion for the fiscal year ended March 2025"; in "rose to A from B in the year to
    March 2024" the year is B's), else one that opens the sentence ("In the first half, ..."). A figure compared
    with another takes no "last year": "from $2bn last year" may be the same quarter a year before."""
    masked = _masked(sentence, periods)
    lo = max([0] + [e for s, e in figures if e <= start] + [m.end() for m in _BOUNDARY.finditer(masked[:start])])
    after = _BOUNDARY.search(masked, end)
    later = [(s, e) for s, e in figures if s >= end]
    if later and APPOSED.fullmatch(sentence, end, later[0][0]) and PER_SHARE.match(sentence, later[0][1]):
        # "a loss of €7.29 billion or €26.91 per share in the first half of 2020": the pair shares its period
        later = later[1:]
        after = _BOUNDARY.search(masked, later[0][0] if later else len(sentence)) if after else after
    hi = min([after.start() if after else len(sentence)] + [s for s, _e in later])
    base = compared(sentence, start)
    # a compared figure's period is stated after it: "fell to A in the third quarter from B a year ago" gives
    # the quarter to A, and B is for another one
    # "logged over 1 trillion won ... since the third quarter of 2017": the period after "since" is when a
    # stretch began, not the figure's own
    # "rose to A from B a year earlier": B is for the period a year before A's, in the article's words
    earlier = _cues()[1].match(sentence[end:])
    # "a loss of ₹3,255 crore in the year-ago quarter": right after any figure, the words say its period,
    # before any date inside them ("the same period last year" is no whole year)
    stated = Period(earlier["w"], end + earlier.start("w"), end + earlier.end("w"), earlier["w"]) if earlier else None
    if stated and all(p.end - p.start < len(stated.text) for p in periods if stated.start <= p.start < stated.end):
        return stated
    own = [
        p
        for p in periods
        if lo <= p.start
        and p.end <= hi
        and not (base and (p.relative or p.end <= start))
        and not (p.start >= end and _SINCE.search(sentence, 0, p.start))
        and not _UNTIL.search(sentence, 0, p.start)
        and not _CHANGE_BASE.search(sentence, 0, p.start)
    ]
    if own:
        return min(own, key=lambda p: start - p.end if p.end <= start else p.start - end)
    opening = periods[0] if periods else None
    opens = opening is not None and bool(
        re.fullmatch(r"(?:In|For|During|Over|Across)\s+(?:the\s+)?", sentence[: opening.start])
        and PERIOD_NOUN.match(sentence[opening.end :])
    )
    if opening is not None and opens and opening.end <= start and not (base and opening.relative):
        return opening
    if rate := _rate().match(sentence, end):
        # "1.5 billion pounds a year": a figure per year
        return Period(rate["r"], rate.start("r"), rate.end("r"), domain.money().periods.rates[rate["r"].lower()])
    return stated


def lead_period(sentence: str, periods: list[Period]) -> str | None:
    """The period a results story's lead reports on: the one period its first sentence states, in a sentence
    that names a reported figure ("Subaru said its operating profit fell 14% in the year ended March 31")."""
    labels = {p.label for p in periods}
    if len(labels) != 1 or not _cues()[3].search(sentence):
        return None
    return labels.pop()


def takes_lead_period(sentence: str, start: int, end: int, kind: str | None) -> bool:
    """Whether a figure with no period of its own is for the period of its article's lead: a reported kind,
    neither compared with ("against 471 billion yen a year earlier") nor in a forecast ("would cut its profit
    by 240 billion yen this year")."""
    _c, earlier, forecast, _r = _cues()
    return (
        kind in domain.money().periods.reported_kinds
        and not compared(sentence, start)
        and not earlier.match(sentence[end:])
        and not forecast.search(sentence)
    )


@domain.compiled
def _guidance() -> re.Pattern[str]:
    words = alternation(domain.money().periods.guidance_words)
    return re.compile(rf"(?<!\bthan\s)(?<!\bbeat\s)(?<!\bbeats\s)(?<![\w-])(?:{words})(?![\w-])")


def forecast_period(sentence: str, start: int, kind: str | None, label: str | None) -> str | None:
    """A figure's period `label`, marked when its clause forecasts a reported figure: "year to March (forecast)",
    or "forecast" without a stated period."""
    if kind not in domain.money().periods.reported_kinds:
        return label
    lo = max([0] + [m.end() for m in _BOUNDARY.finditer(sentence[:start])])
    if not _guidance().search(sentence, lo, start):
        return label
    return f"{label} (forecast)" if label else "forecast"
