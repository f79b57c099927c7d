"""Deals between companies named in one sentence: the type, who does what, and where the deal stands.

The rules work clause by clause (clauses.py) from the cue words in data/deals.yaml and the grammar around
them: who comes before the cue (the subject), which preposition leads to each company after it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from briefing.extract.amounts import find_money
from briefing.extract.clauses import Spot, clauses, owner_descriptions
from briefing.extract.deal_rules import (
    HOLDING_WORDS,
    NEGATED_DEAL,
    DealFound,
    in_condition,
    load_rules,
    refers_back,
    sales_volume,
    stake_in_no_company,
    type_at,
    without_conditions,
)
from briefing.extract.holders import owner_of_what_is_bought, seller_from, venture_partner
from briefing.extract.outsiders import excluded
from briefing.extract.products import components, its_venture, model_pairs, named_ventures
from briefing.extract.roles import (
    goods_not_company,
    joint_owners,
    party_roles,
    prep_before,
    split_between,
    subject_run,
)
from briefing.extract.status import clause_status, rumour_at, rumour_scopes
from briefing.extract.subjects import describes, subject_text


def find_deals(sentence: str, spots: list[Spot]) -> list[DealFound]:
    """Every deal one sentence states between two or more companies, clause by clause. An attribution to
    unnamed sources makes the deals of its own part of the sentence rumours (status.rumour_scopes)."""
    if len({name for name, _s, _e in spots}) < 2:
        return []  # one company cannot deal with itself; most sentences name one or none
    rules = load_rules()
    # "control of Denza, its joint venture brand with Mercedes": the venture is no party
    out_of_deal = excluded(sentence, spots) | ({v} if (v := its_venture(sentence, spots)) else set())
    # "Nissan's 50-50 venture with Dongfeng": the owners of a venture are its parties, though an owner's
    # possessive otherwise takes a company out of the sentence's deal
    found: list[DealFound] = named_ventures(sentence, spots)
    # "the merger of Fiat Chrysler and Peugeot-owner PSA": a brand that describes its owner is no party
    described = {n for n, _s, _e in owner_descriptions(sentence, spots)}
    usable = [s for s in spots if s[0] not in out_of_deal and s[0] not in described]
    if len({n for n, _s, _e in usable}) < 2:
        return found
    found += components(sentence, usable)
    negated: list[str] = []  # companies of a clause that says they did not do a deal ("but did not invest")
    scopes = rumour_scopes(sentence)
    for lo, hi, carried in clauses(sentence, spots):
        clause = sentence[lo:hi]
        # "control of Denza, its joint venture brand with Mercedes": a subject no party is carried no further
        subject = tuple(n for n in carried if n not in out_of_deal)
        rumour = rumour_at(scopes, lo)
        here = [(n, s - lo, e - lo) for n, s, e in usable if lo <= s < hi]
        if neg := NEGATED_DEAL.search(clause):
            negated += [*subject, *(n for n, s, _e in here if s < neg.start())]
            continue
        typed = type_at(clause)
        if typed is None:
            found += model_pairs(clause, here, rumour)
            continue
        kind, cue = typed
        if rules.negation.search(clause[: cue.start()]):
            negated += [*subject, *(n for n, s, _e in here if s < cue.start())]
            continue
        # "the joint venture" names a deal told before, unless two companies before it are its parents ("LG and
        # Honda announced the formal establishment of the EV battery joint venture", "GM and Honda will wind down
        # the joint venture"); "the integration talks" stays a deal told before
        named_by = {n for n, s, _e in here if s < cue.start()}
        parents = len(named_by) >= 2 and _VENTURE.fullmatch(cue.group())
        told_before = refers_back(clause, cue) and not parents
        if (
            rules.conjecture.search(clause[: cue.start()])
            or _counterfactual(clause, here)
            or told_before
            or sales_volume(clause, cue)
        ):
            continue
        if in_condition(sentence, lo + cue.start()):
            continue  # "once a merger is finalised": a condition about the future tells no deal
        if (
            kind in ("acquisition", "sale")
            and not _offer_before(clause, cue, here)
            and goods_not_company(clause, cue, here)
        ):
            kind = "supply"
        before = subject_run(clause, cue, subject, here)
        they = _THEY_REPORTED.search(clause, 0, cue.start()) or _reported_other(clause, cue, here)
        if they and len({n for n, s, _e in here if s < they.start()}) == 1:
            # "Toyota said they would set up a company with Denso", "Mazda said Toyota and Subaru would form a
            # venture": one who says is not all of "they", nor one of the others it names
            before = [n for n in before if not any(m == n and s < they.start() for m, s, _e in here)]
        after = [(n, s, e) for n, s, e in here if s >= cue.end() and n not in before]
        if _with_another(clause, cue, here):
            continue  # "Cruise's partnership with Japan's SoftBank, announced May 31, means GM can": not with GM
        if (about := _REGARDING.search(clause, cue.end())) and any(s < about.start() for _n, s, _e in after):
            # "an agreement with DRB-HICOM regarding the future of PROTON": what the deal is about, no party
            after = [a for a in after if a[1] < about.start()]
        if kind == "stake" and stake_in_no_company(clause, cue, after):
            # "raise its stake in its joint venture with GAC to 75%": the venture itself is told, in effect
            partner = venture_partner(clause, cue, after)
            if before and partner:
                pair = tuple((n, "partner") for n in [*before, partner])
                found.append(DealFound("joint venture", pair, "active", None, "joint venture", ""))
            continue
        stated = without_conditions(sentence, lo, hi)  # what the clause says is so, its conditions left out
        status, status_cue = clause_status(stated, kind, rumour, cue.start())
        if status in ("in talks", "rumoured") and _PAST_TALKS.search(sentence, 0, lo + cue.start()):
            continue  # "In the past, Tata had also explored partnering with Peugeot": talks of the past, not now
        if (
            _NAMED_PARTNER.fullmatch(cue.group())
            and any(st == cue.end() + 1 for _n, st, _e in after)
            and not re.search(r"\b(?:will|would|to|may|could|can|shall|might)\s+$", clause[: cue.start()])
        ):
            status, status_cue = "active", None  # "synergies with Japanese partner Nissan": a partner it has
        if status == "announced" and _exists_and_will(clause, here):
            status, status_cue = "active", None  # "the partnership between Ford and Changan will retain ..."
        earlier = _offer_made(status, status_cue)
        whole = kind == "acquisition" and whole_bought(clause, cue)
        owner = owner_of_what_is_bought(clause, cue, after) if kind in ("acquisition", "stake") and not whole else None
        if owner is None and kind in ("acquisition", "stake") and not whole:
            owner = _holder_named(clause, cue, after)
        if owner is None and kind == "stake" and before:
            owner = seller_from(sentence, lo + cue.end(), usable, before)
        if owner and before:
            # "will buy Stellantis’s 50 per cent stake in FIAPL": bought from its owner, so a sale with roles
            targets = [
                n for n, s, _e in after if n != owner and prep_before(clause, cue.end(), s, after) in ("in", "of")
            ]
            if not targets:
                # "bought Ford's Swedish car brand Volvo Cars": the owner's unit, named after its description
                targets = [n for n, s, _e in after if n != owner and _owners_unit(clause, after, owner, s)]
            roles = [(n, "buyer") for n in before] + [(owner, "seller")] + [(n, "target") for n in targets[:1]]
            found.append(
                DealFound(
                    "sale",
                    tuple(roles),
                    status,
                    status_cue,
                    cue.group(),
                    _about(subject_text(clause, cue, here)),
                    earlier=earlier,
                )
            )
            continue
        joint = joint_owners(clause, before, kind)
        topic = _about(subject_text(clause, cue, here))
        groups = split_between(clause, here)
        if groups:
            found += [
                DealFound(
                    kind, tuple((n, "partner") for n in g), status, status_cue, cue.group(), topic, earlier=earlier
                )
                for g in groups
            ]
            continue
        # "set up plants with LG and SK On", "supplies Isuzu and Hino": one subject, each of the others apart
        withs = all(prep_before(clause, cue.end(), s, after) in ("with", "and", None) for _n, s, _e in after)
        separate = (
            rules.separate.search(cue.group())
            or kind in ("supply", "stake", "licensing")
            or (kind == "partnership" and withs and cue.group().lower().endswith("with"))
        )
        if (
            separate
            and len(before) == 1
            and len({n for n, _s, _e in after}) >= 2
            and not re.search(r"\bbetween\b", clause)
        ):
            for one in dict.fromkeys(n for n, _s, _e in after):
                spot = next(a for a in after if a[0] == one)
                roles = party_roles(kind, clause, cue, before, [spot], listed=after)
                if len(roles) >= 2:
                    found.append(DealFound(kind, tuple(roles), status, status_cue, cue.group(), topic, earlier=earlier))
            continue
        if rules.separate.search(cue.group()) and not after and _EXAMPLES.search(clause, 0, cue.start()):
            continue  # "Toyota, Volkswagen AG and other carmakers have been forging partnerships": each its own
        actor_end = max([e for _n, s, e in here if s < cue.start()], default=0)
        head = subject[-1] if subject and subject[-1] not in before else None
        roles = party_roles(kind, clause, cue, before, after, actor_end, head) or _bid_roles(
            kind, clause, cue, before, after
        )
        if not roles and len(set(before)) >= 2 and _AGREEMENT_WITH.search(clause, 0, cue.start()):
            # "finalized an agreement with Chery to manufacture and sell cars in China": the goods sold have no
            # buyer named, but the agreement with Chery is a partnership of its own
            kind, roles = "partnership", [(n, "partner") for n in dict.fromkeys(before)]
            status, status_cue = clause_status(stated, kind, rumour)
        if not subject and _named_in_passing(clause, cue, [n for n, s, _e in here if s < cue.start()], roles):
            continue
        if len({n for n, _r in roles}) >= 2:
            found.append(DealFound(kind, tuple(roles), status, status_cue, cue.group(), topic, earlier=earlier))
        found += joint
        if kind == "sale" and before and (partner := venture_partner(clause, cue, after)) and partner not in before:
            # "Changan is selling its stake in a 50-50 car venture with PSA": the venture they share is told too
            pair = tuple((n, "partner") for n in [*before, partner])
            found.append(DealFound("joint venture", pair, "active", None, "joint venture", ""))
    if negated:
        # "held talks about buying a stake in Nissan but did not invest": the talks came to nothing
        found = [
            replace(f, status="cancelled", status_cue="did not") if any(n in negated for n, _r in f.parties) else f
            for f in found
        ]
    if rules.told.match(sentence):
        found = [replace(f, told=True) for f in found]
    return _dedupe(found)


def _owners_unit(clause: str, after: list[Spot], owner: str, start: int) -> bool:
    """Whether the company at `start` follows its owner's name, its possessive and a description of it."""
    owner_end = next((e for n, _s, e in after if n == owner and e <= start), None)
    if owner_end is None:
        return False
    between = re.sub(r"^[’'‘]s?", "", clause[owner_end:start])
    return describes(between)


