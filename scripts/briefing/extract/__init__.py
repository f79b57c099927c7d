"""Run every extraction rule over an article and assemble its facts, each tied to its sentence."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from briefing import domain
from briefing.classify.labels import label_sentences
from briefing.classify.topics import classify_paragraphs
from briefing.extract.amounts import dollar_for, find_money
from briefing.extract.companies import find_companies, short_forms
from briefing.extract.dates import article_date
from briefing.extract.deals import DealFound, find_deals
from briefing.extract.defined import defined_names, with_defined
from briefing.extract.described import named_things
from briefing.extract.figure_periods import (
    figure_period,
    forecast_period,
    lead_period,
    per_share_of_previous,
    takes_lead_period,
)
from briefing.extract.figures import figure_owner
from briefing.extract.gazetteer import Gazetteer
from briefing.extract.kinds import beat_margin, figure_kinds
from briefing.extract.merge import Headline, merge_deals, ownership_from_deals, told_as_venture
from briefing.extract.ownership import find_ownership, stake_size
from briefing.extract.people import find_people
from briefing.extract.periods import find_periods
from briefing.extract.quotes import paragraph_quotes
from briefing.extract.references import ReferenceState
from briefing.extract.regions import figure_region
from briefing.extract.speakers import people_and_quotes
from briefing.extract.status import status_update
from briefing.model import Article, ArticleFacts, Deal, Mention, Money, Ownership, Paragraph, Ref
from briefing.read.datelines import dateline_end
from briefing.read.sentences import QUOTED

Spot = tuple[str, int, int]


def _clause(sentence: str, start: int, end: int, lead: int = 0) -> str:
    """The clause a figure sits in, verbatim: what the money is. It starts no earlier than `lead`, where the
    sentence's own words start after a dateline ("OSLO, May 2 (Wire) -" is not what the money is)."""
    lead = lead if lead <= start else 0
    lo = lead
    for cut in re.finditer(r"[,;:]\s+|\s+(?:and|but|while|whereas)\s+", sentence[:start]):
        # "Its revenue and other income rose to X": an "and" between two short nouns joins them, ending nothing;
        # nor does one inside a gloss in brackets ("operating profit (earnings before interest and taxes)")
        joins = cut.group().strip() == "and" and len(sentence[lo : cut.start()].split()) <= 3
        glossed = sentence[: cut.start()].count("(") > sentence[: cut.start()].count(")")
        if cut.end() > lead and not joins and not glossed:
            lo = cut.end()
    m = re.search(r"[,;:.](?:\s|$)|\s+(?:and|but|while|as)\s+", sentence[end:])
    hi = end + m.start() if m else len(sentence)
    return sentence[lo:hi].strip()


def _one_side(sentence: str, spots: list[Spot], gazetteer: Gazetteer) -> list[Spot]:
    """ "Tata/JLR": a parent and its unit joined by a slash are one side of a deal, named by the unit."""
    out: list[Spot] = []
    for spot in spots:
        if out and sentence[out[-1][2] : spot[1]] == "/":
            left, right = out[-1][0], spot[0]
            if left in gazetteer.ancestors(right):
                out[-1] = spot
                continue
            if right in gazetteer.ancestors(left):
                continue
            if _siblings(left, right, gazetteer):
                continue  # "Vauxhall/Opel": two brands of one owner, sold and run as one business, one side
        out.append(spot)
    return out


def _siblings(left: str, right: str, gazetteer: Gazetteer) -> bool:
    a, b = gazetteer.get(left), gazetteer.get(right)
    return (
        a is not None
        and b is not None
        and a.kind == b.kind == "brand"
        and a.parent is not None
        and a.parent == b.parent
    )


_UNIT_OF_TITLE = re.compile(r"\s+(?:Business\s+)?(?:Unit|Division|Department|Vertical)\b")
# "Wuling Motors", "Lotus Cars Ltd": a brand's name with a maker's word after it names a company of its own
_MAKER_WORD = re.compile(r"\s+(?:Motors?|Automobiles?|Automotive|Auto|Cars)\b")


def _outside_each_other(
    parties: tuple[tuple[str, str], ...], gazetteer: Gazetteer, companies: frozenset[str] = frozenset()
) -> tuple[tuple[str, str], ...]:
    """A brand does not deal with its own group (Lexus and Toyota): keep the group, drop the brand. A brand
    its buyer acquires stays: "Geely will acquire 51 percent of Lotus" tells a time before today's company list.
    So does one the article names as a company (`companies`): "with SAIC and Wuling Motors" (in 2002)."""
    names = [n for n, _r in parties]

    def is_brand_of_party(name: str) -> bool:
        company = gazetteer.get(name)
        return (
            company is not None
            and company.kind == "brand"
            and name not in companies
            and any(q in gazetteer.ancestors(name) for q in names)
        )

    buyers = {n for n, r in parties if r in ("buyer", "investor")}
    bought = {n for n, r in parties if r == "target" and buyers & set(gazetteer.ancestors(n))}
    return tuple((n, r) for n, r in parties if n in bought or not is_brand_of_party(n))


