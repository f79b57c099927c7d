"""Who holds what a deal buys or raises: the owner of a stake bought ("Nissan's 49 percent stake in"), the seller
named after an aside ("from GM"), the partner of a venture a stake is raised in ("its joint venture with GAC"), and
the holding a relative clause names that its holder sells from ("Ford, which owns 33.4 percent of Mazda, will sell")."""

from __future__ import annotations

import itertools
import re

from briefing.extract.clauses import Spot
from briefing.extract.deal_rules import HOLDING_WORDS, PARTNER_ASIDE, DealFound
from briefing.extract.status import clause_status
from briefing.extract.subjects import describes, placed


def owner_of_what_is_bought(clause: str, cue: re.Match[str], after: list[Spot]) -> str | None:
    """The company whose stake, unit or business the clause buys: "Nissan's 49 percent stake in", "the hose
    business of Continental"."""
    if not after:
        return None
    name, start, end = after[0]
    lead = clause[cue.end() : start]
    # "purchase 11% of Aptiv's common equity interest in Motional": a part of the owner's holding
    part = r"(?:(?:about|around|nearly|some|another)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+of\s+)?"
    # "buy out all of Japanese auto-maker Nissan's shares in their ventures": all of the owner's holding
    # "completed the acquisition of substantially all of Kongsberg Automotive's Interior Comfort Systems (ICS)
    # business unit": the owner's unit, however many words and a bracket name it
    whole = re.fullmatch(
        rf"\s+(?:of\s+)?(?:out\s+)?(?:(?:substantially|nearly|almost|virtually)\s+)?(?:all\s+(?:of\s+)?)?{part}"
        rf"(?:the\s+|its\s+|a\s+)?(?P<d>.*)",
        lead,
    )
    if (whole and (not whole["d"].strip() or describes(" " + whole["d"]) or placed(whole["d"]))) and re.match(
        rf"[’'‘]s?\s+(?:(?:about|around|nearly|remaining|entire|whole)\s+)?"
        rf"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+)?"
        rf"(?:[\w-]+\s+(?:\([^()]{{1,40}}\)\s+)?){{0,4}}?{HOLDING_WORDS}\b",
        clause[end:],
    ):
        return name
    # "offered to buy back the shares that Volkswagen paid 1.7 billion euros for": the holder the relative clause
    # names sells them
    if re.fullmatch(
        rf"\s+(?:back\s+)?(?:the|its|their)\s+(?:[\w%.-]+\s+){{0,3}}?{HOLDING_WORDS}\s+(?:that|which)\s+", lead
    ):
        return name
    # "the acquisition of Ford Motors Swedish car brand Volvo Cars": a possessive written without its
    # apostrophe, told by the description of the second company between the two names
    if len(after) >= 2 and re.fullmatch(r"\s+(?:of\s+)?", lead) and describes(clause[end : after[1][1]]):
        return name
    # "the hose business of Continental" is Continental's; "20 percent of the shares of Leapmotor" are shares
    # Leapmotor issued, a stake in it, not a holding it sells
    # ... and so is "the Restraint Electronics Business of Visteon Corporation", its name in capitals
    held = re.search(rf"\b(?P<w>{HOLDING_WORDS})\s+of\s+(?:the\s+)?$", lead, re.IGNORECASE)
    if held and len(lead.split()) <= 10 and not re.fullmatch(r"shares?|stock|equity", held["w"]):
        return name
    return None


def _named_after(
    sentence: str, pos: int, spots: list[Spot], skip: list[str], tail: re.Pattern[str], first: bool
) -> str | None:
    """The first company after `pos`, outside `skip`, whose gap from `pos` ends in `tail`, within 150 characters
    and no clause's end; with `first`, only the first company after `pos` may be it."""
    for name, start, _end in spots:
        if start < pos or name in skip:
            continue
        gap = sentence[pos:start]
        if len(gap) > 150 or re.search(r"[;:]", gap):
            return None
        if tail.search(gap):
            return name
        if first:
            return None
    return None


