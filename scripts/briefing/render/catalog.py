"""Merge facts across articles: one entry per company and per person, merged by canonical name only."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.classify.conflicts import Conflict, find_conflicts
from briefing.classify.relationships import Relationship, build_relationships
from briefing.classify.timeline import Event, build_timeline
from briefing.extract.gazetteer import Company, Gazetteer
from briefing.model import Deal, Facts, Mention, Money, Ownership, Person, Quote, Ref
from briefing.read import slugify


@dataclass
class CompanyEntry:
    name: str
    slug: str
    known: bool
    info: Company | None
    forms: list[str] = field(default_factory=list)  # surface forms seen in the articles
    mentions: list[Mention] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    ownership: list[Ownership] = field(default_factory=list)  # what the articles say it owns or is owned by
    money: list[Money] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)  # strongest first
    label: str = ""  # the name its pages show: `name`, or the earlier name every article writes (_article_name)

    @property
    def aliases(self) -> list[str]:
        listed = list(self.info.aliases) if self.info else []
        return listed + [f for f in self.forms if f not in listed and f != self.name]


@dataclass
class PersonEntry:
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[Ref, str]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Catalog:
    companies: dict[str, CompanyEntry]
    people: dict[str, PersonEntry]
    deals: list[Deal]
    ownership: list[Ownership]
    money: list[Money]
    quotes: list[Quote]
    relationships: list[Relationship] = field(default_factory=list)  # across articles, strongest first
    timeline: list[Event] = field(default_factory=list)  # by date, as precise as stated
    conflicts: list[Conflict] = field(default_factory=list)  # figures that disagree across articles

    def shown(self, name: str) -> str:
        """The name a company's pages show (CompanyEntry.label); a speaker or owner not in the catalog as written."""
        entry = self.companies.get(name)
        return entry.label if entry else name


def _strip_suffix(text: str) -> str:
    return text.rstrip("’'‘s") if text.endswith(("’s", "'s", "‘s", "’", "'")) else text


def build_catalog(facts: Facts, gazetteer: Gazetteer) -> Catalog:
    companies: dict[str, CompanyEntry] = {}
    used_slugs: set[str] = set()
    for m in sorted(facts.all_mentions(), key=lambda m: m.company.lower()):
        entry = companies.get(m.company)
        if entry is None:
            slug = slugify(m.company)
            while slug in used_slugs:
                slug += "-x"
            used_slugs.add(slug)
            entry = companies[m.company] = CompanyEntry(m.company, slug, m.known, gazetteer.get(m.company))
        form = _strip_suffix(m.text)
        if form not in entry.forms:
            entry.forms.append(form)
    for m in facts.all_mentions():
        companies[m.company].mentions.append(m)
    deals = [d for af in facts.articles for d in af.deals]
    for d in deals:
        for p in dict.fromkeys(d.partners):
            if p in companies:
                companies[p].deals.append(d)
    ownership = [o for af in facts.articles for o in af.ownership]
    for o in ownership:
        for name in (o.owner, o.owned):
            if name in companies:
                companies[name].ownership.append(o)
    money = [m for af in facts.articles for m in af.money]
    for fig in money:
        if fig.company in companies:
            companies[fig.company].money.append(fig)
    people: dict[str, PersonEntry] = {}
    for af in facts.articles:
        for person in af.people:
            _merge_person(people, person)
    quotes = [q for af in facts.articles for q in af.quotes]
    ordered = dict(sorted(companies.items(), key=lambda kv: kv[0].lower()))
    names = [_article_name(e) for e in ordered.values()]
    for e, shown in zip(ordered.values(), names, strict=True):
        # two companies never show one name: where they would, today's names tell them apart
        e.label = shown if names.count(shown) == 1 and (shown == e.name or shown not in ordered) else e.name
    relationships = build_relationships(facts)
    for rel in relationships:
        for name in rel.parties:
            if name in ordered:
                ordered[name].relationships.append(rel)
    timeline = build_timeline(facts)
    conflicts = find_conflicts(money, relationships)
    return Catalog(ordered, people, deals, ownership, money, quotes, relationships, timeline, conflicts)


def _article_name(entry: CompanyEntry) -> str:
    """The name the articles write: a 2009 story about Daimler says Daimler on its pages, not today's
    Mercedes-Benz Group, when every mention is of a name the company had before (its page adds today's)."""
    former = set(entry.info.formerly) if entry.info else set()
    texts = [m.text for m in entry.mentions]
    if texts and all(t in former for t in texts):
        return max(dict.fromkeys(texts), key=texts.count)
    # "Fuji Heavy Industries (makers of Subaru cars)": an article that first names the company by a name it
    # had before, and names its brand only in passing, is about the company under that name
    first = [
        next(m.text for m in entry.mentions if m.ref.article == a)
        for a in dict.fromkeys(m.ref.article for m in entry.mentions)
    ]
    if first and all(t in former for t in first):
        return max(dict.fromkeys(first), key=first.count)
    # "Tata Group" where this site's list says Tata Sons: when no article writes the list's name, the pages
    # show the article's own full name (an abbreviation such as "JLR" is left to the list's name)
    aliases = set(entry.info.aliases) if entry.info else set()
    if texts and all(t in aliases and " " in t for t in texts):
        return max(dict.fromkeys(texts), key=texts.count)
    return entry.name


def _merge_person(people: dict[str, PersonEntry], person: Person) -> None:
    entry = people.setdefault(person.name, PersonEntry(person.name))
    entry.roles += [r for r in person.roles if r not in entry.roles]
    entry.mentions += person.mentions
    entry.quotes += person.quotes