def _not_with_own_units(
    found: list[tuple[Ref, str, DealFound]], ownership: list[Ownership]
) -> list[tuple[Ref, str, DealFound]]:
    """Toyota "working with Isuzu and Hino", where the article says Hino is Toyota's: a company and a unit
    the article says it controls are one side of a partnership. Buying, selling or merging a unit stays a deal."""
    controlled = {(o.owner, o.owned) for o in ownership if not o.share or float(o.share.rstrip("%")) >= 50}
    out = []
    for ref, sentence, f in found:
        names = [n for n, _r in f.parties]
        if f.type not in ("acquisition", "sale", "stake", "merger"):
            kept = tuple((n, r) for n, r in f.parties if not any((o, n) in controlled for o in names))
            if len(kept) < 2:
                continue
            f = replace(f, parties=kept)
        out.append((ref, sentence, f))
    return out


def _the_company(article: Article, defined: dict[str, str], gazetteer: Gazetteer) -> dict[str, str]:
    """A filing's "the Company", never defined in it: the one known company its headline names ("Tata Motors
    Statement ... the Company has signed an agreement"). A headline that names none, or several, leaves it out."""
    if not article.headline or "Company" in defined or "the Company" in defined:
        return {}
    named = {n for n, _t, _s, _e, known in find_companies(article.headline, gazetteer) if known}
    if len(named) != 1 or not re.search(r"\b[Tt]he Company\b", article.raw_text):
        return {}
    return dict.fromkeys(("the Company", "The Company"), next(iter(named)))


def _headline(article: Article, gazetteer: Gazetteer) -> Headline:
    """The deals a headline states ("Honda And Nissan Agree To Share Battery Plants"), with their types and the
    roles it gives ("Toyota buys stake in Suzuki": Toyota the investor): the headline names the article's main
    deal. Title Case is read as lower case, names apart."""
    if not article.headline:
        return Headline()
    text = article.headline
    spots = [(n, s, e) for n, _t, s, e, _k in find_companies(text, gazetteer, short_forms(article.raw_text, gazetteer))]
    chars = list(text)
    for i, ch in enumerate(text):
        if not any(s <= i < e for _n, s, e in spots):
            chars[i] = ch.lower()
    told = find_deals("".join(chars), _one_side(text, spots, gazetteer))
    types: dict[frozenset[str], set[str]] = {}
    for f in told:
        names = sorted({n for n, _r in f.parties})
        types.setdefault(frozenset(names), set()).add(f.type)
        # a headline's "Hyundai" is the text's "Hyundai Motor Group" too: its group names the same deal
        for combo in itertools.product(*([n, *gazetteer.ancestors(n)] for n in names)):
            if len(set(combo)) >= 2:
                types.setdefault(frozenset(combo), set()).add(f.type)
    return Headline(types, frozenset(p for f in told for p in f.parties if p[1] != "partner"))


@domain.compiled
def _deal_words() -> re.Pattern[str]:
    words = sorted(domain.deals().deal_anaphors, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.IGNORECASE)


# "The transaction is expected to be completed": an update said of a trade, not of a venture or a partnership
_TRADE_WORD = re.compile(r"\b(?:transaction|purchase|acquisition|takeover|share sale|sale)\b", re.IGNORECASE)
# ", but the talks were suspended"; "would build an SUV for Lincoln but canceled the project"
_BUT = re.compile(r"(?:,|;)\s+(?:but|though|although|yet)\s+|\s+but\s+(?!also\b|not\b|only\b)")


# A company's results in a deal's sentence are no figure of the deal: "With annual sales of about $900 million,
# PTG would complement YRC's $1.2 billion acquisition of ATG".
_NOT_A_DEALS = frozenset(
    (
        "revenue",
        "profit",
        "loss",
        "operating profit",
        "share price",
        "profit per share",
        "loss per share",
        "debt",
        "cash",
    )
)


