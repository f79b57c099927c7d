"""How facts read on the pages: deal types, roles and statuses in words, amounts as the article stated them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from markupsafe import Markup

from briefing.model import Deal, Money, Ownership
from briefing.render.mdtext import md_escape

TYPE_WORDS = {
    "partnership": "Partnership",
    "joint venture": "Joint venture",
    "mou": "Memorandum of understanding",
    "supply": "Supply deal",
    "licensing": "Licensing deal",
    "stake": "Stake",
    "merger": "Merger",
    "acquisition": "Acquisition",
    "sale": "Sale",
}
STATUS_WORDS = {
    # the rumoured cues are unnamed sources' reports and what a company only weighs ("is considering")
    "rumoured": "rumoured or only considered",
    "in talks": "in talks",
    "announced": "announced",
    "agreed": "agreed",
    "active": "in effect",
    "completed": "completed",
    "cancelled": "called off",
    "ended": "ended",
}
# The order roles read in: who acts first.
_ROLE_ORDER = ("seller", "buyer", "investor", "supplier", "customer", "licensor", "licensee", "target")
# A figure of these kinds is never an article's key figure: a price per share or per car is a detail.
NOT_KEY = {"share price", "vehicle price"}
# Which kinds of figure tell the story first, when several stand in the lede.
_KEY_ORDER = (
    "deal value",
    "investment",
    "funding",
    "capital",
    "write-off",
    "impairment",
    "loss",
    "profit",
    "operating profit",
    "revenue",
    "savings",
    "cost",
    "market value",
    "subsidy",
    "fine",
    "debt",
    "cash",
    "dividend",
    "pay",
)


def status_words(deal: Deal) -> str:
    words = STATUS_WORDS[deal.status]
    step = next((s for s in reversed(deal.history) if s.status == deal.status and s.cue), None)
    if step is None or step.cue is None or step.cue.lower() == words:
        return words
    return f"{words} (“{step.cue}”)"


def parties(deal: Deal, link: Callable[[str], Markup], joiner: str = " and ") -> Markup:
    """ "BMW and Jaguar Land Rover", or, when the text gives roles, "seller Volvo Cars; buyer Bosch"."""
    if not deal.has_roles:
        linked = [link(p.name) for p in deal.parties]
        return Markup(joiner.join(linked[:-1]) + joiner + linked[-1]) if len(linked) > 1 else Markup(linked[0])
    out = []
    for role in _ROLE_ORDER:
        names = deal.with_role(role)
        if names:
            # a stake is taken "in" its target; every other role word takes an "s" for several
            word = "in" if role == "target" and deal.type == "stake" else role + ("s" if len(names) > 1 else "")
            out.append(f"{word} " + ", ".join(link(n) for n in names))
    partners = deal.with_role("partner")
    if partners:
        out.append("with " + ", ".join(link(n) for n in partners))
    return Markup("; ".join(out))


def _type_words(deal: Deal) -> str:
    """ "Stake (nearly 10.35%)": a stake with the share its sentence gives, as written."""
    return TYPE_WORDS[deal.type] + (f" ({md_escape(deal.share)})" if deal.share else "")


def deal_summary(deal: Deal, link: Callable[[str], Markup]) -> Markup:
    """ "Sale, agreed: seller Volvo Cars; buyer Bosch — “their joint venture”"."""
    text = f"**{_type_words(deal)}**, {md_escape(status_words(deal))}: {parties(deal, link)}"
    if deal.subject:
        text += f" — “{md_escape(deal.subject)}”"
    return Markup(text)


def deal_kind(deal: Deal, link: Callable[[str], Markup]) -> Markup:
    """ "Supply deal: supplier BMW; customer Jaguar Land Rover — “V8 engines”": a deal within a relationship,
    whose companies and status the row already gives; the roles only when the text gives them."""
    text = f"**{_type_words(deal)}**"
    if deal.has_roles:
        text += f": {parties(deal, link)}"
    if deal.subject:
        text += f" — “{md_escape(deal.subject)}”"
    return Markup(text)


def deal_short(deal: Deal, link: Callable[[str], Markup]) -> Markup:
    """ "Partnership, announced: BMW and Jaguar Land Rover": for a row of a table of many articles."""
    return Markup(f"{_type_words(deal)}, {STATUS_WORDS[deal.status]}: {parties(deal, link)}")


def holding_kind(o: Ownership, link: Callable[[str], Markup]) -> Markup:
    """ "**Stake**: Toyota holds 16.5% of Subaru": a relationship told only by a holding with its share."""
    return Markup(f"**{TYPE_WORDS['stake']}**: {link(o.owner)} holds {md_escape(o.share or '')} of {link(o.owned)}")


def ownership_line(o: Ownership, link: Callable[[str], Markup]) -> Markup:
    share = f" ({md_escape(o.share)})" if o.share else ""
    if not o.share and _HOLDER_ONLY.search(o.cue) and not _CONTROL.search(o.cue):
        # "Mitsubishi Motors' biggest shareholder": a holder, not the owner of the whole
        return Markup(f"{link(o.owner)} holds a stake in {link(o.owned)}")
    if not o.share and _JOINTLY.search(o.cue):
        # "which is owned by Eicher Motors and Volvo Group": each owns part of it
        return Markup(f"{link(o.owner)} owns part of {link(o.owned)}")
    if not o.share and _PART_OF.search(o.cue):
        # "which became part of Nissan" does not say how much of it Nissan owns
        return Markup(f"{link(o.owned)} is part of {link(o.owner)}")
    return Markup(f"{link(o.owner)} owns{share} {link(o.owned)}")


_PART_OF = re.compile(r"\bpart of\b", re.IGNORECASE)
_JOINTLY = re.compile(r"\bowned\s+by\b.*\band\b|\b(?:partly|partially|part-owns?|co-owns?|jointly)\b", re.IGNORECASE)
_HOLDER_ONLY = re.compile(r"\b(?:shareholders?|stake|holding|interest)\b", re.IGNORECASE)
_CONTROL = re.compile(r"\b(?:controlling|majority|parent|owner|wholly|fully|control)\b", re.IGNORECASE)


def format_amount(value: float, currency: str) -> str:
    """4.0e9 USD → 'USD 4.0 billion', 41.37 EUR → 'EUR 41.37': the ISO code stays visible so a bare '$' never
    misleads, and the precision is the article's."""
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= factor:
            number = f"{value / factor:,.3f}".rstrip("0").rstrip(".")
            if "." not in number and value / factor < 100:
                number = f"{value / factor:.1f}"
            return f"{currency} {number} {word}"
    if value != int(value):
        return f"{currency} {value:,.2f}"
    return f"{currency} {value:,.0f}"


