"""The site's pages: which pages there are (the section pages that have something to say, one per company, one
per article), what each is given, and facts.json. Rendering a template is render/jinja.py's."""

from __future__ import annotations

import re

from markupsafe import Markup

from briefing import domain
from briefing.extract.gazetteer import Gazetteer
from briefing.model import Article, Facts
from briefing.render.catalog import Catalog, build_catalog
from briefing.render.facts_json import facts_to_json
from briefing.render.jinja import Templates
from briefing.render.mdtext import attr_escape
from briefing.render.overview import summarise
from briefing.render.paging import Page, newest_first
from briefing.render.svg import MAP_COMPANIES, alliance_map, company_map, edges_by_company

# Rows per page of a list page when there are many articles: no page grows with the corpus.
# Each list has its own size, so a page stays well under 40 KB of HTML whatever the rows hold, and under
# 4,000 px tall at 1280 px wide (tests/test_multi.py measures both).
PER_PAGE = {
    "index.md": 20,
    "partnership.md": 20,
    "alliances.md": 12,
    "timeline.md": 25,
    "finances.md": 20,
    "conflicts.md": 30,
    "people.md": 30,
    "companies/index.md": 60,
    "articles/index.md": 24,
    "company": 14,  # mentions (sentences) one company page lists, grouped by article
}
DEALS_SHOWN = 10  # deals a company page lists; the rest are on the deals pages
HISTORY_SHOWN = 4  # steps of a relationship's history in its row: the first and the latest; facts.json has all
CONFLICTS_SHOWN = 5  # figures that disagree, listed on the finances page; all are on conflicts.md