def _figures_of_deals(money: list[Money], deals: list[Deal], named: set[Ref]) -> list[Money]:
    """Each figure with the deal its sentence reports: the one deal the sentence states, or the article's main
    deal when the figure is a party's and its clause names "the venture", "the deal" ("M&M will invest ₹500
    crore in the venture"), or when it is a deal's value in a sentence that names no company ("The purchase
    price was $2 billion"). A deal's value in a sentence that names its own companies and states no deal the
    site read ("Tata bought Jaguar from Ford in 2008 for $2.3 billion") is another deal's. The owner stays the
    one the grammar gives; classify/conflicts.py compares a deal's figures by their deal; `named` holds the
    sentences that name a company."""
    by_ref: dict[Ref, set[tuple[str, ...]]] = {}
    for d in deals:
        for ref in d.evidence:
            by_ref.setdefault(ref, set()).add(tuple(sorted(set(d.partners))))
    main = next((d for d in deals if d.main), None)
    out = []
    for m in money:
        stated = by_ref.get(m.ref, set())
        deal: tuple[str, ...] = ()
        if len(stated) == 1 and m.kind not in _NOT_A_DEALS:
            deal = next(iter(stated))
        elif not stated and main:
            party = m.company in main.partners and _deal_words().search(m.what)
            unnamed = m.kind == "deal value" and m.company is None and m.ref not in named
            if party or unnamed:
                deal = tuple(sorted(set(main.partners)))
        out.append(replace(m, deal=deal))
    return out


def _subheading(p: Paragraph) -> bool:
    """A short line of its own with no full stop, after the lede."""
    text = p.text.strip()
    return p.index > 0 and len(p.sentences) == 1 and len(text.split()) <= 8 and not re.search(r"[.!?:;\"”’)]$", text)


