"""Relationships across articles: every deal between the same companies, and every stake one holds in the other,
from every article, as one entry with
its history in story order (rumoured → in talks → agreed → completed, or called off), each step cited and
dated by its article when the article states its date.

A relationship is the set of companies a deal joins, whatever its type: a stake and a joint venture between
the same two carmakers are two deals of one relationship, and the page lists both types. Nothing is merged by
guesswork: the companies are the gazetteer's canonical names (or the article's own name for an unknown one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefing.extract.dates import article_date
from briefing.model import STATUSES, Deal, Facts, Ownership, Ref
from briefing.read import slugify


@dataclass(frozen=True)
class Stage:
    """One report of where the relationship stands: a status, its words, its sentence and its article's date."""

    status: str
    cue: str | None
    ref: Ref
    date: date | None
    kind: str = ""  # the type of the deal it reports ("stake" for a holding): a relationship may hold several
    final: bool = False  # the step of the status its article gives the deal, which no step of that article follows


@dataclass
class Relationship:
    parties: tuple[str, ...]  # sorted
    deals: list[Deal] = field(default_factory=list)
    holdings: list[Ownership] = field(default_factory=list)  # stakes one holds in the other, with their share
    history: list[Stage] = field(default_factory=list)  # in story order, a repeated status only once
    stages: list[Stage] = field(default_factory=list)  # every report, in story order, each with its deal's type

    @property
    def slug(self) -> str:
        return slugify("-".join(self.parties))

    @property
    def types(self) -> list[str]:
        return list(dict.fromkeys([*(d.type for d in self.deals), *(["stake"] if self.holdings else [])]))

    @property
    def status(self) -> str:
        """Where it stands at the latest report: the latest dated one when any report is dated (an undated
        report cannot be placed after it)."""
        return self.latest.status

    @property
    def latest(self) -> Stage:
        return (self.dated_steps or self.history)[-1]

    def latest_of(self, kind: str) -> Stage:
        """The latest report on its deal of one type: a licensing deal announced in 2010 stays announced when a
        joint venture of the same two companies is agreed."""
        steps = [s for s in self.stages if s.kind == kind]
        return ([s for s in steps if s.date is not None] or steps or [self.latest])[-1]

    @property
    def split(self) -> bool:
        """Its deals of different types stand in different places, so each type shows its own."""
        return len({self.latest_of(k).status for k in self.types}) > 1

    @property
    def dated_steps(self) -> list[Stage]:
        return [s for s in self.history if s.date is not None]

    @property
    def undated_steps(self) -> list[Stage]:
        return [s for s in self.history if s.date is None]

    @property
    def evidence(self) -> list[Ref]:
        return list(dict.fromkeys([*(r for d in self.deals for r in d.evidence), *(o.ref for o in self.holdings)]))

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(r.article for r in self.evidence))

    @property
    def strength(self) -> int:
        """How much the corpus says of it: the articles that report it, then its sentences."""
        return len(self.articles) * 1000 + len(self.evidence)


def _stages(deal: Deal, when: date | None) -> list[Stage]:
    """A deal's steps; the one that says where the article leaves it is marked final ("will jointly develop a
    platform" after "a collaboration in 2005 has seen cooperation": the new deal is announced, not in effect)."""
    if not deal.history:
        return [Stage(deal.status, None, deal.ref, when, deal.type, final=not deal.past)]
    # a deal before the one the article tells ("dissolved a previous tie-up") has no step where it leaves things
    last = None if deal.past else max((i for i, s in enumerate(deal.history) if s.status == deal.status), default=None)
    return [
        Stage(step.status, step.cue, step.ref, when, deal.type, final=i == last) for i, step in enumerate(deal.history)
    ]


def build_relationships(facts: Facts) -> list[Relationship]:
    """One relationship per set of companies a deal joins, strongest first (then by name)."""
    order = {af.article.slug: i for i, af in enumerate(facts.articles)}
    dates: dict[str, date | None] = {af.article.slug: article_date(af.article) for af in facts.articles}
    found: dict[tuple[str, ...], Relationship] = {}
    for af in facts.articles:
        for deal in af.deals:
            parties = tuple(sorted(set(deal.partners)))
            if len(parties) < 2:
                continue
            rel = found.setdefault(parties, Relationship(parties))
            rel.deals.append(deal)
            rel.history += _stages(deal, dates[af.article.slug])
        for o in af.ownership:
            # A holding with its share ("holds about 20% of Subaru") is a stake in effect; control without a
            # figure ("Skoda owner Volkswagen") is a parent and its unit, shown as ownership, not as a tie.
            if o.share is None or o.owner == o.owned:
                continue
            rel = found.setdefault(tuple(sorted((o.owner, o.owned))), Relationship(tuple(sorted((o.owner, o.owned)))))
            rel.holdings.append(o)
            rel.history.append(Stage("active", o.cue, o.ref, dates[af.article.slug], "stake"))
    for rel in found.values():
        # Story order: dated reports by their date, then the undated in the order of the seeds. One report
        # tells its steps in the order deals move ("completed ... first agreed earlier this year": agreed, then
        # completed), whatever order its sentences take. A holding is sold only once it is held, so a sale
        # comes after the stake's reports ("held since 1981 ... increased to 20% in 2001" before "would sell
        # its remaining stake"). A status reported again is one step.
        rel.history.sort(
            key=lambda s: (
                s.date is None,
                s.date or date.min,
                order[s.ref.article],
                s.kind == "sale",
                s.final,
                STATUSES.index(s.status),
                s.ref.paragraph,
                s.ref.sentence,
            )
        )
        steps: list[Stage] = []
        for stage in rel.history:
            if not steps or steps[-1].status != stage.status:
                steps.append(stage)
        rel.stages, rel.history = rel.history, steps
    return sorted(found.values(), key=lambda r: (-r.strength, r.parties))
