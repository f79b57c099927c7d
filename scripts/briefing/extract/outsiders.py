"""Companies a sentence names that take no part in its deal: rivals, comparisons, what a deal creates, a venture
named after its noun, the owner of a thing that is no deal, a company named to say what another is."""

from __future__ import annotations

import itertools
import re

from briefing import domain
from briefing.extract.clauses import Spot
from briefing.extract.deal_rules import load_rules

_UNITS = r"(?:joint venture|venture|JV|unit|subsidiary|arm)\b"
_UNIT_OF = re.compile(rf"\s+(?:Ltd|Inc|Corp|Co|AG|SA|SE|Plc|PLC|LLC|NV)\.?[’'‘]s\s+(?:[\w-]+\s+){{0,2}}{_UNITS}")


_FORERUNNER = re.compile(r"[’'‘]s?\s+(?:predecessor|forerunner|successor|former\s+parent|former\s+owner)\s+(?=[A-Z])")


# A model's name after its maker's: a word of letters and digits ("EV6", "GV60", "bZ4X"), or capitals and a number
# ("IONIQ 5"); a year alone is none
_MODEL_NAME = re.compile(r"\s+(?:(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z][\w-]*|[A-Z]{3,}\s+\d+)(?![\w-])")


# ... or "Usha International, part of India's diversified Shriram Group, said it sold": the parent only says who
_PARENT_ASIDE = re.compile(
    r",\s+(?:(?:a|an)\s+(?:(?:wholly[- ]owned|majority[- ]owned|[\w-]+)\s+)?"
    r"(?:subsidiary|unit|division|affiliate|arm)\s+of|(?:a\s+)?part\s+of)\s+(?:[A-Z][a-z]+[’']s\s+)?"
    r"(?:(?:the\s+)?[A-Z]?[a-z][\w-]*\s+|[A-Z]{2,3}-based\s+){0,2}$"
)


