"""Who owns whom, and how much of it, when a sentence says so: kept apart from deals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import Spot
from .deals import load_rules

_SHARE = r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent))"
_APPROX = r"(?:(?:about|some|around|roughly|nearly|almost|just over|just under|more than|less than)\s+)?"
_DESCRIPTOR = r"(?:(?:the\s+)?[a-z-]+\s+){0,2}?"  # "truck maker", "the British brand"
_OWNS = (
    r"(?:owns?|has\s+owned|owned|controls?|acquired|acquires|took\s+over|bought\s+out|buys\s+out"
    r"|took\s+(?:full\s+)?control\s+of|holds?|held|has\s+held|retains?|kept)"
)
# The text between two company names that says the first owns the second.
_FIRST_OWNS = re.compile(
    rf"^(?:[’'‘]s)?,?\s+(?:(?:which|that|who)\s+)?(?:\w+\s+){{0,2}}?{_OWNS}\s+(?:(?:a|an|the|its|remaining)\s+)?"
    rf"(?:{_APPROX}{_SHARE}\s+(?:(?:stake|holding|interest|share)\s+)?(?:of|in)\s+)?{_DESCRIPTOR}$"
    rf"|^(?:[’'‘]s)?,?\s+(?:(?:which|that|who)\s+)?(?:\w+\s+){{0,2}}?{_OWNS}\s+(?:a|an|its)\s+{_APPROX}{_SHARE}"
    rf"\s+(?:\w+\s+)?(?:stake|holding|interest|share)\s+in\s+{_DESCRIPTOR}$"
    rf"|^[’'‘]s\s+{_APPROX}{_SHARE}\s+(?:\w+\s+)?(?:stake|holding|interest|shareholding)\s+in\s+{_DESCRIPTOR}$"
    rf"|^,?\s+(?:the\s+|its\s+)?(?:parent|owner)(?:\s+company)?\s+of\s+{_DESCRIPTOR}$"
    rf"|^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{1,2}}(?:that|which)\s+(?:also\s+|now\s+)?{_OWNS}\s+{_DESCRIPTOR}$"
    rf"|^[’'‘]s\s+(?:\w+\s+)?(?:unit|subsidiary|division|brand|marque|arm)\s+$"
    rf"|^\s+(?:has\s+)?(?:completed|closed|finali[sz]ed)\s+(?:the\s+|its\s+)?(?:takeover|acquisition|purchase)\s+of\s+{_DESCRIPTOR}$"
    rf"|^-(?:owned|controlled)\s+$",
    re.IGNORECASE,
)
# The text between two company names that says the second owns the first.
_SECOND_OWNS = re.compile(
    r"^,?\s+(?:(?:which|that)\s+(?:is\s+|was\s+|has\s+been\s+)?)?(?:(?:wholly|majority|fully|partly)[\s-]+)?"
    r"(?:owned|controlled|acquired|bought|taken\s+over)\s+by\s+(?:[A-Z][\w.]+[’'‘]s\s+)?$"
    r"|^,?\s+(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:a|the)\s+(?:\w+\s+)?(?:unit|subsidiary|division|arm|brand|marque)\s+of\s+$"
    r"|^,?\s+(?:which|that)\s+(?:became|becomes)\s+part\s+of\s+$"
    r"|^[’'‘]s\s+(?:parent|owner)(?:\s+company)?,?\s+$"
    r"|^\s+(?:parent|owner)\s+$"  # "Skoda owner Volkswagen", "Jaguar parent Tata Motors"
    r"|^,?\s+which\s+$",  # "Rolls-Royce, which BMW also owns": checked after the second name below
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)$")


@dataclass(frozen=True)
class OwnershipFound:
    owner: str
    owned: str
    cue: str
    share: str | None = None


def _share(text: str) -> str | None:
    m = re.search(_SHARE, text, re.IGNORECASE)
    if not m:
        return None
    number = re.match(r"\d+(?:\.\d+)?", m.group())
    return f"{number.group()}%" if number else None


def find_ownership(sentence: str, spots: list[Spot]) -> list[OwnershipFound]:
    """Who owns whom, when a sentence says so."""
    out: list[OwnershipFound] = []
    negation = load_rules().negation
    for i, (a, _s, a_end) in enumerate(spots):
        if i + 1 >= len(spots):
            break
        b, b_start, b_end = spots[i + 1]
        between = sentence[a_end:b_start]
        if a == b or len(between) > 90 or negation.search(between):
            continue
        if re.fullmatch(r",\s+", between) and re.match(
            r"[’'‘]s\s+(?:controlling|majority|biggest|largest|main|parent)?\s*(?:shareholder|owner|parent)", sentence[b_end:]
        ):
            out.append(OwnershipFound(owner=a, owned=b, cue=sentence[b_end : b_end + 40].split(",")[0].strip()))
            continue
        second = _SECOND_OWNS.match(between)
        if second and second.group().strip(" ,").lower() == "which":
            # "Rolls-Royce, which BMW also owns": the verb comes after the second name
            after = re.match(rf"\s+(?:\w+\s+)?{_OWNS}\b(?:\s+{_APPROX}{_SHARE}\s+of)?", sentence[b_end:])
            if after:
                out.append(OwnershipFound(b, a, after.group().strip(), _share(after.group())))
            continue
        if second:
            out.append(OwnershipFound(owner=b, owned=a, cue=second.group().strip(" ,")))
        elif m := _FIRST_OWNS.match(between):
            owned = [b]
            # "the parent company of Scania and MAN Truck & Bus": every name of the list
            for c, c_start, _c_end in spots[i + 2 :]:
                prev_end = next(e for n, s0, e in spots if s0 < c_start and n == owned[-1])
                if not _LIST_GAP.match(sentence[prev_end:c_start]):
                    break
                owned.append(c)
            cue = m.group().strip(" ,’'‘")
            out += [OwnershipFound(owner=a, owned=o, cue=cue, share=_share(cue)) for o in owned]
    return _kept(out)


def _kept(found: list[OwnershipFound]) -> list[OwnershipFound]:
    """One holding per pair, and no company owning itself."""
    out: list[OwnershipFound] = []
    for f in found:
        if f.owner != f.owned and not any((o.owner, o.owned) == (f.owner, f.owned) for o in out):
            out.append(f)
    return out