_PAST_TALKS = re.compile(
    r"^\W*(?:In the past|Years ago|Previously|Earlier)\b"
    r"|\bhad (?:also |previously |once )?(?:explored|discussed|considered)\b"
)
_THEY_REPORTED = re.compile(r"\b(?:said|says|added)\b(?:\s+[\w-]+){0,4}?\s+(?:that\s+)?they\b")
# "a merger, which would have brought together Alfa Romeo, Jeep and Dacia": what did not happen
_COUNTERFACTUAL = re.compile(r"\bwould(?: not)? have\b", re.IGNORECASE)


def _counterfactual(clause: str, here: list[Spot]) -> bool:
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


def _exists_and_will(clause: str, here: list[Spot]) -> bool:
    return any(
        _THE_DEAL.search(clause, 0, s1) and clause[e1:s2] == " and " and _IT_WILL.match(clause, e2)
        for (_a, s1, e1), (_b, s2, e2) in itertools.pairwise(here)
    )


# "a partnership with Japan's SoftBank": the partner named right after the cue, a name not on the company list
_WITH_PHRASE = re.compile(r"\s+with\s+(?P<phrase>[^,;:()]+)")
_NAME = re.compile(
    r"\b(?!(?:The|A|An|Its|Their|His|Her|Our|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&.-]+"
)