def excluded(sentence: str, spots: list[Spot]) -> set[str]:
    """Companies named as rivals, in a comparison, or in a list that follows such a word."""
    out: set[str] = set()
    rules = load_rules()
    for i, (name, start, _end) in enumerate(spots):
        if rules.exclusion.search(sentence, max(0, start - 80), start) and not _rival_as_party(sentence[:start]):
            out.add(name)
            edge = spots[i][2]
            for later, s2, e2 in spots[i + 1 :]:
                # "such as Hyundai IONIQ 5, Kia EV6 and Genesis GV60": a model's name may follow each maker's
                gap = (
                    _MODEL_NAME.sub("", sentence[edge:s2], count=1)
                    if _MODEL_NAME.match(sentence, edge)
                    else sentence[edge:s2]
                )
                if not re.fullmatch(r"[’'‘s]*(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)", gap):
                    break
                out.add(later)
                edge = e2
    for i, (name, start, end) in enumerate(spots):
        before = sentence[max(0, start - 60) : start]
        # "a joint venture called cellcentric": the venture, not a party to it (unless a party of that name is
        # named apart too: "with SAIC and Wuling ... a venture named SAIC Wuling")
        elsewhere = sum(1 for n, _s, _e in spots if n == name) > 1
        if (
            (
                not elsewhere
                and re.search(
                    r"\b(?:venture|JV|company|unit|business)\s+(?:called|named|known\s+as|dubbed)\s+$", before
                )
            )
            # "will keep its autonomous vehicle joint venture Motional alive": the venture's own name
            or re.search(r"\b(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+venture|venture|JV)\s+$", before)
            # "the $741 million JV, Spotlight Automotive,": the venture's name set off after it
            or (
                re.search(
                    r"\b(?:its|their|the|a|an)\s+(?:[\w$.-]+\s+){0,3}?(?:joint\s+venture|venture|JV),\s+$", before
                )
                # "to its partner in the venture, Bosch": the partner named, not the venture
                and not re.search(
                    r"\bpartners?\s+in\s+(?:its|their|the|a|an)\s+(?:[\w$.-]+\s+){0,3}?(?:joint\s+venture|venture|JV),\s+$",
                    before,
                )
            )
            or re.search(
                r"\b(?:the|a|an|its|their)\s+(?:next|new|current|latest|upcoming)(?:[- ]generation)?\s+$", before
            )
            or (
                re.match(r"[’'‘]s\s+", sentence[end : end + 3])
                and (
                    (i + 1 < len(spots) and re.fullmatch(r"[’'‘]s\s+", sentence[end : spots[i + 1][1]]))
                    or re.match(rf"[’'‘]s\s+(?:[\w-]+\s+){{0,2}}{_UNITS}", sentence[end:])
                )
            )
            # "Hitachi Ltd's auto parts subsidiary": the owner of a unit, its legal form before the possessive
            or _UNIT_OF.match(sentence, end) is not None
            # "Stellantis' predecessor PSA Group had purchased": the company named after is the one that acts
            or _FORERUNNER.match(sentence, end) is not None
        ):
            out.add(name)
    # "... and Gotion's planned factory": the owner of a thing that is no deal, not led to by a preposition
    for name, start, end in spots:
        # "a former Nissan factory": the company names whose the thing is
        if re.search(r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+)?$", sentence[:start]) and rules.named_object.match(
            sentence, end
        ):
            out.add(name)
        if rules.owned_object.match(sentence, end) and not re.search(
            r"\b(?:with|to|from|for|by|between|in|into|of|at|on|and\s+between)\s+(?:the\s+)?$", sentence[:start]
        ):
            out.add(name)
    # "to GKN Sinter Metals, Inc., a subsidiary of UK-based GKN plc": the parent only says who the buyer is
    for name, start, _end in spots:
        aside = _PARENT_ASIDE.search(sentence, max(0, start - 80), start)
        # ... but "the acquisition of Brillion Iron Works, a business unit of Accuride": the owner of what is bought,
        # a name off the list, sells it ("part of" always only says who the company before is)
        if aside and (
            "part of" in aside.group()
            or any(
                e == aside.start() or sentence[e : aside.start()].strip(" .,") in ("Inc", "Ltd", "Corp", "Co")
                for _n, _s, e in spots
            )
        ):
            out.add(name)
    # "a 50:50 joint venture that will build Smart models": the brand of the goods made, no party
    for name, start, end in spots:
        if _GOODS_AFTER.match(sentence, end) and _MAKES_BEFORE.search(sentence, max(0, start - 40), start):
            out.add(name)
    # "Geely owns Volvo Cars and a 9.7 percent stake in Daimler": what a company owns is no party to its deal
    for (_n1, _s1, end), (name, start2, _e2) in itertools.pairwise(spots):
        if re.fullmatch(r"\s+(?:also\s+|already\s+)?(?:owns|controls)\s+", sentence[end:start2]):
            out.add(name)
    # "will deepen ties with VW's long-term partner SAIC": the possessor only says who SAIC is
    for (name, start, end), (_n2, start2, _e2) in itertools.pairwise(spots):
        if re.search(r"\bwith\s+$", sentence[max(0, start - 8) : start]) and re.fullmatch(
            r"[’'‘]s?\s+(?:[\w-]+\s+){0,2}(?:partner|ally|supplier)\s+", sentence[end:start2]
        ):
            out.add(name)
    # "Peugeot owner PSA Group agreed to buy Opel": a company named to say what the next one is
    for (name, _start, end), (_n2, start2, _e2) in itertools.pairwise(spots):
        if re.fullmatch(r"\s+(?:owner|parent|maker|makers|brand\s+owner|parent\s+company)\s+", sentence[end:start2]):
            out.add(name)
    # "the CEO of the Leapmotor International joint venture": a venture's own name, one that extends a name in
    # the sentence or ends as ventures' names do ("the Toyota joint venture" may be the one with Toyota)
    names = {n for n, _s, _e in spots}
    suffixes = set(domain.deals().venture_suffixes)
    for name, start, end in spots:
        if (
            re.search(r"\bthe\s+$", sentence[max(0, start - 5) : start])
            and re.match(r"\s+(?:joint\s+venture|venture|JV)\b", sentence[end:])
            and (any(name.startswith(f"{other} ") for other in names) or name.split()[-1] in suffixes)
            and " " in name
        ):
            out.add(name)
    # "signed a joint venture to form a new company by the name of Sony Honda Mobility": a company named after
    # two others in the sentence is what they form, not a party with them
    for name, _start, _end in spots:
        words = f" {name} "
        if sum(f" {other} " in words for other in names if other != name) >= 2:
            out.add(name)
    # "shareholders in the Associated Fuel Pump Systems Corporation (AFCO) and Advanced Driver Information Technology
    # Corporation (ADIT) joint ventures": a list of ventures' names before the plural noun, none of them a party
    for i, (name, _start, end) in enumerate(spots):
        if not _VENTURES_AFTER.match(sentence, end):
            continue
        out.add(name)
        for prev, (_n, s2, _e2) in zip(reversed(spots[:i]), reversed(spots[1 : i + 1]), strict=True):
            if not _LISTED_VENTURE.fullmatch(sentence, prev[2], s2):
                break
            out.add(prev[0])
    # "Spotlight Automotive, the 50:50 joint venture of BMW and Great Wall Motor": the venture is no party
    for name, _start, end in spots:
        if re.match(
            r"[’'‘s]*,\s+(?:the|a|their|its)\s+(?:\S+\s+)?(?:joint venture|venture|JV)\s+(?:of|between)\b",
            sentence[end:],
        ):
            out.add(name)
    return out


