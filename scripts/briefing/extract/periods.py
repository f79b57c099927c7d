"""The period a figure is for, as precise as its text states it (cue words in data/money.yaml `periods`).

Labels are normalised and comparable: "year to March 2025" ("the fiscal year ended March 31, 2025", "FY2025",
"the year to March 2025"), "Q2 2025" ("the second quarter", "Q2"), "April-June 2025" ("the April-June period",
"the three months to June"), "H1 2025", "2024" ("in 2024", "for 2024", "last year"). A quarter named by its
ordinal and one named by its months are two notations, never made one: a company's second quarter is July to
September when its fiscal year starts in April.

A period without a stated year takes one from the article's own date only when the period ended shortly before
it ("the April-June quarter" in an article of 24 July 2025 is that of 2025); otherwise it keeps no year, and
matches only a period stated the same way. "Last year" needs the article's date. Nothing else is inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing import domain
from briefing.read.datelines import MONTH

_MONTHS = domain.MONTH_NAMES
_MONTH = MONTH
_YEAR = r"(?:19|20)\d\d"
# A period reported shortly after it ends: results come out within weeks, so an unstated year is the one that
# ended last, when it ended within this many days of the article's date.
_REPORTED_WITHIN = timedelta(days=120)


@dataclass(frozen=True)
class Period:
    text: str  # the words that state it
    start: int  # offsets into the sentence
    end: int
    label: str  # normalised: "year to March 2025", "Q2 2025", "April-June", "2024"
    relative: bool = False  # "last year": resolved against the article's date


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


def _month(name: str) -> int:
    key = name.rstrip(".").lower()[:3]
    return next(i for i, m in enumerate(_MONTHS, 1) if m.lower().startswith(key))


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


@domain.compiled
def _spans() -> dict[str, int]:
    """The words for a span of months that ends in a named month, and how many months each is."""
    p = domain.money().periods
    spans = {**{w.lower(): 12 for w in p.year_words}, **{w.lower(): 3 for w in p.quarter_words}}
    spans.update({w.lower(): 6 for w in p.half_words})
    spans.update({w.lower(): n for w, n in p.month_spans.items()})
    return spans


@dataclass(frozen=True)
class _Rules:
    year_to: re.Pattern[str]
    month_range: re.Pattern[str]
    ordinal: re.Pattern[str]
    q_token: re.Pattern[str]
    fy_token: re.Pattern[str]
    fiscal: re.Pattern[str]
    calendar: re.Pattern[str]
    relative: re.Pattern[str]


@domain.compiled
def _rules() -> _Rules:
    p = domain.money().periods
    day = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
    ending = rf"(?:{_alt(p.ending_words)})\s+(?:(?:the\s+)?end\s+of\s+)?(?:{day}\s+)?(?P<m>{_MONTH})(?:\s+{day})?"
    stated_year = rf"(?:,?\s+(?P<y>{_YEAR}))?(?![\d-])"
    return _Rules(
        # "the fiscal year ended March 31, 2025", "the three months to June", "the quarter ended June 30"
        year_to=re.compile(rf"\b(?P<span>{_alt(_spans())})\s+{ending}{stated_year}", re.IGNORECASE),
        # "the April-June period", "January-March 2025"
        month_range=re.compile(rf"\b(?P<m1>{_MONTH})\s?[-–]\s?(?P<m2>{_MONTH}){stated_year}"),
        # "the second quarter", "second-quarter profit", "the first half of 2025"; not "a second quarter"
        ordinal=re.compile(
            rf"(?<!\ba\s)(?<!\ban\s)\b(?P<ord>{_alt(p.ordinals)})[\s-](?:fiscal\s+)?(?P<unit>{_alt(p.quarter_words)}|{_alt(p.half_words)})"
            rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?(?P<y>{_YEAR})|\s+(?P<y2>{_YEAR}))?(?![\w-])",
            re.IGNORECASE,
        ),
        # "Q2", "Q2 2025", "2Q", "H1", "1H25"
        q_token=re.compile(
            rf"\b(?:(?P<u>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<u2>[QH]))(?:\s?(?P<y>{_YEAR})|['’]?(?P<yy>\d\d))?\b"
        ),
        # "FY2025", "FY25", "FY2024-25"
        fy_token=re.compile(
            rf"\b(?:{_alt(p.fiscal_prefixes)})\s?['’]?(?P<y>(?:19|20)?\d\d)(?:\s?[-–/]\s?(?P<y2>\d\d(?:\d\d)?))?\b"
        ),
        # "fiscal 2024" (as written), "the 2024-25 financial year", "fiscal year 2024-25"
        fiscal=re.compile(
            rf"\b(?:(?:{_alt(p.fiscal_words)})\s+(?P<y>{_YEAR})(?:\s?[-–/]\s?(?P<y2>\d\d(?:\d\d)?))?(?![\d-])"
            rf"|(?P<ya>{_YEAR})\s?[-–/]\s?(?P<yb>\d\d(?:\d\d)?)\s+(?:{_alt(p.fiscal_words)})\b"
            # "in 2016-17", as Indian papers write a fiscal year: a calendar year is never written as a span
            rf"|\b(?:{_alt(p.year_prepositions)})\s+(?:the\s+)?(?P<yc>{_YEAR})[-–](?P<yd>\d\d)(?![\d-]))",
            re.IGNORECASE,
        ),
        # "in 2024", "for 2024", "during calendar 2024"
        calendar=re.compile(
            rf"\b(?:{_alt(p.year_prepositions)})\s+(?:the\s+(?:calendar\s+)?year\s+)?(?:calendar\s+)?(?P<y>{_YEAR})(?![\d/–-])",
            re.IGNORECASE,
        ),
        relative=re.compile(rf"\b(?P<w>{_alt(p.relative_years)})\b", re.IGNORECASE),
    )


def _ended(month: int, day: date | None) -> int | None:
    """The year of the period ending with `month` that ended last before `day`, if it ended recently."""
    if day is None:
        return None
    for year in (day.year, day.year - 1):
        last = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
        if last <= day:
            return year if day - last <= _REPORTED_WITHIN else None
    return None


def _span_label(first: int, last: int, year: int | None) -> str:
    label = f"{_MONTHS[first - 1]}-{_MONTHS[last - 1]}"
    return f"{label} {year}" if year else label


# "In the January-September period, ...": the comma that sets the period off, after the noun it may take
_PERIOD_NOUN = re.compile(r"(?:\s+(?:period|quarter|half|months|year))?\s*,\s")
_SAME_SPAN = re.compile(r"\bsame\s+(?:period|quarter|half|months)\s+$", re.IGNORECASE)


def find_periods(sentence: str, day: date | None = None) -> list[Period]:
    """Every period a sentence states, in order; where two overlap, the first found (the most precise) wins."""
    r, p = _rules(), domain.money().periods
    found: list[Period] = []

    def add(m: re.Match[str], label: str, relative: bool = False) -> None:
        if not any(m.start() < f.end and f.start < m.end() for f in found):
            found.append(Period(m.group(), m.start(), m.end(), label, relative))

    for m in r.year_to.finditer(sentence):
        months = _spans()[m["span"].lower()]
        last = _month(m["m"])
        year = int(m["y"]) if m["y"] else _ended(last, day)
        if months == 12:
            add(m, f"year to {_MONTHS[last - 1]} {year}" if year else f"year to {_MONTHS[last - 1]}")
        else:
            add(m, _span_label((last - months) % 12 + 1, last, year))
    for m in r.month_range.finditer(sentence):
        first, last = _month(m["m1"]), _month(m["m2"])
        if (last - first) % 12 + 1 in (3, 6, 9, 12):
            year = int(m["y"]) if m["y"] else _ended(last, day)
            add(m, _span_label(first, last, year))
    for m in r.fy_token.finditer(sentence):
        end = _full_year(m["y2"]) if m["y2"] else _full_year(m["y"])
        add(m, f"year to {_MONTHS[p.fiscal_year_end - 1]} {end}")
    for m in r.fiscal.finditer(sentence):
        if m["yb"] or m["y2"] or m["yd"]:
            add(m, f"year to {_MONTHS[p.fiscal_year_end - 1]} {_full_year(m['yb'] or m['y2'] or m['yd'])}")
        else:
            add(m, f"fiscal {m['y']}")
    for m in r.ordinal.finditer(sentence):
        n = p.ordinals[next(w for w in p.ordinals if w.lower() == m["ord"].lower())]
        half = m["unit"].lower() in {w.lower() for w in p.half_words}
        if half and n > 2:
            continue
        stated = m["y"] or m["y2"]
        year = int(stated) if stated else _ended(n * (6 if half else 3), day)
        label = f"{'H' if half else 'Q'}{n}"
        add(m, f"{label} {year}" if year else label)
    for m in r.q_token.finditer(sentence):
        unit, n = (m["u"] or m["u2"]), int(m["n"] or m["n2"])
        if unit == "H" and n > 2:
            continue
        year = (
            int(m["y"]) if m["y"] else (_full_year(m["yy"]) if m["yy"] else _ended(n * (6 if unit == "H" else 3), day))
        )
        add(m, f"{unit}{n} {year}" if year else f"{unit}{n}")
    for m in r.calendar.finditer(sentence):
        if _SAME_SPAN.search(sentence, 0, m.start()):
            # "805 billion yen in April-December 2024, against 870 billion yen in the same period in 2023": the
            # months of the period stated before, in that year; with none stated, no period rather than a year
            earlier = [f for f in found if f.start < m.start() and re.search(r"\b\d{4}$", f.label)]
            if earlier:
                add(m, re.sub(r"\d{4}$", m["y"], earlier[-1].label))
            continue
        add(m, m["y"])
    if day is not None:
        for m in r.relative.finditer(sentence):
            back = next(n for w, n in p.relative_years.items() if w.lower() == m["w"].lower())
            add(m, str(day.year - back), relative=True)
    return sorted(found, key=lambda f: f.start)


_BOUNDARY = re.compile(r"[,;:]\s|\s+(?:and|but|while|whereas)\s+|\.(?:\s|$)")


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
        re.compile(rf"(?<![\w-])(?:{_alt(p.comparison_words)})\s+$", re.IGNORECASE),
        re.compile(rf"^\s*(?:{_alt(p.earlier_words)})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{_alt(p.forecast_words)})(?![\w-])"),
        re.compile(rf"(?<![\w-])(?:{_alt(reported)})(?![\w-])", re.IGNORECASE),
    )


_APPOSED = re.compile(r"\s*,?\s+or\s+")
_PER_SHARE_AFTER = re.compile(r"\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b")


def per_share_of_previous(sentence: str, spans: list[tuple[int, int]], start: int) -> bool:
    """The figure at `start` is per share, set right after another with "or" ("€354m or €1.30 per share")."""
    i = next((i for i, (s, _e) in enumerate(spans) if s == start), 0)
    return bool(
        i and _APPOSED.fullmatch(sentence, spans[i - 1][1], start) and _PER_SHARE_AFTER.match(sentence, spans[i][1])
    )


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
    if later and _APPOSED.fullmatch(sentence, end, later[0][0]) and _PER_SHARE_AFTER.match(sentence, later[0][1]):
        # "a loss of €7.29 billion or €26.91 per share in the first half of 2020": the pair shares its period
        later = later[1:]
        after = _BOUNDARY.search(masked, later[0][0] if later else len(sentence)) if after else after
    hi = min([after.start() if after else len(sentence)] + [s for s, _e in later])
    base = compared(sentence, start)
    # a compared figure's period is stated after it: "fell to A in the third quarter from B a year ago" gives
    # the quarter to A, and B is for another one
    own = [p for p in periods if lo <= p.start and p.end <= hi and not (base and (p.relative or p.end <= start))]
    if own:
        return min(own, key=lambda p: start - p.end if p.end <= start else p.start - end)
    opening = periods[0] if periods else None
    opens = opening is not None and bool(
        re.fullmatch(r"(?:In|For|During|Over|Across)\s+(?:the\s+)?", sentence[: opening.start])
        and _PERIOD_NOUN.match(sentence[opening.end :])
    )
    if opening is not None and opens and opening.end <= start and not (base and opening.relative):
        return opening
    # "rose to A from B a year earlier": B is for the period a year before A's, in the article's words
    earlier = _cues()[1].match(sentence[end:])
    if base and earlier:
        words = earlier.group().strip()
        at = end + earlier.group().find(words)
        return Period(words, at, at + len(words), words)
    return None


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
    words = _alt(domain.money().periods.guidance_words)
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