class Renderer:
    """Every generated file of a folder of articles, from their facts."""

    def __init__(self, facts: Facts, gazetteer: Gazetteer):
        self.facts = facts
        self.catalog: Catalog = build_catalog(facts, gazetteer)
        self.articles: dict[str, Article] = {af.article.slug: af.article for af in facts.articles}
        glossary = domain.glossary()
        # Only the terms the articles use: a glossary of words no article has is noise.
        text = "\n".join(a.raw_text for a in self.articles.values())
        used = {term: meaning for term, meaning in glossary.items() if _uses(text, term)}
        self.glossary: dict[str, str] = dict(sorted(used.items()))
        self.made = self.sections()
        self.templates = Templates(facts, self.catalog, self.articles, self.made)

    def sections(self) -> dict[str, bool]:
        """Which section pages have something to say: a page with nothing is not made, and the sidebar and the
        overview leave it out (site/plugin.py drops it from the navigation)."""
        c = self.catalog
        return {
            "partnership.md": any(d.main for d in c.deals),
            "alliances.md": bool(c.relationships),
            # One article's own date alone is no timeline; a dated deal, or two dated articles, are.
            "timeline.md": len(c.timeline) > 1 or any(e.kind != "published" for e in c.timeline),
            "finances.md": bool(c.money),
            "people.md": bool(c.people or c.quotes),
            "glossary.md": bool(self.glossary),
            "conflicts.md": len(c.conflicts) > CONFLICTS_SHOWN,
        }

    def pages(self) -> list[Page]:
        """Every Markdown page, in the order the site lists them."""
        return [*self._section_pages(), *self._company_pages(), *self._article_pages()]

    def _section_pages(self) -> list[Page]:
        """The overview, the section pages and the indexes; a section with nothing to say is left out."""
        c, n = self.catalog, PER_PAGE
        company_quotes = [q for q in c.quotes if q.speaker not in c.people]
        mapped = {p for d in c.deals if d.status != "cancelled" for p in d.partners}
        money = sorted(c.money, key=lambda m: (m.company is None, (m.company or "").lower()))
        conflicting = {fig.ref: conflict for conflict in c.conflicts for fig in conflict.figures}
        pages = [
            *self.templates.paged(
                "index.md.j2",
                "index.md",
                self.facts.articles,
                "page_articles",
                n["index.md"],
                overview=summarise(c, list(self.articles.values())),
            ),
            *self.templates.paged(  # only the articles that state a main deal: a results story has none
                "partnership.md.j2",
                "partnership.md",
                [af for af in self.facts.articles if af.main_deal],
                "page_articles",
                n["partnership.md"],
            ),
            *self.templates.paged(
                "alliances.md.j2",
                "alliances.md",
                c.relationships,
                "page_relationships",
                n["alliances.md"],
                alliance_svg=Markup(alliance_map(c)),
                history_shown=HISTORY_SHOWN,
                map_capped=len(mapped) > MAP_COMPANIES,
                map_companies=MAP_COMPANIES,
            ),
            *self.templates.paged("timeline.md.j2", "timeline.md", c.timeline, "page_events", n["timeline.md"]),
            *self.templates.paged(
                "finances.md.j2",
                "finances.md",
                money,
                "page_money",
                n["finances.md"],
                finance_title=self.finance_title(),
                conflicting=conflicting,
                conflicts_shown=CONFLICTS_SHOWN,
            ),
            *self.templates.paged("conflicts.md.j2", "conflicts.md", c.conflicts, "page_conflicts", n["conflicts.md"]),
            *self.templates.paged(
                "people.md.j2", "people.md", [*c.people.values(), *company_quotes], "page_people", n["people.md"]
            ),
            *self.templates.paged(
                "companies.md.j2",
                "companies/index.md",
                list(c.companies.values()),
                "page_companies",
                n["companies/index.md"],
            ),
            self.templates.page("glossary.md.j2", "glossary.md", glossary=self.glossary),
            *self.templates.paged(
                "sources.md.j2",
                "articles/index.md",
                newest_first(list(self.articles.values())),
                "page_sources",
                n["articles/index.md"],
            ),
        ]
        return [p for p in pages if self.made.get(_section(p.path), True)]

    def _company_pages(self) -> list[Page]:
        """One page per company, continued on numbered pages when it has many mentions."""
        c = self.catalog
        pages: list[Page] = []
        speakers = {q.speaker for q in c.quotes} | {name for q in c.quotes for name in q.by}
        edges = edges_by_company(c)
        for entry in c.companies.values():
            # Worked out here once: filtering the catalog in the template made the company pages quadratic.
            deals = entry.deals
            entry_nav = {
                "main_deal": any(d.main for d in deals),
                "other_deal": not all(d.main for d in deals),
                "quoted": entry.name in speakers,
            }
            by_article: dict[str, list[object]] = {}
            for m in entry.mentions:
                by_article.setdefault(m.ref.article, []).append(m)
            groups = sorted(by_article.items())  # as Jinja's groupby gave them: by article slug
            path = f"companies/{entry.slug}.md"
            pages += self.templates.paged(
                "company.md.j2",
                path,
                groups,
                "page_mentions",
                PER_PAGE["company"],
                weight=lambda group: len(group[1]),  # type: ignore[index]
                entry=entry,
                entry_nav=entry_nav,
                deals_shown=DEALS_SHOWN,
                company_svg=Markup(company_map(entry.name, edges.get(entry.name, []), self.catalog)),
            )
        return pages

    def _article_pages(self) -> list[Page]:
        page = self.templates.page
        return [
            page("article.md.j2", f"articles/{af.article.slug}.md", article=af.article, af=af)
            for af in self.facts.articles
        ]

    def finance_title(self) -> str:
        owners = {m.company for m in self.catalog.money}
        if len(owners) == 1 and None not in owners:
            name = owners.pop()
            short = next(
                (
                    a
                    for a in (self.catalog.companies[name].forms if name in self.catalog.companies else [])
                    if a.isupper()
                ),
                name,
            )
            return f"{short}’s finances"
        return "Finances"

    def abbreviations(self) -> str:
        """Markdown abbreviation definitions, appended to every page for glossary tooltips."""
        return "\n".join(f"*[{term}]: {attr_escape(text)}" for term, text in self.glossary.items())

    def files(self) -> dict[str, str]:
        """Every generated file: path → text (Markdown pages and facts.json)."""
        files = {p.path: p.markdown for p in self.pages()}
        files["facts.json"] = facts_to_json(self.facts, self.catalog)
        return files


def _section(path: str) -> str:
    """The section page a page belongs to: finances--page-2.md → finances.md."""
    return path.split("--page-", 1)[0].removesuffix(".md") + ".md"


def _uses(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None