_FORM = r"(?:\s+(?:Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|Co\.|LLC))?"
_GOODS_AFTER = re.compile(r"[’'‘s]*\s+(?:[\w-]+\s+)?(?:models?|cars|vehicles|EVs|SUVs|trucks|vans|motorcycles|bikes)\b")
# ... in what a venture is said to do ("that will build"); "whether KGM could assemble SAIC Motor vehicles" keeps
# SAIC Motor, the other side of the deal
_MAKES_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?(?:build|builds|make|makes|produce|produces"
    r"|assemble|assembles)\s+(?:the\s+|new\s+|future\s+)?$"
)
_VENTURES_AFTER = re.compile(rf"{_FORM}(?:\s*\([^()]{{1,20}}\))?\s+(?:joint\s+ventures|ventures|JVs)\b")
_LISTED_VENTURE = re.compile(rf"{_FORM}(?:\s*\([^()]{{1,20}}\))?(?:,\s*|\s+and\s+|,\s+and\s+)")


# "talks with rival Honda", "Nissan and its larger rival Honda": one rival, named as the other side of what
# the sentence tells ("with", "and"), describes the party; "compete with rival Honda" and "rivals such as" do not.
_RIVAL_AS_PARTY = re.compile(
    r"(?<![\w-])(?P<before>[\w-]+)\s+(?:with|and)\s+(?:(?:its|their|the|a|his|her|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rival|competitor|compatriot)\s*$",
    re.IGNORECASE,
)
_CONTEST = re.compile(
    r"compet\w*|vie[sd]?|vying|battl\w*|fight\w*|clash\w*|contend\w*|rac(?:e|es|ed|ing)|compar\w*|catch(?:ing)?"
    r"|level|par|pace|keep|kept|up",
    re.IGNORECASE,
)


# "will buy U.S. rival Metaldyne", "the takeover of its smaller rival": the rival is what a trade is of
_RIVAL_TRADED = re.compile(
    r"(?<![\w-])(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchase[sd]?|purchasing|take\s+over|takes\s+over"
    r"|took\s+over|taking\s+over|(?:acquisition|purchase|takeover)\s+of)\s+(?:(?:its|their|the|a|an)\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:rival|competitor)\s*$",
    re.IGNORECASE,
)


def _rival_as_party(before: str) -> bool:
    m = _RIVAL_AS_PARTY.search(before)
    return (m is not None and not _CONTEST.fullmatch(m["before"])) or _RIVAL_TRADED.search(before) is not None