def describe_money(m: Money) -> str:
    text = format_amount(m.amount, m.currency)
    if m.amount_high is not None:
        text += " to " + format_amount(m.amount_high, m.currency)
    if m.converted_amount is not None and m.converted_currency:
        text += f"; converted in the text: {format_amount(m.converted_amount, m.converted_currency)}"
    return text


_THEN = re.compile(r"\bat the time\b|\b(?:previous|earlier|original|former|prior)\s+(?:deal|transaction|agreement)")


def key_figure(money: list[Money], main: Deal | None = None, deals: Sequence[Deal] = ()) -> Money | None:
    """The figure that tells the story: the earliest paragraph that has one, then the kind that matters most;
    never a share price or a car's price, and never chosen by comparing raw amounts across currencies. After the
    lede, a figure the article gives to no company and to no deal ("after a $7,500 federal rebate", in the last
    paragraph) tells no company's story. A deal's value tells the `main` deal's story when it is that deal's, or
    undated ("The purchase price was $2 billion"); another deal's, or one dated "in 2008" and tied to none, is
    history ("Tata bought Jaguar from Ford in 2008 for $2.3 billion"), and so is one in a sentence of another of the
    `deals`."""
    ours = tuple(sorted(set(main.partners))) if main else None
    # "In 2009, GM sold the stake to SAIC for $85 million": a value told in a sentence of another deal of the same
    # companies is that deal's, not the main one's
    others = {r for d in deals if d is not main and not d.main for r in d.evidence} - set(main.evidence if main else ())

    def tells(m: Money) -> bool:
        if m.kind in NOT_KEY or (m.kind == "deal value" and m.deal and ours and m.deal != ours):
            return False
        if m.kind == "deal value" and (m.ref in others or _THEN.search(m.what)):
            return False  # "The transaction was valued at approximately $2 billion at the time": an earlier deal's
        if m.kind == "deal value" and m.period and not (ours and m.deal == ours):
            return False  # "Eagers paid A$60 million last year for the Carbiz group": a dated price of another deal
        if ours and m.company and m.company not in ours and not m.deal and m.ref.paragraph > 1:
            return False  # "Tata Motors plans to double its investments in JLR", late in a JLR–Chery story: not theirs
        if re.search(re.escape(m.text) + r"\s+(?:a|per)\s+share\b", m.what):
            return False  # "a bid of $35 per share": a detail of the deal, not its size
        return bool(m.company or m.deal or m.ref.paragraph <= 1 or (m.kind == "deal value" and m.period is None))

    candidates = [m for m in money if tells(m)]
    if not candidates:
        return None
    first = min(m.ref.paragraph for m in candidates)
    lede = [m for m in candidates if m.ref.paragraph == first]
    rank = {kind: i for i, kind in enumerate(_KEY_ORDER)}
    # a figure for one market tells less of the story than the company's whole, and one for an earlier period
    # than the lede's latest ("compared to a loss of €7.29 billion in the first half of 2020") less than the news
    latest = max((_year(m) for m in lede), default=0)
    return min(
        lede,
        key=lambda m: (
            m.region is not None,
            0 < _year(m) < latest,
            rank.get(m.kind or "", len(rank)),
            lede.index(m),
        ),
    )


def _year(m: Money) -> int:
    """The year a figure's period names ("H1 2021" → 2021), 0 when it names none."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", m.period or "")]
    return max(years, default=0)
