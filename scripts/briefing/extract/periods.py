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


def alternation(words: object) -> str:
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
    month_quarter: re.Pattern[str]
    q_token: re.Pattern[str]
    fy_token: re.Pattern[str]
    fiscal: re.Pattern[str]
    calendar: re.Pattern[str]
    relative: re.Pattern[str]


@domain.compiled
def _rules() -> _Rules:
    p = domain.money().periods
    day = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
    ending = (
        rf"(?:{alternation(p.ending_words)})\s+(?:(?:the\s+)?end\s+of\s+)?(?:{day}\s+)?(?P<m>{_MONTH})(?:\s+{day})?"
    )
    stated_year = rf"(?:,?\s+(?P<y>{_YEAR}))?(?![\d-])"
    return _Rules(
        # "the fiscal year ended March 31, 2025", "the three months to June", "the quarter ended June 30"
        year_to=re.compile(rf"\b(?P<span>{alternation(_spans())})\s+{ending}{stated_year}", re.IGNORECASE),
        # "the April-June period", "January-March 2025", "the April to June period"
        month_range=re.compile(rf"\b(?P<m1>{_MONTH})(?:\s?[-–]\s?|\s+(?:to|through)\s+)(?P<m2>{_MONTH}){stated_year}"),
        # "the second quarter", "second-quarter profit", "the first half of 2025"; not "a second quarter"
        ordinal=re.compile(
            rf"(?<!\ba\s)(?<!\ban\s)\b(?P<ord>{alternation(p.ordinals)})[\s-](?:fiscal\s+)?(?P<unit>{alternation(p.quarter_words)}|{alternation(p.half_words)})"
            rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?(?P<y>{_YEAR})|\s+(?P<y2>{_YEAR}))?(?![\w-])",
            re.IGNORECASE,
        ),
        # "the March quarter", "the September quarter": the three months that end in that month, as Indian
        # papers name a quarter
        month_quarter=re.compile(
            rf"\bthe\s+(?P<m>{_MONTH})(?:-ended)?\s+quarter(?:(?:,|\s+of)?\s+(?P<y>{_YEAR}))?(?![\d-])"
        ),
        # "Q2", "Q2 2025", "2Q", "H1", "1H25"
        q_token=re.compile(
            rf"\b(?:(?P<u>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<u2>[QH]))(?:\s?(?P<y>{_YEAR})|['’]?(?P<yy>\d\d))?\b"
        ),
        # "FY2025", "FY25", "FY2024-25"
        fy_token=re.compile(
            rf"\b(?:{alternation(p.fiscal_prefixes)})\s?['’]?(?P<y>(?:19|20)?\d\d)(?:\s?[-–/]\s?(?P<y2>\d\d(?:\d\d)?))?\b"
        ),
        # "fiscal 2024" (as written), "the 2024-25 financial year", "fiscal year 2024-25"
        fiscal=re.compile(
            rf"\b(?:(?:{alternation(p.fiscal_words)})\s+(?P<y>{_YEAR})(?:\s?[-–/]\s?(?P<y2>\d\d(?:\d\d)?))?(?![\d-])"
            rf"|(?P<ya>{_YEAR})\s?[-–/]\s?(?P<yb>\d\d(?:\d\d)?)\s+(?:{alternation(p.fiscal_words)})\b"
            # "in 2016-17", as Indian papers write a fiscal year: a calendar year is never written as a span
            rf"|\b(?:{alternation(p.year_prepositions)})\s+(?:the\s+)?(?P<yc>{_YEAR})[-–](?P<yd>\d\d)(?![\d-]))",
            re.IGNORECASE,
        ),
        # "in 2024", "for 2024", "during calendar 2024"
        calendar=re.compile(
            rf"\b(?:{alternation(p.year_prepositions)})\s+(?:the\s+(?:calendar\s+)?year\s+)?(?:calendar\s+)?(?P<y>{_YEAR})(?![\d/–-])",
            re.IGNORECASE,
        ),
        relative=re.compile(rf"\b(?P<w>{alternation(p.relative_years)})\b", re.IGNORECASE),
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
PERIOD_NOUN = re.compile(r"(?:\s+(?:period|quarter|half|months|year))?\s*,\s")
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
    for m in r.ordinal.finditer(sentence):
        # "the second quarter of FY20": a quarter of a fiscal year, not the whole year
        of_fy = re.compile(r"\s+of\s+(?:the\s+)?").match(sentence, m.end())
        fy = r.fy_token.match(sentence, of_fy.end()) if of_fy and not (m["y"] or m["y2"]) else None
        if fy:
            n = p.ordinals[next(w for w in p.ordinals if w.lower() == m["ord"].lower())]
            unit = "H" if m["unit"].lower() in {w.lower() for w in p.half_words} else "Q"
            end = _full_year(fy["y2"]) if fy["y2"] else _full_year(fy["y"])
            found.append(
                Period(
                    sentence[m.start() : fy.end()],
                    m.start(),
                    fy.end(),
                    f"{unit}{n} of the year to {_MONTHS[p.fiscal_year_end - 1]} {end}",
                )
            )
    for m in r.month_quarter.finditer(sentence):
        last = _month(m["m"])
        year = int(m["y"]) if m["y"] else _ended(last, day)
        add(m, _span_label((last - 3) % 12 + 1, last, year))
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