def _with_another(clause: str, cue: re.Match[str], here: list[Spot]) -> bool:
    """The phrase after "with" names someone, and no company on the list: the partner is one this site does not
    know, not a company named later in the clause."""
    m = _WITH_PHRASE.match(clause, cue.end())
    return (
        m is not None
        and _NAME.search(m["phrase"]) is not None
        and not any(m.start("phrase") <= s < m.end("phrase") for _n, s, _e in here)
    )


_BACK = re.compile(r"\b(?:it|its|itself|the company|the group|us|our|we)\b", re.IGNORECASE)


def _reported_other(clause: str, cue: re.Match[str], here: list[Spot]) -> re.Match[str] | None:
    for _n, s, _e in here:
        if s < cue.start() and (said := _SAID_THAT.search(clause, 0, s)):
            # "Arcadia said that Foxconn would build its first truck": the one who says is named again
            return None if _BACK.search(clause, said.end()) else said
    return None


_REGARDING = re.compile(
    r"\b(?:regarding|concerning|relating to|in relation to|(?:on|over|about|for) the (?:future|fate) of)\s",
    re.IGNORECASE,
)

# "Toyota, Volkswagen AG and other carmakers": companies named as examples of a kind, not as one side of a deal
_EXAMPLES = re.compile(r"\b(?:and|or)\s+other\s+(?:[a-z-]+\s+)?[a-z]+s\b")


