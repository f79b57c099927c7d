"""What the words of a clause say about the deal its cue names, beyond its type: which companies it names are no
party ("Mazda said Toyota and Subaru would ..."), whether the deal happened ("which would have brought
together"), whether it stands ("the partnership between Ford and Changan will retain"), and what it is about.
find_deals (deals.py) asks these in turn."""

from __future__ import annotations

import itertools
import re

from briefing.extract.amounts import find_money
from briefing.extract.clauses import Spot
from briefing.extract.deal_rules import HOLDING_WORDS, load_rules
from briefing.extract.subjects import describes


def owners_unit(clause: str, after: list[Spot], owner: str, start: int) -> bool:
    """Whether the company at `start` follows its owner's name, its possessive and a description of it."""
    owner_end = next((e for n, _s, e in after if n == owner and e <= start), None)
    if owner_end is None:
        return False
    between = re.sub(r"^[’'‘]s?", "", clause[owner_end:start])
    return describes(between)


PAST_TALKS = re.compile(
    r"^\W*(?:In the past|Years ago|Previously|Earlier)\b"
    r"|\bhad (?:also |previously |once )?(?:explored|discussed|considered)\b"
    # "had initially signaled interest in acquiring a 20% stake": a first step the story has moved on from
    r"|\bhad (?:initially|originally|first|earlier) (?:signall?ed|expressed|shown|voiced|indicated)\b"
)
THEY_REPORTED = re.compile(r"\b(?:said|says|added)\b(?:\s+[\w-]+){0,4}?\s+(?:that\s+)?they\b")
# "a merger, which would have brought together Alfa Romeo, Jeep and Dacia": what did not happen
_COUNTERFACTUAL = re.compile(r"\bwould(?: not)? have\b", re.IGNORECASE)


def counterfactual(clause: str, here: list[Spot]) -> bool:
    """Every company of the clause is one a deal "would have brought together": a deal that did not happen
    (not "called off talks about a merger that would have sold 5 million cars", whose companies came first)."""
    cf = _COUNTERFACTUAL.search(clause)
    return cf is not None and all(s > cf.start() for _n, s, _e in here)


# "Mazda said on Monday that Toyota": a reporting verb, then another company as the subject of what is said
_SAID_THAT = re.compile(
    r"\b(?:said|says|added|stated)(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|today|yesterday))?,?\s+(?:that\s+)?$"
)


# "the partnership between Ford and Changan will retain the plants": a deal that is, the subject of what it will
# do; "the venture between A and B will be formed" is one still to come
_THE_DEAL = re.compile(
    r"\bthe\s+(?:partnership|joint\s+venture|venture|JV|alliance|tie-up|cooperation|collaboration)\s+between\s+$",
    re.IGNORECASE,
)
_IT_WILL = re.compile(
    r"\s+will\s+(?!(?:be|become|start|begin|launch|form|open|take\s+effect|come|go|need|have\s+to)\b)[a-z]+"
)


# "the $741 million JV, Spotlight Automotive, also will produce EVs": the venture as the subject of what it does
_VENTURE_WILL = re.compile(
    r"\bthe\s+(?:[\w$.,-]+\s+){0,3}?(?:joint\s+venture|venture|JV)(?:,\s+[^,;]{1,60},)?\s+(?:also\s+)?will\s+"
    r"(?!(?:be|become|start|begin|launch|form|open|take\s+effect|come|go|need|have\s+to)\b)[a-z]+",
    re.IGNORECASE,
)


def exists_and_will(clause: str, here: list[Spot]) -> bool:
    return bool(_VENTURE_WILL.search(clause)) or any(
        _THE_DEAL.search(clause, 0, s1) and clause[e1:s2] == " and " and _IT_WILL.match(clause, e2)
        for (_a, s1, e1), (_b, s2, e2) in itertools.pairwise(here)
    )


# "a partnership with Japan's SoftBank": the partner named right after the cue, a name not on the company list
_WITH_PHRASE = re.compile(r"\s+with\s+(?P<phrase>[^,;:()]+)")
_NAME = re.compile(
    r"\b(?!(?:The|A|An|Its|Their|His|Her|Our|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&.-]+"
)