_FROM = re.compile(r"\bfrom\s+(?:[a-z][\w-]*\s+){0,2}$")
_TO_AFTER_ASIDE = re.compile(rf",\s+to\s+(?:{PARTNER_ASIDE})?$")


def seller_from(sentence: str, pos: int, spots: list[Spot], buyers: list[str]) -> str | None:
    """The company a stake is bought "from", in the clause or after an apposition that interrupts it: "will buy
    a 9 percent stake in Subaru, the maker of ..., from GM"."""
    return _named_after(sentence, pos, spots, buyers, _FROM, first=False)


def buyer_to(sentence: str, pos: int, spots: list[Spot], parties: list[str]) -> str | None:
    """The company a stake is sold "to" after an apposition that interrupts the clause: "sold its 50% stake in
    ZFLS, a steering systems producer, to its partner in the venture, Bosch"."""
    return _named_after(sentence, pos, spots, parties, _TO_AFTER_ASIDE, first=True)


def venture_partner(clause: str, cue: re.Match[str], after: list[Spot]) -> str | None:
    """The partner of "a stake in its joint venture (in China) with GAC": the one company right after "with"
    or "alongside"."""
    # "selling its stake in a 50-50 car venture with PSA": after a verb, the stake it sells comes first
    m = re.match(
        r"(?:\s+(?:out\s+)?(?:its|their)\s+(?:[\w.%-]+\s+){0,2}?(?:stake|holding|share|interest))?"
        r"\s+(?:in|of)\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+venture|venture|JV)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:(?:together\s+)?with|alongside)\s+",
        clause[cue.end() :],
        re.IGNORECASE,
    )
    if not m:
        return None
    at = cue.end() + m.end()
    # "alongside Chinese tech firm Horizon Robotics": the partner may come after a description of it
    return next((n for n, s, _e in after if s >= at and _DESCRIPTION.fullmatch(clause, at, s)), None)


_DESCRIPTION = re.compile(r"(?:[A-Z][a-z]+[’']s\s+)?(?:[A-Z]?[a-z][\w-]*\s+){0,4}")


# "Ford, which owns 33.4 percent of Mazda, will sell about a 20 percent stake": the holding the relative clause
# names is what is sold from
_HOLDER_WHICH = re.compile(
    r",\s+which\s+(?:already\s+)?(?:owns|holds)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.]+\s*"
    r"(?:%|per\s?cent|percent)\s+(?:stake\s+in\s+|of\s+)(?:[A-Z]?[a-z][\w’'-]*\s+){0,2}$"
)
_WILL_SELL = re.compile(
    r"(?:\s*\([^()]*\))?,\s+(?:will|would|is\s+to|plans\s+to|has\s+agreed\s+to|agreed\s+to|is\s+set\s+to)\s+"
    r"(?:sell|offload|dispose\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:a\s+|an\s+)?[\d.]+\s*"
    r"(?:%|per\s?cent|percent)\b"
)


def sold_from_holding(sentence: str, spots: list[Spot], found: list[DealFound]) -> list[DealFound]:
    """ "Ford, which owns 33.4 percent of Mazda, will sell about a 20 percent stake": a sale by the holder of what
    the relative clause says it holds, unless the sentence's deals already tell it."""
    out: list[DealFound] = []
    for (holder, _s1, e1), (held, s2, e2) in itertools.pairwise(spots):
        if holder == held or not _HOLDER_WHICH.fullmatch(sentence, e1, s2) or not (m := _WILL_SELL.match(sentence, e2)):
            continue
        if any({holder, held} <= {n for n, _r in f.parties} and f.type == "sale" for f in found):
            continue
        status, cue = clause_status(sentence[e2:], "sale", None)
        out.append(DealFound("sale", ((holder, "seller"), (held, "target")), status, cue, m.group().strip(", "), ""))
    return out
