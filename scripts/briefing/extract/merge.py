"""Deals across the sentences of one article: one deal per party set, its evidence, its history, the main one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from briefing.extract.deals import DealFound
from briefing.model import Deal, Ownership, Party, Ref, StatusStep

# Statuses that close a deal or make it a fact: once stated, a later plain mention does not undo them.
_DECISIVE = ("cancelled", "ended", "completed")
# Deals in which a company, or a part of one, changes hands; with a stake, those "the transaction" may name.
_TRADE_TYPES = frozenset(("acquisition", "merger", "sale"))
_TRADES = _TRADE_TYPES | {"stake"}


def _order(r: Ref) -> tuple[int, int]:
    return (r.paragraph, r.sentence)


# What a buyer takes when it buys part of a company, not the company.
_PARTS = re.compile(
    r"\b(?:pieces?|parts?|assets?|plants?|factor(?:y|ies)|operations?|business(?:es)?|units?|divisions?|brands?|"
    r"sites?|stakes?|shares?|holdings?|interests?)\b",
    re.IGNORECASE,
)
# Agreed words that leave the deal's completion to come: "pending approval", "expected to be completed".
_STILL_TO_COME = re.compile(r"\b(?:pending|once|await|requir|subject to|to (?:close|complete|be ))")
# The types that a generic "partnership" of the same parties can be: told once in detail, once in general.
# A supply deal or a stake between partners is a deal of its own ("will team up" and "will take a BMW engine").
_SPECIFIC = {"joint venture"}
_BEFORE_AGREED = ("rumoured", "in talks", "announced")
_OWN_DEAL = ("stake", "supply", "licensing")
_DEFAULTS = ("active", "announced")  # what a deal named with no word of its status is taken to be


@dataclass(frozen=True)
class Headline:
    """What an article's headline states of deals: the types of deal it gives each set of companies (their groups
    too), and the roles it gives them."""

    types: dict[frozenset[str], set[str]] = field(default_factory=dict)
    roles: frozenset[tuple[str, str]] = frozenset()


# Kinds of deal a headline may name by another: taking part of a company, or working together.
_FAMILIES = ({"stake", "acquisition", "sale", "merger"}, {"joint venture", "mou", "supply", "licensing"})


def _alike(kind: str, told: set[str]) -> bool:
    if not told:
        return False
    if kind == "partnership" or "partnership" in told or kind in told:
        return True
    return any(kind in family and told & family for family in _FAMILIES)


@dataclass
class _Group:
    type: str
    parties: dict[str, str]  # name → role
    subject: str
    cue: str
    ref: Ref
    sentence: str
    evidence: list[Ref] = field(default_factory=list)
    history: list[StatusStep] = field(default_factory=list)
    aside: bool = True  # every report of it names it in passing
    past: bool = False  # a deal before the one the article tells
    share: str | None = None


def _same(group: _Group, f: DealFound) -> bool:
    """The same deal: the same parties, and the same type unless one of them is the generic partnership."""
    if set(group.parties) != {n for n, _r in f.parties} or group.past != f.past:
        return False  # "dissolved a previous tie-up" is another deal than the one revived
    if group.type == f.type == "stake" and _investors(group.parties) and _investors(dict(f.parties)):
        # "Subaru will buy a stake of less than 1% in Toyota" after Toyota's stake in Subaru: two stakes
        return _investors(group.parties) == _investors(dict(f.parties))
    if group.type == f.type:
        return True
    # "ends talks with Nissan": talks that name no kind of deal are the talks of the deal the article names
    if _bare_talks(group.type, group.cue) or _bare_talks(f.type, f.cue):
        return True
    # "entered into a combination agreement ... regarding the proposed transaction": the agreement of the takeover
    generic = group.subject if group.type == "partnership" else f.subject if f.type == "partnership" else ""
    if {group.type, f.type} - {"partnership"} <= _TRADE_TYPES and _ABOUT_THE_TRADE.search(generic):
        return True
    # "the partnership" told of a joint venture is that venture; a supply deal or a stake is another deal
    return {group.type, f.type} - {"partnership"} <= _SPECIFIC and "partnership" in (group.type, f.type)


_ABOUT_THE_TRADE = re.compile(r"\b(?:transaction|acquisition|offer|takeover|merger|combination|tender)\b", re.I)


def _investors(parties: dict[str, str]) -> set[str]:
    return {n for n, r in parties.items() if r == "investor"}


def _told_before(groups: list[_Group], f: DealFound) -> _Group | None:
    """The latest deal already told whose parties include every party of `f`."""
    names = {n for n, _r in f.parties}
    return next((g for g in reversed(groups) if names <= set(g.parties)), None)


def _purchase_of(groups: list[_Group], f: DealFound) -> _Group | None:
    """ "Toyota's stake in Subaru" after Toyota bought it from GM: the stake is that purchase, not a deal of its
    own."""
    roles = dict(f.parties)
    investor = [n for n, r in roles.items() if r == "investor"]
    target = [n for n, r in roles.items() if r == "target"]
    if f.type != "stake" or len(investor) != 1 or len(target) != 1:
        return None
    return next(
        (
            g
            for g in groups
            if g.type == "sale" and g.parties.get(investor[0]) == "buyer" and g.parties.get(target[0]) == "target"
        ),
        None,
    )


def _bare_talks(kind: str, cue: str) -> bool:
    return kind == "partnership" and cue.lower() == "talks"


def _status(history: list[StatusStep], told_after: set[StatusStep]) -> str:
    """The latest decisive status stated, else the first (news states the current position first); but a later
    sentence that says the deal itself was signed or awaits approval ("The transaction is subject to regulatory
    approval") moves a deal planned or in talks on to agreed."""
    decisive = [s for s in history if s.status in _DECISIVE]
    if decisive and decisive[-1].status == "completed" and decisive[-1].cue is None:
        # "expanded its business by purchasing ... The deal is expected to be completed by July": the plain
        # past tense of the lede, then the deal's own sentence saying its completion is still to come
        at = history.index(decisive[-1])
        if any(s in told_after and s.status == "agreed" and _STILL_TO_COME.search(s.cue or "") for s in history[at:]):
            return "agreed"
    if decisive:
        return decisive[-1].status
    if history[0].status in _BEFORE_AGREED and any(s.status == "agreed" and s in told_after for s in history):
        return "agreed"
    first = _said(history)[0]
    if first.status == "active" and any(
        s in told_after and s.status == "agreed" and _STILL_TO_COME.search(s.cue or "") for s in history
    ):
        # "have formed a joint venture ... The deal, which is expected to close next July": formed on paper, in
        # effect only once it closes
        return "agreed"
    return first.status


def _said(history: list[StatusStep]) -> list[StatusStep]:
    """The steps whose words say where the deal stands. "Investors greeted the Rivian-Volkswagen partnership"
    names the deal and says nothing of it (a status by default, with no words); "will execute its joint
    venture" does. A deal told only by name keeps its default."""
    said = [s for s in history if s.cue is not None or s.status not in _DEFAULTS]
    return said or history


def merge_deals(
    found: list[tuple[Ref, str, DealFound]],
    updates: list[tuple[Ref, str, str, bool, frozenset[str]]],
    headline: Headline | None = None,
    spoken: frozenset[int] = frozenset(),
) -> list[Deal]:
    """One deal per party set, with its status history. `spoken`: the paragraphs that are only quoted words."""
    groups: list[_Group] = []
    for ref, sentence, f in found:
        group = next((g for g in groups if _same(g, f)), None)
        # a holding stated in the present ("GM, which holds 20%") is not something done under the agreement
        told = _told_before(groups, f) if f.told and f.status != "active" else _purchase_of(groups, f)
        if (
            told is not None
            and f.type in _OWN_DEAL
            and (told.type == "partnership" or (told.type == "joint venture" and f.type == "stake"))
        ):
            # "As part of the new agreement, Toyota will buy shares in Suzuki": a stake under a capital alliance
            # is a deal of its own, with its investor and target, as it is when told apart; so is one taken in a
            # venture partner ("Under the agreement, Iveco will acquire a 6.4% stake in Force Motors itself")
            told = None
        if told is not None:
            # "Under the agreement, GM will sell shares to Toyota": the deal already told, in more words; its
            # status is that of the step told ("plans to begin supplying"), not of the deal, unless it ends it
            if ref not in told.evidence:
                told.evidence.append(ref)
                if f.status in _DECISIVE:
                    told.history.append(StatusStep(f.status, f.status_cue, ref))
            continue
        if group is None:
            group = _Group(f.type, {}, f.subject, f.cue, ref, sentence, past=f.past)
            groups.append(group)
        if group.type == "partnership" and f.type != "partnership":
            group.type, group.cue = f.type, f.cue
        for name, role in f.parties:
            if group.parties.get(name, "partner") == "partner":
                group.parties[name] = role
        group.subject = group.subject or f.subject
        group.share = group.share or (f.share if group.type == "stake" else None)
        group.aside = group.aside and f.aside
        if ref not in group.evidence:
            group.evidence.append(ref)
        group.history += [StatusStep(status, cue, ref) for status, cue in f.earlier]
        group.history.append(StatusStep(f.status, f.status_cue, ref))
    told_after: set[StatusStep] = set()  # steps told of "the deal" in a later sentence
    for ref, status, cue, of_trade, names in updates:
        # "The plan was scrapped": the deal of the sentence just before, in this paragraph or the last one;
        # "..., but the talks were suspended": the deal of the sentence itself
        own = [g for g in groups if ref in g.evidence]
        step = StatusStep(status, cue, ref)
        if names:
            # "Volvo Trucks and Jiangling Motors will no longer pursue the deal": the one deal of those companies
            theirs = [g for g in groups if names <= set(g.parties)]
            if len(theirs) == 1:
                _attach(theirs[0], step, told_after)
            continue
        recent = own or [
            g
            for g in groups
            if any(r.paragraph == ref.paragraph and r.sentence < ref.sentence for r in g.evidence)
            or any(r.paragraph == ref.paragraph - 1 for r in g.evidence)
        ]
        back = ref.paragraph - 1
        while not recent and back > 0 and back in spoken:
            # a paragraph of quoted words between the deal and its update ("This acquisition strengthens us," the
            # chairman said.) tells no deal: "The deal is expected to close in July" is said of the one before
            back -= 1
            recent = [g for g in groups if any(r.paragraph == back for r in g.evidence)]
        if of_trade:
            # "The transaction is expected to be completed": of the purchase told before, not of the joint venture
            # the paragraph between describes
            trades = [g for g in recent if g.type in _TRADES]
            earlier = [g for g in groups if g.type in _TRADES and min(map(_order, g.evidence)) < _order(ref)]
            recent = trades or (earlier if len(earlier) == 1 else recent)
        if len(recent) == 1:
            _attach(recent[0], step, told_after)
    groups = _fold_background(groups)
    deals = []
    for g in groups:
        history = tuple(_said(sorted(g.history, key=lambda s: _order(s.ref))))
        deals.append(
            Deal(
                type=g.type,
                parties=tuple(Party(n, r) for n, r in g.parties.items()),
                status=_status(list(history), told_after),
                subject=g.subject,
                cue=g.cue,
                ref=g.ref,
                sentence=g.sentence,
                evidence=tuple(sorted(g.evidence, key=_order)),
                history=history,
                past=g.past,
                share=g.share if g.type == "stake" else None,
            )
        )
    return _with_main(deals, headline or Headline(), {i for i, g in enumerate(groups) if g.aside or g.past})


# "Honda and Nissan announced in December that they were going to hold talks", "initially said they were trying
# to": the story of a deal retold after its end is told, in the past
_BACKGROUND = re.compile(
    r"\b(?:were|was)\s+going\s+to\b|\b(?:initially|originally)\b|\bhad\s+(?:said|planned|agreed|announced)\b"
)
_ENDS = frozenset({"cancelled", "ended"})
_OPEN = frozenset({"rumoured", "in talks", "announced", "active"})


def _fold_background(groups: list[_Group]) -> list[_Group]:
    """A deal of some of the companies of one the story says was called off or ended, told after it in the past
    ("Honda and Nissan announced in December that they were going to hold talks"), is that deal's earlier step,
    not a live deal of its own."""
    out = list(groups)
    for d in groups:
        ended = [
            c
            for c in out
            if c is not d
            and any(s.status in _ENDS for s in c.history)
            and len(d.parties) >= 2
            and set(d.parties) <= set(c.parties)
            and len(c.parties) <= len(d.parties) + 1
            and _alike(c.type, {d.type})
            and min(map(_order, c.evidence)) < min(map(_order, d.evidence))
        ]
        if len(ended) == 1 and {s.status for s in d.history} <= _OPEN and _BACKGROUND.search(d.sentence):
            c = ended[0]
            c.history += [s for s in d.history if s.status != "active"]  # a plan retold put nothing in effect
            c.evidence += [r for r in d.evidence if r not in c.evidence]
            out.remove(d)
    return out


def _attach(group: _Group, step: StatusStep, told_after: set[StatusStep]) -> None:
    """A step told of "the deal" in a later sentence, added to the deal it is told of."""
    group.history.append(step)
    if step.ref not in group.evidence:
        group.evidence.append(step.ref)
    told_after.add(step)


def _with_main(deals: list[Deal], headline: Headline, asides: set[int]) -> list[Deal]:
    """The main deal: the one the headline states, when the text states it too, of a like kind and with the roles
    it gives ("Toyota buys stake in Suzuki": Toyota's stake, not Suzuki's stake in Toyota bought in return; "Ford
    and Mazda reshuffle China joint ventures" is no sale of Ford's stake in Mazda); else, as news puts it in the
    lede, a deal first stated in the first paragraph that states one (the first or second: a standfirst may come
    first), the one stated most often."""
    # the headline's companies, or those and one more it leaves out ("Audi Is Buying Ducati" from Investindustrial)
    named = [
        d
        for d in deals
        if any(
            names <= set(d.partners) and len(d.partners) <= len(names) + 1 and _alike(d.type, kinds)
            for names, kinds in headline.types.items()
        )
    ]
    told = [d for i, d in enumerate(deals) if i not in asides]  # "a joint venture between Mazda and CA": no news
    first = min((d.ref.paragraph for d in told), default=None)
    if named:
        # "DaimlerChrysler ends alliance with Hyundai": the partnership it names, before the sale told below it
        exact = {d.type for d in named if any(d.type in kinds for kinds in headline.types.values())}
        given = dict(headline.roles)
        main = max(
            named,
            key=lambda d: (
                # "GM to buy 1 pct stake in China venture from SAIC": not the sale of 2009 in which GM was the seller
                -sum(1 for p in d.parties if p.role != "partner" and given.get(p.name, p.role) != p.role),
                d.type in exact,
                # ... and a stake before a partnership when the headline tells a purchase
                any(d.type in fam and kinds & fam for fam in _FAMILIES for kinds in headline.types.values()),
                len({(p.name, p.role) for p in d.parties} & headline.roles),
                len(d.evidence),
                -deals.index(d),
            ),
        )
    elif first is None or first > 1:
        return deals
    else:
        lede = [d for d in told if d.ref.paragraph == first]
        main = max(lede, key=lambda d: (len(d.evidence), -deals.index(d)))
    return [replace(d, main=d is main) for d in deals]


# "Both firms will hold an equal stake in the venture", "The joint venture company will set up ...": the deal the
# lede told as an agreement is a venture the two own
_VENTURE_AFTER = re.compile(
    r"\b(?:stakes?|shares?|holdings?|interests?)\s+in\s+the\s+(?:new\s+|proposed\s+|planned\s+)?(?:joint\s+)?venture\b"
    r"|\bthe\s+(?:new\s+|proposed\s+|planned\s+)?joint[\s-]venture\b",
    re.IGNORECASE,
)


def told_as_venture(deals: list[Deal], sentences: list[tuple[Ref, str]]) -> list[Deal]:
    """The main deal retyped a joint venture when the lede tells a partnership of two ("finalized an agreement with
    Chery to manufacture and sell luxury vehicles") and the next two paragraphs speak of a stake in "the venture",
    or the story of "the joint venture", and it tells no other venture."""
    main = next((d for d in deals if d.main), None)
    if main is None or main.type != "partnership" or len(main.parties) != 2:
        return deals
    if any(d.type == "joint venture" for d in deals):
        return deals
    told = {r for d in deals if d is not main for r in d.evidence}
    after = [
        text
        for ref, text in sentences
        if _order(ref) > _order(main.ref) and ref not in told and ref.paragraph <= main.ref.paragraph + 2
    ]
    if not any(_VENTURE_AFTER.search(text) for text in after):
        return deals
    return [replace(d, type="joint venture") if d is main else d for d in deals]


def ownership_from_deals(deals: list[Deal], stated: list[Ownership]) -> list[Ownership]:
    """A completed takeover makes the buyer the owner: "bought out Hino in 2019"."""
    out: list[Ownership] = []
    for d in deals:
        buyers, targets = d.with_role("buyer"), d.with_role("target")
        if d.type != "acquisition" or d.status != "completed" or len(buyers) != 1 or len(targets) != 1:
            continue
        if _PARTS.search(d.subject):
            continue  # "bought key pieces of Stankiewicz", "its nine plants": parts of the company, not the company
        if any((o.owner, o.owned) == (buyers[0], targets[0]) for o in [*stated, *out]):
            continue
        step = next((s for s in reversed(d.history) if s.status == "completed"), d.history[-1])
        sentence = d.sentence if step.ref == d.ref else ""
        out.append(Ownership(buyers[0], targets[0], step.cue or d.cue, step.ref, sentence or d.sentence))
    return out
