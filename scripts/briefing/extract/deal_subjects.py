"""Who does the deal a clause states when its run of subjects says more than that, and when a purchase the clause
dates is done: the one an agreement is for ("for Stellantis to acquire"), a holder described by its holding
("Ford, Mazda's biggest shareholder with 33.4 per cent, will offload"), the possessor of a purchase ("YRC's $1.2
billion acquisition of ATG"), a seller looking for buyers. find_deals (deals.py) asks these after the subject run."""

from __future__ import annotations

import re

from briefing.extract.clauses import Spot

# "has been looking for investors to take up majority stake in SsangYong": the buyer is unnamed
_SOUGHT = re.compile(
    r"\b(?:look(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|search(?:es|ed|ing)?\s+for|to\s+find|courting)\s+"
    r"(?:an?\s+|new\s+|other\s+|potential\s+|possible\s+)?(?:[a-z-]+\s+)?(?:investors?|buyers?|bidders?|partners?|suitors?)"
    r"\s+(?:to|who|that|willing)\s+(?:[\w-]+\s+){0,3}$"
)
# "Hella's founding family invited competing bids for their stake": the bids of no one the clause names
_BIDS_INVITED = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|solicit(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed)?\s+for)\s+"
    r"(?:competing\s+|rival\s+|binding\s+|final\s+|new\s+|other\s+)?$",
    re.IGNORECASE,
)
_FOR_TO = re.compile(r"\s+to\s+")
_FOR_BEFORE = re.compile(r"\bfor\s+$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[A-Z][\w’']*\s+){0,2}$")
_SIGNED_BY = re.compile(r"\b(?:agreement|deal|pact|contract)\s+(?:signed|reached|struck|inked)\b[^,;]{0,40}?\bby\s")
_WITH_TO = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+to\s+(?:take|buy|acquire|purchase|subscribe)\b")
_HOLDER_OF = re.compile(r"[’'‘]s\s+(?:[\w-]+\s+){0,2}?(?:shareholder|owner|investor)\b[^,;]{0,40},")
_AFTER_SUBJECT = re.compile(r"^[^,;]{1,60},\s+(?:the\s+)?$")
POSSESSIVE_BEFORE = re.compile(r"[’']s\s+(?:\S*\d\S*\s+(?:billion|million|bn|m|trillion)?\s*)?$")
_PURCHASE_NOUN = re.compile(r"(?:acquisition|purchase|takeover|buyout)s?", re.IGNORECASE)
_DONE_IN_YEAR = re.compile(r"(?:buying|acquiring|purchasing|taking over)\b[^,;]{0,60}?\b(?P<year>in\s+(?:19|20)\d\d)\b")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_NAMED_DONE = re.compile(
    rf"(?:acquisition|purchase|takeover)\s+of\b[^,;]{{0,60}}?\b(?P<year>in\s+(?:{_MONTHS}\s+)?(?:19|20)\d\d)\b"
)


_OWNED_BY = re.compile(
    r",\s+(?:(?:about|some|around)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)|majority|partly|wholly|jointly)?"
    r"[\s-]*(?:owned|controlled|held)\s+by\s+(?:[A-Z]?[a-z][\w-]*\s+){0,2}$"
)


def buyer_sought(clause: str, cue: re.Match[str]) -> bool:
    """ "has been looking for investors to take up majority stake in SsangYong": the subject seeks the one who
    deals, so it does not deal itself."""
    return bool(_SOUGHT.search(clause, 0, cue.start()) or _BIDS_INVITED.search(clause, 0, cue.start()))


def doers(
    clause: str, cue: re.Match[str], kind: str, here: list[Spot], before: list[str]
) -> tuple[list[str], str | None]:
    """The subject run narrowed to those who do the deal, and the company a holder before it is described by (what a
    stake it sells is in), or None."""
    named = [n for n, st, e in here if _FOR_TO.fullmatch(clause, e, cue.start()) and _FOR_BEFORE.search(clause, 0, st)]
    # "the agreement signed by DRB-Hicom with Geely to take a 49.9 per cent equity in Proton": the one an agreement
    # signed by another is made with takes it ("Daimler Truck signed an agreement with Ashok Leyland to acquire"
    # is Daimler Truck's purchase)
    named = named or [
        n
        for n, st, e in here
        if e <= cue.start()
        and _WITH_BEFORE.search(clause, 0, st)
        and _WITH_TO.match(clause, e)
        and _SIGNED_BY.search(clause, 0, st)
    ]
    if named and kind in ("acquisition", "stake"):
        # "announced the signing of a binding agreement for Stellantis to acquire 33.3 percent": the one the agreement
        # is for does the deal, not every company that announces it
        before = named[-1:]
    held = [
        n
        for n, st, e in here
        if e <= cue.start() and _HOLDER_OF.match(clause, e) and _AFTER_SUBJECT.search(clause, 0, st)
    ]
    for n, st, _e in here:
        m = _OWNED_BY.search(clause, max(0, st - 60), st)
        owner_of = [sp for sp in here if m and sp[2] <= m.start()]
        if n in before and m and owner_of:
            # "Jiangling Motors, 32 percent owned by Ford Motors, agreed to sell": the owner only describes the
            # seller, who is the company before it
            before = [owner_of[-1][0] if b == n else b for b in before]
    if held and len(before) > len(held):
        # "Ford, Mazda's biggest shareholder with 33.4 per cent, will offload a 20 per cent stake": Mazda only
        # describes Ford, and is what the stake is in
        before = [n for n in before if n not in held]
    owned = POSSESSIVE_BEFORE.search(clause, 0, cue.start())
    if owned and _PURCHASE_NOUN.fullmatch(cue.group()):
        # "PTG would complement YRC's $1.2 billion acquisition of ATG": the purchase is its possessor's alone
        before = [n for n, _s, e in here if e == owned.start()] or before
    return before, (held[0] if held and len(before) >= 1 and held[0] not in before else None)


def possessed_purchase(clause: str, cue: re.Match[str]) -> bool:
    """ "YRC's $1.2 billion acquisition", "Geely's purchase": a purchase noun after its buyer's possessive."""
    return bool(_PURCHASE_NOUN.fullmatch(cue.group()) and POSSESSIVE_BEFORE.search(clause, 0, cue.start()))


def dated_done(clause: str, cue: re.Match[str], status: str, status_cue: str | None) -> tuple[str, str | None]:
    """A purchase the clause dates, told in passing, is done: ", buying TRW Automotive in 2014", "YRC's $1.2 billion
    acquisition of Alliance Tire Group in July 2016"."""
    if status != "announced":
        return status, status_cue
    done = _DONE_IN_YEAR.match(clause, cue.start())
    if status_cue is None and done and clause[: cue.start()].endswith(", "):
        return "completed", done["year"]
    done = _NAMED_DONE.match(clause, cue.start())
    if done and POSSESSIVE_BEFORE.search(clause[: cue.start()]):
        return "completed", done["year"]
    return status, status_cue
