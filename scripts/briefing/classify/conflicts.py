"""Figures that disagree across articles: the same company, the same kind of figure and the same period, with
amounts that differ by more than the rounding they were stated with.

Precision first. A figure counts only with its owner and kind. The period is the one its text states
(extract/periods.py: "year to March 2025", "Q2 2025", "2024"), the same label on both sides; a period stated
without its year matches only one stated the same way. Without a period on either side, two figures of a deal's
kind (an investment, a deal's value) conflict only when both sentences report the same relationship. Amounts are
compared in one currency only, the figure's own or the conversion its sentence states: "$2.2 billion (€2 billion)"
and "€2 billion" are one figure, and "€2 billion" against "$2.3 billion" with no stated conversion is no conflict.
"More than £350 million" is no conflict with £380 million; "about $1.5 billion" none with $1.46 billion.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from briefing import domain
from briefing.classify.relationships import Relationship
from briefing.model import Money, Ref

# Kinds that move by the hour, are someone's guess or a goal that may be reset: never a conflict between two articles.
# A figure per share is reported, adjusted and diluted in ways the articles rarely tell apart.
_NEVER = {"share price", "vehicle price", "estimate", "market value", "savings", "target"}
# Kinds that belong to a deal, whose period is the deal's when the text gives none.
_DEAL_KINDS = {"investment", "deal value", "funding", "cost", "subsidy"}
_LOWER = {"more than", "at least", "over", "above", "in excess of", "upwards of", "just over"}
_UPPER = {"up to", "as much as", "less than", "under", "below"}
_APPROX = {"about", "nearly", "roughly", "some", "an estimated"}
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


@dataclass(frozen=True)
class Conflict:
    company: str
    kind: str
    period: str | None  # the period both sentences state, or None for a deal's figure
    figures: tuple[Money, Money]  # in corpus order
    region: str | None = None  # the market both figures are stated for ("North America"), None for the whole

    @property
    def refs(self) -> tuple[Ref, Ref]:
        return self.figures[0].ref, self.figures[1].ref


def _unit(m: Money, currency: str) -> float:
    """The rounding the figure was stated with in `currency`: 1.46 billion → 0.01 billion; 2bn → 1 billion. A
    stated conversion has its own: in "3.6 trillion won (US$2.61 billion)" the dollars are to 0.01 billion."""
    numbers = list(_NUMBER.finditer(m.text))
    converted = currency != m.currency
    amount = m.converted_amount if converted else m.amount
    if not numbers or amount is None:
        return 0.0
    number = numbers[-1] if converted else numbers[0]
    value = float(number.group(0).replace(",", ""))
    if value == 0:
        return 0.0
    decimals = len(number.group(1) or "")
    return amount / value * 10.0**-decimals


def _values(m: Money) -> dict[str, float]:
    values = {m.currency: m.amount}
    if m.converted_currency and m.converted_amount is not None:
        values.setdefault(m.converted_currency, m.converted_amount)
    return values


def _agree(a: Money, b: Money, currency: str) -> bool:
    """Whether a and b, in one currency, can be the same figure as each states it. A stated conversion is
    approximate (outlets convert at different rates) and its qualifier is the figure's own."""
    x, y = _values(a)[currency], _values(b)[currency]
    slack = max(_unit(a, currency), _unit(b, currency)) / 2 + 1e-9 * max(x, y)
    for m, mine, other in ((a, x, y), (b, y, x)):
        converted = currency != m.currency
        if not converted and m.qualifier in _LOWER and other >= mine - slack:
            return True
        if not converted and m.qualifier in _UPPER and other <= mine + slack:
            return True
        if converted or m.qualifier in _APPROX:
            slack = max(slack, 0.05 * mine)
    return abs(x - y) <= slack


def _differ(a: Money, b: Money) -> bool:
    shared = [c for c in _values(a) if c in _values(b)]
    if not shared:
        return False  # no stated common currency: nothing to compare
    return all(not _agree(a, b, c) for c in shared)


def _period(a: Money, b: Money, same_deal: bool) -> tuple[bool, str | None]:
    # "a year earlier" is a year before each article's own period: two of them need not be the same year
    relative = set(domain.money().periods.earlier_words)
    if a.period is not None and a.period == b.period and a.period not in relative:
        return True, a.period
    if a.period is None and b.period is None and a.kind in _DEAL_KINDS and same_deal:
        return True, None
    return False, None


# The price of a deal, or what is put into it, is compared by the deal. Each article names its owner as its
# grammar gives it (the buyer who pays, the seller who sells, or nobody), so the buyer's and the seller's stories
# of one sale would never meet; a conflict between them is listed under the deal's target, the company bought,
# sold or bought into, as the figure's own article states it (another deal between the same companies may have
# another target, or none). A deal without one target (a venture, a merger) keeps the owner. A period stated
# without its year ("the October-December quarter" in an undated story) may be any year's: never compared.
_BY_TARGET = {"deal value", "investment"}


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _owner(m: Money, targets: dict[tuple[str, tuple[str, ...]], set[str]]) -> str | None:
    if m.kind in _BY_TARGET and len(found := targets.get((m.ref.article, m.deal), set())) == 1:
        return next(iter(found))
    return m.company


def find_conflicts(money: list[Money], relationships: list[Relationship]) -> list[Conflict]:
    """Every pair of figures from different articles that disagree, in corpus order."""
    deal_of: dict[Ref, set[tuple[str, ...]]] = {}
    targets: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for rel in relationships:
        for ref in rel.evidence:
            deal_of.setdefault(ref, set()).add(rel.parties)
        for d in rel.deals:
            targets.setdefault((d.ref.article, rel.parties), set()).update(d.with_role("target"))
    # a figure for one market is compared only with one for the same market, never with the company's whole
    groups: dict[tuple[str, str, str | None, str | None], list[Money]] = {}
    for m in money:
        owner = _owner(m, targets)
        dated = m.period is None or bool(_YEAR.search(m.period))
        never = m.kind in _NEVER or (m.kind or "").endswith(" per share")
        if owner and m.kind and not never and m.amount_high is None and m.amount > 0 and dated:
            groups.setdefault((owner, m.kind, m.period, m.region), []).append(m)
    conflicts: list[Conflict] = []
    pairs = itertools.chain.from_iterable(((k[0], p) for p in itertools.combinations(g, 2)) for k, g in groups.items())
    for owner, (a, b) in pairs:
        if a.ref.article == b.ref.article:
            continue
        same_deal = bool(deal_of.get(a.ref, set()) & deal_of.get(b.ref, set())) or bool(a.deal and a.deal == b.deal)
        same_period, period = _period(a, b, same_deal)
        if same_period and _differ(a, b):
            assert a.kind
            conflicts.append(Conflict(owner, a.kind, period, (a, b), a.region))
    return conflicts
