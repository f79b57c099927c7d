"""Dates as the text states them: an article's own date, and the dates a sentence gives to what it tells.

A date keeps the precision it was stated with: "in 2019" is a year, "in March 2024" a month, "on 3 March 2025"
a day. "Last year" or "next month" is resolved only against the article's own stated date, and is marked as
derived; in an undated article it is no date at all. Nothing else is inferred: a weekday ("on Monday") or a
month without its year gives no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefing import domain
from briefing.extract.clauses import SECOND_DEED
from briefing.model import Article
from briefing.read.datelines import MONTH, dateline_end

# "march", "mar", "sept" → 3, 3, 9: each month by its name and its usual short forms.
_MONTHS = {
    form: i
    for i, name in enumerate(domain.MONTH_NAMES, 1)
    for form in {name.lower(), name.lower()[:3], *(["sept"] if i == 9 else [])}
}
_MONTH = rf"(?P<month>{MONTH})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Most precise first: a day, then a month, then a year after a preposition of time ("in 2019", "since 2008",
# "from 2027", "by the end of 2026"); a bare year is too often a model name or a target ("by 2030", "the 2025
# model"). A month or a day without its year ("in August", "Sept. 22") is no date: its year is a guess.
_BEFORE = r"(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|(?:[Bb]y |[Aa]t |[Bb]efore )?the end of)"
_STATED = [
    ("day", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),  # 3 March 2025
    ("day", re.compile(rf"\b{_MONTH}\s+{_DAY},\s*{_YEAR}\b")),  # March 3, 2025
    ("month", re.compile(rf"\b{_BEFORE}\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\s+{_YEAR}\b")),
    ("year", re.compile(rf"\b{_BEFORE}\s+(?:early\s+|late\s+|mid-?)?{_YEAR}\b(?![-–/]\d)")),
]
_RELATIVE = re.compile(r"\b(?P<which>last|this|next)\s+(?P<unit>year|month)\b", re.IGNORECASE)
_OFFSET = {"last": -1, "this": 0, "next": 1}

_DATE_LINE_DAYS = [
    re.compile(rf"^\s*(?:\w+day,?\s+)?{_DAY}\s+{_MONTH},?\s+{_YEAR}\s*$"),
    re.compile(rf"^\s*(?:\w+day,?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\s*$"),
]
_ISO = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)\s*$")


# What a date ends when it is a figure's period, not an event: "the year ended March 31, 2025", "the three
# months to June 2025", "fiscal 2024".
_PERIOD_BEFORE = re.compile(
    r"(?:year|quarter|half|months|period|fiscal|financial)(?:\s+year)?\s+(?:ended|ending|to|through|until)\s*$"
    r"|(?:fiscal|financial)\s+(?:year\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|after|before|as)\b"
    r"|\s+(?:and|but)\s+(?=\w+\s+(?:will|would|is|was|has|had)\b)"
    rf"|{SECOND_DEED}"
)


@dataclass(frozen=True)
class StatedDate:
    text: str  # the words that state it
    value: str  # "2019", "2024-03" or "2025-03-03": as precise as stated
    derived: bool = False  # resolved from "last year"/"next month" against the article's date
    clause: str = ""  # the part of the sentence it dates (between clause breaks)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def article_date(article: Article) -> date | None:
    """The article's own date: its front matter or saved page's, else a line with only a full date."""
    if article.meta and article.meta.date:
        return article.meta.date
    # ... or a byline's: "By AP Thursday, December 17, 2009"
    line = article.date_line or (article.byline if article.byline and _STATED[1][1].search(article.byline) else "")
    if m := _ISO.match(line):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    for pattern in _DATE_LINE_DAYS:
        if m := pattern.match(line):
            return _safe(int(m["year"]), _month(m["month"]), int(m["day"]))
    for _precision, pattern in _STATED[:2]:
        if m := pattern.search(line):  # "Updated on June 15, 2021", "September. 16, 2021 07:32. by …"
            return _safe(int(m["year"]), _month(m["month"]), int(m["day"]))
    # "HIROSHIMA, Japan, Aug 24, 2021 - (JCN Newswire) -": a wire's dateline that gives the year dates the story
    lede = article.paragraphs[0].text if article.paragraphs else ""
    if end := dateline_end(lede):
        for _precision, pattern in _STATED[:2]:
            if m := pattern.search(lede, 0, end):
                return _safe(int(m["year"]), _month(m["month"]), int(m["day"]))
    return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _clause(sentence: str, at: int) -> str:
    """The clause of `sentence` around offset `at`: from the last clause break before it to the next after."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence) if m.end() <= at]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() > at]
    return sentence[max(starts, default=0) : min(ends, default=len(sentence))].strip(" ,.")


def stated_dates(sentence: str, when: date | None) -> list[StatedDate]:
    """Every date the sentence states, once each, in the order it states them; `when` is the article's date."""
    found: list[tuple[int, StatedDate]] = []
    taken: list[tuple[int, int]] = []
    for precision, pattern in _STATED:
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue  # "on 3 March 2025" is a day, not also a month and a year
            if precision == "day":
                day = _safe(int(m["year"]), _month(m["month"]), int(m["day"]))
                if day is None:
                    continue
                value = day.isoformat()
            elif precision == "month":
                value = f"{m['year']}-{_month(m['month']):02d}"
            else:
                value = m["year"]
            taken.append((m.start(), m.end()))
            if _PERIOD_BEFORE.search(sentence[: m.start()]):
                continue  # the year a figure covers, not a date of something that happened
            found.append((m.start(), StatedDate(m.group(0), value, clause=_clause(sentence, m.start()))))
    if when is not None:
        for m in _RELATIVE.finditer(sentence):
            offset = _OFFSET[m["which"].lower()]
            if m["unit"].lower() == "year":
                value = str(when.year + offset)
            else:
                index = when.year * 12 + when.month - 1 + offset
                value = f"{index // 12}-{index % 12 + 1:02d}"
            found.append((m.start(), StatedDate(m.group(0), value, True, _clause(sentence, m.start()))))
    unique: dict[str, StatedDate] = {}
    for _start, stated in sorted(found, key=lambda f: f[0]):
        unique.setdefault(stated.value, stated)
    return list(unique.values())