def _offer_before(clause: str, cue: re.Match[str], here: list[Spot]) -> bool:
    """ "a takeover bid for Kia": what is bought "for" the company is an offer for it, not goods."""
    first = min((s for _n, s, _e in here if s >= cue.end()), default=len(clause))
    return bool(load_rules().offer.search(clause, cue.end(), first))


def whole_bought(clause: str, cue: re.Match[str]) -> bool:
    """ "acquire all the shares of Nissan": the whole company is bought, so Nissan is its target, not a seller."""
    m = load_rules().shares_bought.match(clause, cue.end())
    return m is not None and bool(m["whole"])


def _holder_named(clause: str, cue: re.Match[str], after: list[Spot]) -> str | None:
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


def _bid_roles(
    kind: str, clause: str, cue: re.Match[str], before: list[str], after: list[Spot]
) -> list[tuple[str, str]]:
    """ "Hyundai's takeover bid for Kia": the company an offer to buy is made "for" is its target."""
    if kind != "acquisition" or len(before) != 1 or not after or not _offer_before(clause, cue, after):
        return []
    if not re.search(r"\bfor\s+(?:the\s+)?$", clause[cue.end() : after[0][1]]):
        return []
    return [(before[0], "buyer"), (after[0][0], "target")]


_AGREEMENT_WITH = re.compile(
    r"\b(?:agreement|deal|pact|partnership|alliance|tie-up|memorandum of understanding|MoU)\s+with\b", re.IGNORECASE
)
_VENTURE = re.compile(r"(?:joint\s+)?ventures?|JVs?", re.IGNORECASE)
# "its Japanese partner Nissan", "alliance partner Nissan": the word that names a company as a partner already
_NAMED_PARTNER = re.compile(r"(?:partner|ally)", re.IGNORECASE)


def _offer_made(status: str, cue: str | None) -> tuple[tuple[str, str], ...]:
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
    r"(?:through|via|on|at|from|by|under|during|over|in|into|across|with)\b|equals$|the past$", re.IGNORECASE
)


def _about(subject: str) -> str:
    if _NOT_ABOUT.match(subject) or find_money(subject) or _PARTY_WORD.fullmatch(subject.strip()):
        return ""  # "agreed with its JV partner": the word for a party says nothing of what the deal is about
    return subject


def _named_in_passing(clause: str, cue: re.Match[str], before: list[str], roles: list[tuple[str, str]]) -> bool:
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


def _dedupe(found: list[DealFound]) -> list[DealFound]:
    out: list[DealFound] = []
    for f in found:
        if not any(set(f.parties) == set(o.parties) and f.type == o.type for o in out):
            out.append(f)
    return out
