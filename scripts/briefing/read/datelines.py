"""Datelines: "SEOUL, March 3 (Reuters) -" opens a wire story; it is where, when and who, not the lede's words."""

from __future__ import annotations

import re

# A month's name or its usual short form ("Sept.", "March"): shared by every rule that reads dates.
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = rf"(?:{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:,?\s*\d{{4}})?)"
_AGENCY = r"(?:\((?:[A-Za-z][\w.&’' -]{0,30})\)|/[A-Za-z][\w.&-]{0,30}/)"  # (Reuters), (dpa-AFX), /PRNewswire/
_DASH = r"\s*(?:-{1,2}|–|—|:)\s*"
_PLACE = r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}"  # SEOUL, NEW DELHI, PARIS/YOKOHAMA
_COUNTRY = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
# ... or an American state as wires shorten it: "SOUTHFIELD, Mich., Sept. 1 --", "TRENTON, N.J., May 3 -"
_REGION = rf"(?:{_COUNTRY}|[A-Z][a-z]{{1,4}}\.|[A-Z]\.[A-Z]\.)"
_DATELINE = re.compile(
    # SEOUL, March 3 (Reuters) -   /   TOKYO, March 14, Kyodo -
    rf"^(?:{_PLACE}(?:,\s*{_REGION})?(?:,?\s*{_DAY})?(?:\s*{_AGENCY}|,\s*[A-Z][a-z]+)?{_DASH}"
    rf"|{_DAY}\s*{_AGENCY}{_DASH}"  # March 3 (Bloomberg) --
    rf"|{_PLACE}\s*{_AGENCY}?{_DASH}"  # MUNICH (AP) —
    rf"|{_COUNTRY}(?:,\s*{_DAY})?\s*(?:—|–)\s*(?=[A-Z])"  # Germany—BMW said ...
    # a release's "New York, NY, April 1, 2019 ….…" or "Troy, Mich., May 2, 2024 --": its city, region and full date
    rf"|{_COUNTRY},\s*(?:[A-Z]{{2}}|{_REGION}),\s*{MONTH}\s+\d{{1,2}},\s*\d{{4}}\s*(?:-{{1,2}}|–|—|[.…]+)\s*(?=[A-Z]))"
)
# A line that is only a date ("14 March 2015", "March 14, 2015", "2015-03-14"): the article's date; a paper's
# may add the time, the writer and what the date is ("September. 16, 2021 07:32. by Jane Roe jane@paper.com.",
# "PTI New Delhi | Updated on June 15, 2021").
_DATE_LINE = re.compile(
    r"^\s*(?:[A-Z][\w ]{0,30}\|\s*)?(?:(?:Updated|Published|Posted|Last\s+updated)(?:\s+on)?:?\s+)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{_DAY}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\.?"
    r"(?:\s+[Bb]y\s+[A-Z][^|]{0,80})?\s*$"
)


def dateline_end(text: str, names: list[tuple[int, int]] | None = None) -> int:
    """Where the words of the story start after a dateline, or 0 when the text opens with none.

    `names` are the spans of companies in the text: a dateline never ends inside one or takes one away
    ("Hyundai Motor — the carmaker said" opens with a company, not a place).
    """
    m = _DATELINE.match(text)
    if not m:
        return 0
    if any(start < m.end() for start, _end in names or []):
        return 0
    return m.end()


# "By Jane Doe" / "By Jane Doe and John Roe, Reuters": a byline under the headline, not a paragraph.
_NAME_WORDS = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(
    rf"^By\s+{_NAME_WORDS}(?:\s+and\s+{_NAME_WORDS})?(?:\s*[,;|]\s*.{{0,60}})?$"
    # "Vince Courtenay, Correspondent": a trade paper's byline, the name and the writer's post
    rf"|^{_NAME_WORDS},\s*(?:Senior\s+|Chief\s+|Staff\s+|Contributing\s+)?"
    r"(?:Correspondent|Reporter|Editor|Writer|Contributor|Columnist)$"
)


def is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line))


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line))
