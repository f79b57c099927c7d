"""Render the site's Markdown pages from the facts, with Jinja2 templates in templates/."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from briefing import domain
from briefing.extract.gazetteer import Gazetteer
from briefing.model import Article, Facts, Paragraph, Ref
from briefing.render.catalog import Catalog, PersonEntry, build_catalog
from briefing.render.facts_json import facts_to_json
from briefing.render.mdtext import attr_escape, escape_text, md_escape
from briefing.render.overview import summarise
from briefing.render.paging import Page, Pager, chunks, continuation, dated, groupby_month, newest_first, page_path
from briefing.render.svg import MAP_COMPANIES, alliance_map, company_map, edges_by_company
from briefing.render.wording import (
    NOT_KEY,
    STATUS_WORDS,
    TYPE_WORDS,
    deal_kind,
    deal_short,
    deal_summary,
    describe_money,
    key_figure,
    ownership_line,
)

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


def _finalize(value: object) -> Markup:
    """Everything printed is article text, escaped, unless a helper marked it safe Markdown."""
    if isinstance(value, Markup):
        return value
    return escape_text("" if value is None else str(value))


@lru_cache(maxsize=1)  # one per process: its compiled templates serve every build in `mkdocs serve`
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(domain.TEMPLATES),
        undefined=jinja2.StrictUndefined,
        # Everything printed is article text unless marked safe: escaped by default, not by memory.
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["attr"] = lambda v: Markup(attr_escape(str(v)))
    env.filters["money"] = describe_money
    env.filters["basename"] = lambda v: Path(str(v)).name
    env.filters["groupby_month"] = groupby_month
    env.filters["dated"] = lambda a: d.isoformat() if (d := dated(a)) else ""
    env.tests["contains"] = lambda seq, item: item in seq
    env.tests["person"] = lambda v: isinstance(v, PersonEntry)
    return env


class Renderer:
    def __init__(self, facts: Facts, gazetteer: Gazetteer):
        self.facts = facts
        self.catalog: Catalog = build_catalog(facts, gazetteer)
        self.env = _environment()
        self.articles: dict[str, Article] = {af.article.slug: af.article for af in facts.articles}
        glossary = domain.glossary()
        # Only the terms the articles use: a glossary of words no article has is noise.
        text = "\n".join(a.raw_text for a in self.articles.values())
        used = {term: meaning for term, meaning in glossary.items() if _uses(text, term)}
        self.glossary: dict[str, str] = dict(sorted(used.items()))
        self.made = self.sections()

    def sentence(self, ref: Ref) -> str:
        return self.articles[ref.article].paragraphs[ref.paragraph].sentences[ref.sentence].text

    def _cite(self, root: str) -> Callable[..., Markup]:
        def cite(ref: Ref, tooltip: bool = True) -> Markup:
            """A link to the sentence; its tooltip shows the sentence, unless the page quotes it right there."""
            article = self.articles[ref.article]
            label = f"¶{ref.paragraph + 1}.{ref.sentence + 1}"
            if len(self.articles) > 1:
                label = f"{article.slug} {label}"
            title = f' "{attr_escape(self.sentence(ref))}"' if tooltip else ""
            return Markup(f"[{md_escape(label)}]({root}articles/{ref.article}.md#{ref.anchor}{title}){{.cite}}")

        return cite

    def _page(self, template: str, path: str, **context: object) -> Page:
        root = "../" * path.count("/")
        company_link = self._company_link(root)
        cite = self._cite(root)

        def quote_sentence(ref: Ref) -> Markup:
            return Markup(f"“{md_escape(self.sentence(ref))}” {cite(ref, tooltip=False)}")

        text = self.env.get_template(template).render(
            root=root,
            cite=cite,
            company=company_link,
            quote_sentence=quote_sentence,
            deal_summary=lambda d: deal_summary(d, company_link),
            deal_short=lambda d: deal_short(d, company_link),
            deal_kind=lambda d: deal_kind(d, company_link),
            ownership_line=lambda o: ownership_line(o, company_link),
            key_figure=key_figure,
            status_label=STATUS_WORDS.get,
            type_label=TYPE_WORDS.get,
            not_key=NOT_KEY,
            gap=_gap,
            catalog=self.catalog,
            facts=self.facts,
            articles=self.articles,
            many=len(self.articles) > 1,
            made=self.made,
            ref=Ref,
            **context,
        )
        return Page(path, text)

    def _company_link(self, root: str) -> Callable[[str], Markup]:
        def link(name: str) -> Markup:
            entry = self.catalog.companies.get(name)
            if entry is None:
                return md_escape(name)
            return Markup(f"[{md_escape(name)}]({root}companies/{entry.slug}.md)")

        return link

    def _paged(
        self,
        template: str,
        path: str,
        items: Sequence[object],
        name: str,
        per_page: int,
        weight: Callable[[object], int] = lambda _item: 1,
        **context: object,
    ) -> list[Page]:
        """One page; with many articles, as many as `items` needs. The template gets its share as `name`."""
        parts = chunks(items, per_page, weight) if len(self.articles) > 1 else [items]
        pages = []
        for number, chunk in enumerate(parts, 1):
            pager = Pager(path, number, len(parts))
            page = self._page(template, page_path(path, number), pager=pager, **{name: chunk}, **context)
            if number > 1:
                page = Page(page.path, continuation(page.markdown, pager))
            pages.append(page)
        return pages

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
        c, n = self.catalog, PER_PAGE
        company_quotes = [q for q in c.quotes if q.speaker not in c.people]
        mapped = {p for d in c.deals if d.status != "cancelled" for p in d.partners}
        made = self.made
        money = sorted(c.money, key=lambda m: (m.company is None, (m.company or "").lower()))
        conflicting = {fig.ref: conflict for conflict in c.conflicts for fig in conflict.figures}
        pages = [
            *self._paged(
                "index.md.j2",
                "index.md",
                self.facts.articles,
                "page_articles",
                n["index.md"],
                overview=summarise(c, list(self.articles.values())),
            ),
            *self._paged(
                "partnership.md.j2", "partnership.md", self.facts.articles, "page_articles", n["partnership.md"]
            ),
            *self._paged(
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
            *self._paged("timeline.md.j2", "timeline.md", c.timeline, "page_events", n["timeline.md"]),
            *self._paged(
                "finances.md.j2",
                "finances.md",
                money,
                "page_money",
                n["finances.md"],
                finance_title=self.finance_title(),
                conflicting=conflicting,
                conflicts_shown=CONFLICTS_SHOWN,
            ),
            *self._paged("conflicts.md.j2", "conflicts.md", c.conflicts, "page_conflicts", n["conflicts.md"]),
            *self._paged(
                "people.md.j2", "people.md", [*c.people.values(), *company_quotes], "page_people", n["people.md"]
            ),
            *self._paged(
                "companies.md.j2",
                "companies/index.md",
                list(c.companies.values()),
                "page_companies",
                n["companies/index.md"],
            ),
            self._page("glossary.md.j2", "glossary.md", glossary=self.glossary),
            *self._paged(
                "sources.md.j2",
                "articles/index.md",
                newest_first(list(self.articles.values())),
                "page_sources",
                n["articles/index.md"],
            ),
        ]
        pages = [p for p in pages if made.get(_section(p.path), True)]
        speakers = {q.speaker for q in c.quotes}
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
            pages += self._paged(
                "company.md.j2",
                path,
                groups,
                "page_mentions",
                n["company"],
                weight=lambda group: len(group[1]),  # type: ignore[index]
                entry=entry,
                entry_nav=entry_nav,
                deals_shown=DEALS_SHOWN,
                company_svg=Markup(company_map(entry.name, edges.get(entry.name, []))),
            )
        for af in self.facts.articles:
            pages.append(self._page("article.md.j2", f"articles/{af.article.slug}.md", article=af.article, af=af))
        return pages

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


def _gap(paragraph: Paragraph, i: int) -> str:
    """What stands between sentence i-1 and sentence i in the article: its own spaces, or none when the
    article glues them (“...fast.“Next”); a line break shows as a space."""
    text = paragraph.text[paragraph.sentences[i - 1].end : paragraph.sentences[i].start]
    return re.sub(r"\s+", " ", text)