def extract_article(article: Article, gazetteer: Gazetteer) -> ArticleFacts:
    mentions: list[Mention] = []
    found: list[tuple[Ref, str, DealFound]] = []
    # (ref, status, cue, of a trade, the companies it names) stated about "the deal"; "the transaction", "the
    # purchase" are said of a trade
    updates: list[tuple[Ref, str, str, bool, frozenset[str]]] = []
    ownership: list[Ownership] = []
    money: list[Money] = []
    dollar = dollar_for(article.raw_text)
    forms = set(gazetteer.by_surface)
    state = ReferenceState()
    defined = defined_names([p.text for p in article.paragraphs], gazetteer)
    defined.update(_the_company(article, defined, gazetteer))
    day = article_date(article)
    lead: tuple[str, str | None] | None = None  # the lead's period and its subject
    leadless: list[int] = []  # figures with no period of their own that take the lead's
    short = short_forms(article.raw_text, gazetteer)
    things = named_things(article.raw_text)
    speaking: list[tuple[str, int, int, int]] = []  # references that say something: (company, start, end, paragraph)
    texts = [p.text for p in article.paragraphs]
    for k, p in enumerate(article.paragraphs):
        # A company inside a person's role ("a former BMW executive") is not a party to a deal.
        roles = [h.role_span for h in find_people(p.text, forms) if h.role_span]
        # ... nor one in a quote, however its marks are mixed, or however many paragraphs it runs over
        spoken = [(q.start, q.end) for q in paragraph_quotes(texts, k)]
        for s in p.sentences:
            ref = Ref(article.slug, p.index, s.index)
            hits = find_companies(s.text, gazetteer, short)
            if defined:
                hits = with_defined(s.text, hits, defined, gazetteer)
            hits = [h for h in hits if h[4] or h[0] not in things]  # "a 38% stake in Thacker Pass", a mine's name
            lead_end = (
                dateline_end(s.text, [(st, e) for _n, _t, st, e, _k in hits])
                if ref.sentence == 0 and ref.paragraph <= 1
                else 0
            )
            for name, text, start, end, known in hits:
                if (
                    not known
                    and _UNIT_OF_TITLE.match(s.text, end)
                    and any(lo <= s.start + start < hi for lo, hi in roles)
                ):
                    continue  # "Head of Emerging Mobility Business Unit": a part of a title, no company of its own
                mentions.append(Mention(name, text, ref, start, end, known))
            spots = [
                (name, start, end)
                for name, _t, start, end, _k in hits
                if not any(lo <= s.start + start < hi for lo, hi in roles)
            ]
            spots = _one_side(s.text, spots, gazetteer)
            # a company named inside quotation marks is in the speaker's words ("does not involve Kia for now")
            quoted = [(m.start(), m.end()) for m in QUOTED.finditer(s.text)] + [
                (a - s.start, b - s.start) for a, b in spoken if a < s.end and s.start < b
            ]
            spots = [sp for sp in spots if not any(a < sp[1] < b for a, b in quoted)]
            resolved = state.resolve(s.text, spots, gazetteer)
            speaking.extend(
                (name, s.start + a, s.start + b, p.index) for name, a, b in state.speakers(s.text, resolved, gazetteer)
            )
            spots = sorted([*spots, *resolved], key=lambda sp: sp[1])
            # a subheading ("Audi, SAIC tie-up") labels the paragraphs after it, which tell the deal and its status
            deals_here = [] if _subheading(p) else find_deals(s.text, spots)
            as_company = frozenset(n for n, _t, _st, e, _k in hits if _MAKER_WORD.match(s.text, e))
            for f in deals_here:
                parties = _outside_each_other(f.parties, gazetteer, as_company)
                sides = {r for _n, r in parties}
                # a deal has two sides: two suppliers and no customer is no supply deal ("GAC Mitsubishi sells")
                one_sided = len(sides) == 1 and sides != {"partner"}
                if f.type == "stake" and sides == {"partner"} and f.subject and f.cue.lower().startswith("invest"):
                    # "sets up a fund to invest in internet-linked vehicles with Alibaba": what two invest in together
                    # is no holding of one in the other, but work they do together
                    f = replace(f, type="partnership")
                if len({n for n, _r in parties}) >= 2 and not one_sided:
                    size = stake_size(s.text) if f.type == "stake" else None
                    found.append((ref, s.text, replace(f, parties=parties, share=size)))
            # a sentence that names no company says where "the deal" stands; so does a later clause of a sentence
            # that states one deal ("Kia held talks about buying Lotus, but the talks were suspended")
            update = None
            named: frozenset[str] = frozenset()
            if not deals_here and len(spots) <= 1:
                update = status_update(s.text)
                # "Autoliv completed the acquisition of MACOM's unit": a company before the words that say it is the
                # one whose deal it is ("the venture will wind down ..., and Hyundai will convert" is the venture's)
                if update and spots and spots[0][1] < max(0, s.text.find(update[1])):
                    named = frozenset({spots[0][0]})
            elif not deals_here:
                # "Volvo Trucks and Jiangling Motors will no longer pursue the deal": the deal of the companies named
                update = status_update(s.text)
                named = frozenset(n for n, _s, _e in spots)
            elif len(deals_here) == 1 and (but := _BUT.search(s.text)):
                update = status_update(s.text[but.end() :])
            if update:
                updates.append((ref, *update, bool(_TRADE_WORD.search(s.text)), named))
            for o in find_ownership(s.text, spots):
                if o.listed and o.owner not in gazetteer.ancestors(o.owned):
                    continue
                ownership.append(Ownership(o.owner, o.owned, o.cue, ref, s.text, o.share))
            hits_money = find_money(s.text, dollar)
            periods = find_periods(s.text, day) if hits_money or lead is None else []
            spans = [(h.start, h.end) for h in hits_money]
            for h, kind in zip(hits_money, figure_kinds(s.text, spans), strict=True):
                what = _clause(s.text, h.start, h.end, lead_end)
                period = figure_period(s.text, h.start, h.end, [sp for sp in spans if sp != (h.start, h.end)], periods)
                if period is None and takes_lead_period(s.text, h.start, h.end, kind):
                    leadless.append(len(money))
                owner = figure_owner(s.text, h.start, h.end, spots, state.recent, kind, lead_end)
                if owner is None and beat_margin(s.text, h.start) and money and money[-1].ref == ref:
                    owner = money[-1].company  # "Ford's EPS of $0.41 beats by $0.08": the beaten figure's owner
                money.append(
                    Money(
                        text=h.text,
                        amount=h.amount,
                        currency=h.currency,
                        ref=ref,
                        qualifier=h.qualifier,
                        year=h.year,
                        company=owner,
                        amount_high=h.amount_high,
                        converted_amount=h.converted_amount,
                        converted_currency=h.converted_currency,
                        what=what,
                        kind=kind,
                        period=forecast_period(s.text, h.start, kind, period.label if period else None),
                        region=figure_region(s.text, h.start, h.end),
                    )
                )
                if money[-1].period is None and len(money) > 1 and per_share_of_previous(s.text, spans, h.start):
                    # "354 million euros or 1.30 euros per share": the figure per share is for the total's period
                    money[-1] = replace(money[-1], period=money[-2].period)
            state.advance(s.text, spots, lead_end)
            if lead is None:
                lead = (lead_period(s.text, periods) or "", state.subject)
    if lead and lead[0]:
        # a results story's lead states the period its figures are for: "Revenue rose to ¥4.69 trillion"
        for i in leadless:
            if money[i].company is not None and money[i].company == lead[1]:
                money[i] = replace(money[i], period=lead[0])
    quoting = frozenset(p.index for p in article.paragraphs if p.text.lstrip()[:1] in "\"“‘'")
    deals = merge_deals(_not_with_own_units(found, ownership), updates, _headline(article, gazetteer), quoting)
    sentences = [(Ref(article.slug, p.index, k), s.text) for p in article.paragraphs for k, s in enumerate(p.sentences)]
    deals = told_as_venture(deals, sentences)
    ownership += ownership_from_deals(deals, ownership)
    money = _figures_of_deals(money, deals, {x.ref for x in mentions})
    people, quotes = people_and_quotes(article, gazetteer, mentions, speaking)
    classify_paragraphs(article, deals, money, mentions)
    labels = label_sentences(article, deals)
    return ArticleFacts(article, mentions, deals, ownership, people, quotes, money, labels)
