"""Company names written in capitals, as releases write their own and wires write datelines ("TOYOTA MOTOR
CORPORATION (TMC) and SUBARU CORPORATION today announced ...")."""

from __future__ import annotations

import re

from briefing.extract.gazetteer import Gazetteer

Hit = tuple[str, str, int, int, bool]

# A run of words in capitals; one of four letters or more, so that a run of acronyms ("EV", "CEO") is left alone.
_RUN = re.compile(r"(?<![\w&-])[A-Z][A-Z&-]+\.?(?:,?\s+[A-Z][A-Z&-]*\.?)*(?![\w&-])")
_LONG_WORD = re.compile(r"[A-Z]{4,}")


def in_capitals(sentence: str, names: re.Pattern[str], gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Hit]:
    """Known names in capitals: each run of capital words is read in title case ("TOYOTA MOTOR CORPORATION" as
    "Toyota Motor Corporation", the same length) and matched with `names`, the gazetteer's own pattern. A one-word
    name that is also an ordinary word ("SMART", "GENESIS") is left out."""
    found: list[Hit] = []
    for run in _RUN.finditer(sentence):
        if not _LONG_WORD.search(run.group()):
            continue
        titled = re.sub(r"[A-Z][A-Z&-]*", lambda w: w.group()[0] + w.group()[1:].lower(), run.group())
        for m in names.finditer(titled):
            start, end = run.start() + m.start(), run.start() + m.end("suffix")
            canonical = gazetteer.by_surface[m.group("name")]
            if gazetteer.companies[canonical].ambiguous and " " not in m.group("name"):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            found.append((canonical, sentence[start:end], start, end, True))
    return found
