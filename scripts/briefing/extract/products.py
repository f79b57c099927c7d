"""Deals told through products rather than by a deal word: a part of one company's taken by another ("JLR is
set to grab a BMW V8 engine"), and a model pair two makers share ("Toyota and BMW gave us the Z4/Supra")."""

from __future__ import annotations

import re

from briefing.extract.clauses import Spot
from briefing.extract.deal_rules import DealFound, load_rules
from briefing.extract.status import clause_status

# "Z4/Supra", "GR86/BRZ": a model pair, neither side a company, says two makers share a car.
_MODEL_PAIR = re.compile(
    r"(?<![\w/])(?:the\s+(?:whole\s+)?)?(?P<pair>[A-Z][\w-]*\d[\w-]*/[A-Z][\w-]+|[A-Z][\w-]+/[A-Z][\w-]*\d[\w-]*)(?![\w/])"
)


def components(sentence: str, spots: list[Spot]) -> list[DealFound]:
    """ "JLR is set to grab a BMW V8 engine": a part of one company's, taken by another named in the sentence."""
    out: list[DealFound] = []
    names = list(dict.fromkeys(n for n, _s, _e in spots))
    for name, start, end in spots:
        m = re.match(
            rf"[’'‘s]*\s+(?P<part>(?:[\w-]+\s+)?(?:{load_rules().components}))\b", sentence[end:], re.IGNORECASE
        )
        if m and re.search(r"\b(?:a|an|the|its|their)\s+$", sentence[:start]):
            takers = [n for n, s, _e in spots if n != name and s < start]
            if takers:
                status, cue = clause_status(sentence[: end + m.end()], "supply", None)
                out.append(
                    DealFound(
                        "supply", ((takers[-1], "customer"), (name, "supplier")), status, cue, "component", m["part"]
                    )
                )
    return out if len(names) >= 2 else []


def model_pairs(clause: str, here: list[Spot], rumour: tuple[str, str] | None) -> list[DealFound]:
    """ "Toyota and BMW gave us the Z4/Supra, Toyota and Subaru the GR86/BRZ twins"."""
    out: list[DealFound] = []
    last = 0
    for pair in _MODEL_PAIR.finditer(clause):
        makers = list(dict.fromkeys(n for n, s, _e in here if last <= s < pair.start()))
        if len(makers) >= 2 and not any(pair.group("pair").startswith(n) for n in makers):
            status, cue = clause_status(clause, "partnership", rumour)
            parties = tuple((n, "partner") for n in makers[-2:])
            out.append(DealFound("partnership", parties, status if cue else "active", cue, "shared model", pair[0]))
        last = pair.end()
    return out