def with_another(clause: str, cue: re.Match[str], here: list[Spot]) -> bool:
    """The phrase after "with" names someone, and no company on the list: the partner is one this site does not
    know, not a company named later in the clause."""
    m = _WITH_PHRASE.match(clause, cue.end())
    return (
        m is not None
        and _NAME.search(m["phrase"]) is not None
        and not any(m.start("phrase") <= s < m.end("phrase") for _n, s, _e in here)
    )


_SAID_OTHERS = re.compile(
    r"\b(?:said|says)\s+(?:that\s+)?(?:its\s+)?(?:stakeholders|shareholders|investors|owners|sellers|holders)\b"
)
_BACK = re.compile(r"\b(?:it|its|itself|the company|the group|us|our|we)\b", re.IGNORECASE)


# "Volkswagen also said its premium Audi brand had signed a memorandum with SAIC": the one who says tells what its
# unit does, and is no party to it
_SAID_ITS = re.compile(
    r"\b(?:said|says|added|stated|announced)(?:\s+(?:on\s+\w+|today|yesterday))?,?\s+(?:that\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
_UNIT_AFTER = re.compile(r"\s+(?:brand|unit|subsidiary|division|arm|affiliate)\b")


def reported_other(clause: str, cue: re.Match[str], here: list[Spot]) -> re.Match[str] | None:
    for _n, s, e in here:
        if s < cue.start() and (said := _SAID_ITS.search(clause, 0, s)) and _UNIT_AFTER.match(clause, e):
            return said
        if s < cue.start() and (said := _SAID_THAT.search(clause, 0, s)):
            # "Arcadia said that Foxconn would build its first truck": the one who says is named again
            return None if _BACK.search(clause, said.end()) else said
    # "Investindustrial said stakeholders X and Y also sold their stakes in Ducati": others, off the list, act
    said = _SAID_OTHERS.search(clause, 0, cue.start())
    return None if said is None or _BACK.search(clause, said.end()) else said


REGARDING = re.compile(
    r"\b(?:regarding|concerning|relating to|in relation to|(?:on|over|about|for) the (?:future|fate) of)\s",
    re.IGNORECASE,
)

# "Toyota, Volkswagen AG and other carmakers": companies named as examples of a kind, not as one side of a deal
EXAMPLES = re.compile(r"\b(?:and|or)\s+other\s+(?:[a-z-]+\s+)?[a-z]+s\b")


def offer_before(clause: str, cue: re.Match[str], here: list[Spot]) -> bool:
    """ "a takeover bid for Kia": what is bought "for" the company is an offer for it, not goods."""
    first = min((s for _n, s, _e in here if s >= cue.end()), default=len(clause))
    return bool(load_rules().offer.search(clause, cue.end(), first))


def whole_bought(clause: str, cue: re.Match[str]) -> bool:
    """ "acquire all the shares of Nissan": the whole company is bought, so Nissan is its target, not a seller."""
    m = load_rules().shares_bought.match(clause, cue.end())
    return m is not None and bool(m["whole"])


def holder_named(clause: str, cue: re.Match[str], after: list[Spot]) -> str | None:
    """ "the purchase of Nissan's 49 percent stake in", "acquire Northvolt AB's 50 per cent shareholding in": the
    company whose holding is bought, its legal form between its name and the possessive, sells it."""
    if not after or not re.fullmatch(r"\s+(?:of\s+)?(?:the\s+|its\s+|a\s+)?", clause[cue.end() : after[0][1]]):
        return None
    held = re.match(
        rf"(?:\s+[A-Z][\w.]*){{0,2}}[’'‘]s?\s+(?:(?:about|around|nearly|remaining|entire|whole)\s+)?"
        rf"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+)?(?:[\w-]+\s+){{0,3}}?{HOLDING_WORDS}\b",
        clause[after[0][2] :],
    )
    return after[0][0] if held else None


def bid_roles(
    kind: str, clause: str, cue: re.Match[str], before: list[str], after: list[Spot]
) -> list[tuple[str, str]]:
    """ "Hyundai's takeover bid for Kia": the company an offer to buy is made "for" is its target."""
    if kind != "acquisition" or len(before) != 1 or not after or not offer_before(clause, cue, after):
        return []
    if not re.search(r"\bfor\s+(?:the\s+)?$", clause[cue.end() : after[0][1]]):
        return []
    return [(before[0], "buyer"), (after[0][0], "target")]


AGREEMENT_WITH = re.compile(
    r"\b(?:agreement|deal|pact|partnership|alliance|tie-up|memorandum of understanding|MoU)\s+with\b", re.IGNORECASE
)
VENTURE = re.compile(r"(?:joint\s+)?ventures?|JVs?", re.IGNORECASE)
# "its Japanese partner Nissan", "alliance partner Nissan": the word that names a company as a partner already
NAMED_PARTNER = re.compile(r"(?:partner|ally)", re.IGNORECASE)


def offer_made(status: str, cue: str | None) -> tuple[tuple[str, str], ...]:
    """ "withdrew its merger offer": the offer the words name was made before it was withdrawn, so the deal was
    first an offer (in talks), then called off."""
    if status != "cancelled" or cue is None:
        return ()
    offers = list(load_rules().offer.finditer(cue))
    if not offers:
        return ()
    named = re.search(r"(?:[a-z][\w-]*\s+)?$", cue[: offers[-1].start()])
    return (("in talks", ((named.group() if named else "") + offers[-1].group()).strip()),)


# What a deal is about is words, not a figure or where it is done: "acquire through the market ¥20 billion of
# shares" says how and how much, not what.
_PARTY_WORD = re.compile(r"(?:partners?|company|companies|group|firm|carmaker|automaker|side|sides)", re.IGNORECASE)
# "greeted the partnership with excitement", "a merger of equals": words of how, or of whom, not of what
_NOT_ABOUT = re.compile(
    r"(?:through|via|on|at|from|by|under|during|over|in|into|across|with)\b|equals$|the past$|all(?: of)?$"
    r"|the matter\b|after$|before$|since$"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$",
    re.IGNORECASE,
)
# "Toyota and Isuzu in 2018 dissolved a previous, 12-year capital tie-up": a deal before the one told now
EARLIER_DEAL = re.compile(
    r"\b(?:a|an|the|their|its)\s+(?:previous|earlier|prior|former|past)\b[\s,\w-]{0,30}$", re.IGNORECASE
)


def deal_topic(subject: str) -> str:
    if _NOT_ABOUT.match(subject) or find_money(subject) or _PARTY_WORD.fullmatch(subject.strip()):
        return ""  # "agreed with its JV partner": the word for a party says nothing of what the deal is about
    return subject


def named_in_passing(clause: str, cue: re.Match[str], before: list[str], roles: list[tuple[str, str]]) -> bool:
    """ "Mitsubishi will decide on joining the merger between Nissan and Honda": the company the clause names before
    a deal already named ("the") is no party to it; the clause says what that company does, not where the deal
    stands. A subject carried from another clause ("Stellantis, the group formed through the merger of ...") is not
    this case."""
    named = {n for n, _r in roles}
    return (
        bool(before)
        and not named & set(before)
        and bool(re.search(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", clause[: cue.start()], re.IGNORECASE))
    )


def units_merged(clause: str, cue: re.Match[str], after: list[Spot]) -> list[str]:
    """ "merge their Fuso and Hino businesses": the units of the subjects that merge, listed after "their"."""
    if len(after) < 2 or not re.fullmatch(r"\s+(?:their|its)\s+", clause[cue.end() : after[0][1]]):
        return []
    units = [after[0][0]]
    for (_a, _s, e), (b, s2, _e2) in itertools.pairwise(after):
        if not re.fullmatch(r",\s*|,?\s+and\s+", clause[e:s2]):
            break
        units.append(b)
    last = next(e for n, _s, e in after if n == units[-1])
    unit = r"\s+(?:businesses|units|operations|subsidiaries|divisions|brands|arms|companies)\b"
    return units if len(units) >= 2 and re.match(unit, clause[last:]) else []


def talks_with_to(clause: str, cue: re.Match[str], here: list[Spot], name: str) -> bool:
    """The company is the one the subject talks with, before the purchase it talks about ("in advanced
    negotiations with Porsche to buy")."""
    return any(
        n == name
        and re.search(
            r"\b(?:talks|negotiations|discussions|negotiating|talking)\s+with\s+(?:[\w-]+\s+){0,2}$", clause[:s]
        )
        and re.fullmatch(r"[^,;]{0,40}?\bto\s+", clause[e : cue.start()])
        for n, s, e in here
    )
