"""Deals between companies named in one sentence: the type, who does what, and where the deal stands.

The rules work clause by clause (clauses.py) from the cue words in data/deals.yaml and the grammar around
them: who comes before the cue (the subject), which preposition leads to each company after it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from briefing.extract.clauses import Spot, clauses, owner_descriptions
from briefing.extract.deal_clauses import (
    AGREEMENT_WITH,
    EARLIER_DEAL,
    EXAMPLES,
    NAMED_PARTNER,
    PAST_TALKS,
    REGARDING,
    THEY_REPORTED,
    VENTURE,
    bid_roles,
    counterfactual,
    deal_topic,
    exists_and_will,
    holder_named,
    named_in_passing,
    offer_before,
    offer_made,
    owners_unit,
    reported_other,
    talks_with_to,
    units_merged,
    whole_bought,
    with_another,
)
from briefing.extract.deal_rules import (
    AN_INDUSTRY,
    BUT_FAILED,
    NEGATED_DEAL,
    NOT_COMPLETED,
    TERMS_OPEN,
    DealFound,
    in_condition,
    load_rules,
    refers_back,
    sales_volume,
    stake_in_no_company,
    type_at,
    without_conditions,
)
from briefing.extract.deal_subjects import buyer_sought, dated_done, doers, possessed_purchase
from briefing.extract.holders import buyer_to, owner_of_what_is_bought, seller_from, sold_from_holding, venture_partner
from briefing.extract.outsiders import excluded
from briefing.extract.products import (
    VENTURE_NOUN_AFTER,
    components,
    described_as_venture,
    its_venture,
    lists_partners,
    model_pairs,
    named_ventures,
    venture_runs,
)
from briefing.extract.roles import (
    co_bidder,
    goods_not_company,
    joint_owners,
    party_roles,
    prep_before,
    split_between,
    subject_run,
    unnamed_side,
)
from briefing.extract.status import carried_modal, clause_status, rumour_at, rumour_scopes
from briefing.extract.subjects import subject_text

# a gap in a list of partners, an unknown name or two included: "as Bosch, Visteon, ZF and Valeo"
_PARTNER_LIST_GAP = re.compile(r"(?:,\s*|,?\s+and\s+)(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?(?:,\s*|,?\s+and\s+))*")
# "reached a principal agreement with VDL on the share transfer": shares change hands, no partnership of its own
SHARES_CUE = re.compile(r"transfer|shares?|stake", re.IGNORECASE)
# "the automotive glass business from LKQ", "the 49 per cent it did not previously own from the PSA Group": a part
# of the company after "from", or a share of a company it held
_UNIT_OF_OWNER = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|division|business|arm)\s+of\s+")
_PART_FROM = re.compile(
    r"\s+(?:the\s+|its\s+|a\s+)?(?:[\w()-]+\s+){0,12}?(?:business|unit|division|operations?|assets|plants?|factory|arm"
    r"|\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)(?:\s+(?:it|they)\s+(?:did\s+not|didn't)\s+(?:[a-z]+ly\s+)?own)?)"
    r"\s+from\s+(?:[A-Z]?[a-z][\w-]*\s+|[A-Z][a-z]+[’']s\s+){0,2}"  # "from India's Mahindra"
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_IN_PASSING = re.compile(r",\s+(?:which|who)\s+")
_ANY = re.compile(r"\b(?:any|every)\s+(?:other\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)
_WHEN_TO_COME = re.compile(r"\b(?:when|once|after|as\s+soon\s+as)\s+$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|would|is\s+to|are\s+to|is\s+set\s+to|plans\s+to|expects\s+to)\b")
_TALKS_WITH = re.compile(r"\b(?:in\s+talks|negotiating|in\s+negotiations|in\s+discussions|talking)\s+with\s+", re.I)
_AND_HOLDING = re.compile(r"[’'‘]s?\s+(?:[\d.]+\s*(?:%|per\s?cent|percent)\s+)?(?:stake|holding|shares|shareholding)\b")
_BESIDES = re.compile(r"\b(?:besides|apart\s+from|other\s+than|aside\s+from)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:partners?\s+)?$")
_VIA_ITS = re.compile(r"\b(?:via|through)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$")
_OF_NEAR = re.compile(r"\s+(?:of|in)\s+(?:[\w'’&./-]+\s+){0,6}")
# "will continue to license its engine designs to KLT Hino": what goes on is in effect
_KEEPS = re.compile(r"\bwill\s+(?:retain|keep|continue\s+to\s+[a-z]+)\b")
NEW_VENTURE = re.compile(r"\s+(?:in|of)\s+(?:a|an)\s+(?:planned\s+|proposed\s+)?new\b")


def find_deals(sentence: str, spots: list[Spot]) -> list[DealFound]:
    """Every deal one sentence states between two or more companies, clause by clause. An attribution to
    unnamed sources makes the deals of its own part of the sentence rumours (status.rumour_scopes)."""
    if len({name for name, _s, _e in spots}) < 2:
        return []  # one company cannot deal with itself; most sentences name one or none
    rules = load_rules()
    # "control of Denza, its joint venture brand with Mercedes": the venture is no party
    out_of_deal = excluded(sentence, spots) | ({v} if (v := its_venture(sentence, spots)) else set())
    out_of_deal |= {v} if (v := described_as_venture(sentence, spots)) else set()
    runs = venture_runs(sentence, spots)
    # "the Chang'an Peugeot Citroën joint venture": the run names the venture, its companies no party of the cue's deal
    in_runs = {sp for run in runs if VENTURE_NOUN_AFTER.match(sentence, run[-1][2]) for sp in run}
    # ... told last, so a deal the sentence states of the same companies keeps its own kind
    run_deals = [
        DealFound(
            "joint venture",
            tuple((n, "partner") for n in dict.fromkeys(n for n, _s, _e in run)),
            "active",
            None,
            "joint venture",
            "",
            aside=True,
        )
        for run in runs
    ]
    # "Nissan's 50-50 venture with Dongfeng": the owners of a venture are its parties, though an owner's
    # possessive otherwise takes a company out of the sentence's deal
    found: list[DealFound] = named_ventures(sentence, spots)
    # "the merger of Fiat Chrysler and Peugeot-owner PSA": a brand that describes its owner is no party
    described = {n for n, _s, _e in owner_descriptions(sentence, spots)}
    usable = [s for s in spots if s[0] not in out_of_deal and s[0] not in described and s not in in_runs]
    if len({n for n, _s, _e in usable}) < 2:
        return found + run_deals
    found += components(sentence, usable)
    if lists_partners(sentence, spots):
        return _dedupe(found + run_deals)  # each counted partner is the subject's own, told above; no deal among them
    negated: list[str] = []  # companies of a clause that says they did not do a deal ("but did not invest")
    scopes = rumour_scopes(sentence)
    passing: list[tuple[int, bool]] = []  # (where in `found` a clause's deals start, whether it is a relative clause)
    for lo, hi, carried in clauses(sentence, spots):
        clause = sentence[lo:hi]
        passing.append((len(found), bool(_IN_PASSING.match(clause))))
        # "control of Denza, its joint venture brand with Mercedes": a subject no party is carried no further
        subject = tuple(n for n in carried if n not in out_of_deal)
        rumour = rumour_at(scopes, lo)
        here = [(n, s - lo, e - lo) for n, s, e in usable if lo <= s < hi]
        if neg := NEGATED_DEAL.search(clause):
            negated += [*subject, *(n for n, s, _e in here if s < neg.start())]
            continue
        if TERMS_OPEN.search(clause):
            continue  # "The parties haven't agreed on the value of the AvtoVAZ stake": the talks, told elsewhere
        typed = type_at(clause)
        if typed is None:
            found += model_pairs(clause, here, rumour)
            continue
        kind, cue = typed
        if _ANY.search(clause, 0, cue.start()):
            continue  # "contrary to the spirit of any successful alliance": a kind of deal, no deal of theirs
        if kind == "stake" and cue.group().endswith(" in") and AN_INDUSTRY.match(clause, cue.end()):
            continue  # "has had success investing in the automotive industry, including with Lear": no stake in Lear
        if any(VENTURE_NOUN_AFTER.fullmatch(sentence, run[-1][2], lo + cue.end()) for run in runs):
            continue  # "by the Chang'an Peugeot Citroën joint venture": the words name that venture, told above
        # "determined they will not complete a previously announced joint venture": a deal told before, called off
        dropped = NOT_COMPLETED.search(clause, 0, cue.start())
        if rules.negation.search(clause[: cue.start()]) and not dropped:
            negated += [*subject, *(n for n, s, _e in here if s < cue.start())]
            continue
        # "the joint venture" names a deal told before, unless two companies before it are its parents ("LG and
        # Honda announced the formal establishment of the EV battery joint venture", "GM and Honda will wind down
        # the joint venture"); "the integration talks" stays a deal told before
        named_by = {n for n, s, _e in here if s < cue.start()}
        parents = len(named_by) >= 2 and VENTURE.fullmatch(cue.group())
        told_before = refers_back(clause, cue) and not parents
        if (
            rules.conjecture.search(clause[: cue.start()])
            or counterfactual(clause, here)
            or told_before
            or sales_volume(clause, cue)
        ):
            continue
        if in_condition(sentence, lo + cue.start()):
            continue  # "once a merger is finalised": a condition about the future tells no deal
        if (
            kind in ("acquisition", "sale")
            and not offer_before(clause, cue, here)
            and goods_not_company(clause, cue, here)
        ):
            kind = "supply"
        before = subject_run(clause, cue, subject, here)
        if buyer_sought(clause, cue):
            continue  # "has been looking for investors to take up majority stake in SsangYong": an unnamed buyer
        before, described_by = doers(clause, cue, kind, here, before)
        # "he is in negotiations with Porsche to buy the German manufacturer's shares": the one he talks with is
        # no buyer
        before = [n for n in before if not talks_with_to(clause, cue, here, n)]
        they = THEY_REPORTED.search(clause, 0, cue.start()) or reported_other(clause, cue, here)
        if they and len({n for n, s, _e in here if s < they.start()}) == 1:
            # "Toyota said they would set up a company with Denso", "Mazda said Toyota and Subaru would form a
            # venture": one who says is not all of "they", nor one of the others it names
            before = [n for n in before if not any(m == n and s < they.start() for m, s, _e in here)]
        after = [(n, s, e) for n, s, e in here if s >= cue.end() and n not in before]
        # "will buy a 25 percent stake in MV Agusta via its AMG performance unit": the buyer's own vehicle, no target
        after = [a for a in after if not _VIA_ITS.search(clause, 0, a[1])]
        # "... and sell a range of electric cars in China, according to a Ford news release": the source, no party
        after = [a for a in after if not _ACCORDING_TO.search(clause, 0, a[1])]
        # "other Chinese partners in Changan and Jiangling besides Zotye": the one set apart is not of this deal
        after = [a for a in after if not _BESIDES.search(clause, 0, a[1])]
        before = [n for n in before if not any(m == n and _BESIDES.search(clause, 0, st) for m, st, _e in here)]
        if kind in ("acquisition", "sale", "stake", "merger"):
            # "buying Chrysler along with partner Onex Corp.": one who buys beside the buyer, nothing bought
            after = [a for a in after if not _ALONG_WITH.search(clause, 0, a[1])]
        if possessed_purchase(clause, cue):
            # "Stroll acknowledged Geely's purchase at the very end of a statement ... Aston Martin's debt": what a
            # possessor's purchase buys follows it ("YRC's acquisition of ATG"), or the clause does not say
            after = [a for a in after if _OF_NEAR.fullmatch(clause, cue.end(), a[1])]
        if kind == "sale" and described_by and described_by not in {n for n, _s, _e in after}:
            after = [(described_by, cue.end(), cue.end()), *after]  # the stake sold is in it
        if with_another(clause, cue, here):
            continue  # "Cruise's partnership with Japan's SoftBank, announced May 31, means GM can": not with GM
        if unnamed_side(clause, cue.end(), here):
            continue  # "a joint venture between Carlane and Eagers to retail BYD cars": a side we do not know
        if (about := REGARDING.search(clause, cue.end())) and any(s < about.start() for _n, s, _e in after):
            # "an agreement with DRB-HICOM regarding the future of PROTON": what the deal is about, no party
            after = [a for a in after if a[1] < about.start()]
        if kind == "stake" and stake_in_no_company(clause, cue, after):
            # "raise its stake in its joint venture with GAC to 75%": the venture itself is told, in effect
            partner = venture_partner(clause, cue, after)
            if before and partner:
                pair = tuple((n, "partner") for n in [*before, partner])
                # "announced a majority stake in a new joint venture alongside Horizon Robotics": a venture to come
                status, status_cue = ("active", None)
                if NEW_VENTURE.match(clause, cue.end()):
                    status, status_cue = clause_status(without_conditions(sentence, lo, hi), "joint venture", rumour)
                found.append(DealFound("joint venture", pair, status, status_cue, "joint venture", ""))
            continue
        stated = without_conditions(sentence, lo, hi)  # what the clause says is so, its conditions left out
        modal = carried_modal(sentence[:lo], clause[: cue.start()]) if subject else ""
        status, status_cue = clause_status(modal + stated, kind, rumour, len(modal) + cue.start())
        if failed := BUT_FAILED.match(sentence, hi):
            # "had also sought to acquire Hella, its partner on front-end modules, but lost out to Faurecia"
            status, status_cue = "cancelled", failed["words"]
        if dropped:
            status, status_cue = "cancelled", dropped.group().strip()
        if kind == "sale" and status == "ended" and status_cue and re.match(r"sold\b", status_cue, re.IGNORECASE):
            status = "completed"  # "has sold its remaining shares in Denso": the holding ended, the sale is done
        if (
            status == "active"
            and status_cue is None
            and _WHEN_TO_COME.search(sentence, 0, lo)
            and _WILL.search(sentence, 0, lo)
        ):
            # "Nissan will follow Toyota into China when it signs a joint venture deal this week": still to come
            status = "announced"
        if status in ("in talks", "rumoured") and PAST_TALKS.search(sentence, 0, lo + cue.start()):
            continue  # "In the past, Tata had also explored partnering with Peugeot": talks of the past, not now
        if (
            NAMED_PARTNER.fullmatch(cue.group())
            and any(st == cue.end() + 1 for _n, st, _e in after)
            and not re.search(r"\b(?:will|would|to|may|could|can|shall|might)\s+$", clause[: cue.start()])
        ):
            status, status_cue = "active", None  # "synergies with Japanese partner Nissan": a partner it has
        if NAMED_PARTNER.fullmatch(cue.group()) and after and len(clause[cue.end() : after[0][1]].split()) > 4:
            continue  # "its trading partner Mitsui & Co Ltd will own 51% of Selangor Auto": the partner is unnamed
        if NAMED_PARTNER.fullmatch(cue.group()) and after:
            # "its trading partner Mitsui & Co Ltd will own 51% of Selangor Auto": the partners are the names right
            # after the noun, not what the clause goes on to name
            listed = after[:1]
            for (_a, _s, e), nxt in itertools.pairwise(after):
                if not _PARTNER_LIST_GAP.fullmatch(clause[e : nxt[1]]):
                    break
                listed.append(nxt)
            after = listed
        if status == "announced" and (exists_and_will(clause, here) or _KEEPS.search(clause)):
            # "the partnership between Ford and Changan will retain ...", "BMW's partner, Brilliance, will retain
            # 25% of the venture": what goes on is in effect
            status, status_cue = "active", None
        status, status_cue = dated_done(clause, cue, status, status_cue)
        earlier = offer_made(status, status_cue)
        whole = kind == "acquisition" and whole_bought(clause, cue)
        owner = owner_of_what_is_bought(clause, cue, after) if kind in ("acquisition", "stake") and not whole else None
        if owner is None and kind in ("acquisition", "stake") and not whole:
            owner = holder_named(clause, cue, after)
        if owner is None and kind == "acquisition" and not whole and before:
            # "to acquire the automotive glass business from LKQ Corp.": a part of the company after "from", bought
            # from it; "the acquisition of Brillion Iron Works, a business unit of Accuride": bought from its owner
            owner = next((n for n, st, _e in after if _PART_FROM.fullmatch(clause, cue.end(), st)), None)
            if owner is None and not after and (unit := _UNIT_OF_OWNER.match(sentence, hi)):
                owner = next((n for n, st, _e in usable if st == unit.end()), None)
        if owner is None and kind == "stake" and before:
            owner = seller_from(sentence, lo + cue.end(), usable, before)
        if kind == "sale" and not before and (holder := owner_of_what_is_bought(clause, cue, after)):
            # "The sale of Nissan Motor's 1.5% stake in German automaker Daimler signals ...": the holder sells it,
            # to no one the clause names
            held = [n for n, st, _e in after if n != holder and prep_before(clause, cue.end(), st, after) == "in"]
            if held:
                parties = ((holder, "seller"), (held[0], "target"))
                found.append(DealFound("sale", parties, status, status_cue, cue.group(), "", earlier=earlier))
                continue
        if owner and before:
            # "will buy Stellantis’s 50 per cent stake in FIAPL": bought from its owner, so a sale with roles
            targets = [
                n for n, s, _e in after if n != owner and prep_before(clause, cue.end(), s, after) in ("in", "of")
            ]
            if not targets:
                # "bought Ford's Swedish car brand Volvo Cars": the owner's unit, named after its description
                targets = [n for n, s, _e in after if n != owner and owners_unit(clause, after, owner, s)]
            # "... Itochu Corp's 40 per cent stake in KLT Hino Ltd and Hino Motors' 15 per cent stake": a second seller
            also = [
                n
                for n, st, e in after
                if n not in (owner, *targets) and _AND_HOLDING.match(clause, e) and re.search(r"\band\s+$", clause[:st])
            ]
            roles = (
                [(n, "buyer") for n in before]
                + [(n, "seller") for n in dict.fromkeys([owner, *also])]
                + [(n, "target") for n in targets[:1]]
            )
            found.append(
                DealFound(
                    "sale",
                    tuple(roles),
                    status,
                    status_cue,
                    cue.group(),
                    deal_topic(subject_text(clause, cue, here)),
                    earlier=earlier,
                )
            )
            continue
        if kind == "merger" and (units := units_merged(clause, cue, after)):
            # "Daimler Truck and Toyota have agreed to merge their Fuso and Hino businesses": the units merge
            pair = tuple((n, "partner") for n in units)
            found.append(DealFound("merger", pair, status, status_cue, cue.group(), "", earlier=earlier))
            continue
        joint = joint_owners(clause, before, kind)
        topic = deal_topic(subject_text(clause, cue, here))
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
            # "SAIC ... including such partner companies as Bosch, ZF and Valeo": each is SAIC's partner, not the
            # others'; so are "two of Chang'an's joint venture partners in China, Ford and PSA"
            or NAMED_PARTNER.fullmatch(cue.group())
            or (kind == "joint venture" and bool(re.match(r"\s+partners\b", clause[cue.end() :])))
            or (
                kind == "partnership"
                and withs
                and (cue.group().lower().endswith("with") or re.match(r"\s+with\b", clause[cue.end() :]))
            )
        )
        if (
            separate
            and len(before) == 1
            and len({n for n, _s, _e in after}) >= 2
            and not re.search(r"\bbetween\b", clause)
            # "investments to be made by SMC in SMG": the one "by" whom is no other side of the subject's deal
            and not any(prep_before(clause, cue.end(), s, after) == "by" for _n, s, _e in after)
        ):
            for one in dict.fromkeys(n for n, _s, _e in after):
                spot = next(a for a in after if a[0] == one)
                roles = party_roles(kind, clause, cue, before, [spot], listed=after)
                if kind == "stake" and co_bidder(roles, spot, [a for a in after if a[0] != one], clause, cue.end()):
                    continue  # "to buy 25 percent of AvtoVAZ ... with partner Renault": Renault bids beside Nissan
                if len(roles) >= 2:
                    found.append(DealFound(kind, tuple(roles), status, status_cue, cue.group(), topic, earlier=earlier))
            continue
        if rules.separate.search(cue.group()) and not after and EXAMPLES.search(clause, 0, cue.start()):
            continue  # "Toyota, Volkswagen AG and other carmakers have been forging partnerships": each its own
        actor_end = max([e for _n, s, e in here if s < cue.start()], default=0)
        head = subject[-1] if subject and subject[-1] not in before else None
        roles = party_roles(kind, clause, cue, before, after, actor_end, head) or bid_roles(
            kind, clause, cue, before, after
        )
        sold_to = (
            buyer_to(sentence, hi, usable, [n for n, _r in roles])
            if kind == "sale" and roles and not any(r == "buyer" for _n, r in roles)
            else None
        )
        if sold_to:  # "sold its stake in ZFLS, a steering systems producer, to its partner in the venture, Bosch"
            roles = [*roles, (sold_to, "buyer")]
        if (
            not roles
            and len(set(before)) >= 2
            and AGREEMENT_WITH.search(clause, 0, cue.start())
            and not SHARES_CUE.search(cue.group())
        ):
            # "finalized an agreement with Chery to manufacture and sell cars in China": the goods sold have no
            # buyer named, but the agreement with Chery is a partnership of its own
            kind, roles = "partnership", [(n, "partner") for n in dict.fromkeys(before)]
            status, status_cue = clause_status(stated, kind, rumour)
        if (
            not roles
            and kind == "stake"
            and len(set(before)) >= 2
            and _TALKS_WITH.search(clause, 0, cue.start())
            and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", clause[: cue.start()])
            and re.fullmatch(r"(?:stake|shareholding|holding)s?", cue.group(), re.IGNORECASE)
        ):
            # "Daihatsu is negotiating with Perodua to increase its shareholding": a stake the two talk over, who
            # holds what the clause leaves to the talks, as "talks with Changan over a stake" does
            roles = [(n, "partner") for n in dict.fromkeys(before)]
        if not subject and named_in_passing(clause, cue, [n for n, s, _e in here if s < cue.start()], roles):
            continue
        if len({n for n, _r in roles}) >= 2:
            found.append(DealFound(kind, tuple(roles), status, status_cue, cue.group(), topic, earlier=earlier))
        found += joint
        if kind == "sale" and before and (partner := venture_partner(clause, cue, after)) and partner not in before:
            # "Changan is selling its stake in a 50-50 car venture with PSA": the venture they share is told too
            pair = tuple((n, "partner") for n in [*before, partner])
            found.append(DealFound("joint venture", pair, "active", None, "joint venture", ""))
    # "Dongfeng, which makes cars with Nissan Motor Co and PSA Peugeot Citroen in China, will inject capital into
    # Fujian Motor": a deal told in a relative clause is named in passing, never the news
    ends = [at for at, _r in passing[1:]] + [len(found)]
    for (at, relative), end in zip(passing, ends, strict=True):
        if relative:
            found[at:end] = [replace(f, aside=True) for f in found[at:end]]
    if negated:
        # "held talks about buying a stake in Nissan but did not invest": the talks came to nothing
        found = [
            replace(f, status="cancelled", status_cue="did not") if any(n in negated for n, _r in f.parties) else f
            for f in found
        ]
    if rules.told.match(sentence):
        found = [replace(f, told=True) for f in found]
    found = [replace(f, past=True) if _told_as_earlier(sentence, f.cue) else f for f in found]
    found += sold_from_holding(sentence, usable, found)
    return _dedupe(found + run_deals)


def _told_as_earlier(sentence: str, cue: str) -> bool:
    at = sentence.find(cue)
    return at > 0 and EARLIER_DEAL.search(sentence, max(0, at - 60), at) is not None


def _dedupe(found: list[DealFound]) -> list[DealFound]:
    out: list[DealFound] = []
    for f in found:
        if not any(set(f.parties) == set(o.parties) and f.type == o.type for o in out):
            out.append(f)
    return out
