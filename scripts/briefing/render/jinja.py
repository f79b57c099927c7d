"""Templates → pages: the Jinja2 environment, and what every template is given (citations, company links,
deal wording, the catalog), so a template in templates/ only lays the facts out.

Everything printed is escaped as article text unless a helper here or in wording.py marked it safe Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from briefing import domain
from briefing.model import Article, Facts, Paragraph, Ref
from briefing.render.catalog import Catalog, PersonEntry
from briefing.render.mdtext import attr_escape, escape_text, md_escape
from briefing.render.paging import Page, Pager, chunks, continuation, dated, groupby_month, page_path
from briefing.render.wording import (
    NOT_KEY,
    STATUS_WORDS,
    TYPE_WORDS,
    deal_kind,
    deal_short,
    deal_summary,
    describe_money,
    holding_kind,
    key_figure,
    ownership_line,
)


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


class Templates:
    """Renders a template into a page, or a list into as many numbered pages as it needs, giving each template
    the facts, the catalog and the helpers that link and cite relative to the page's own folder."""

    def __init__(self, facts: Facts, catalog: Catalog, articles: dict[str, Article], made: dict[str, bool]):
        self.facts = facts
        self.catalog = catalog
        self.articles = articles
        self.made = made  # which section pages exist, for the templates that link to them
        self.env = _environment()

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

    def page(self, template: str, path: str, **context: object) -> Page:
        root = "../" * path.count("/")
        company_link = self._company_link(root)
        cite = self._cite(root)

        def quote_sentence(ref: Ref) -> Markup:
            return Markup(f"“{md_escape(self.sentence(ref))}” {cite(ref, tooltip=False)}")

        text = self.env.get_template(template).render(
            root=root,
            cite=cite,
            company=company_link,
            name_of=self.catalog.shown,
            quote_sentence=quote_sentence,
            deal_summary=lambda d: deal_summary(d, company_link),
            deal_short=lambda d: deal_short(d, company_link),
            deal_kind=lambda d: deal_kind(d, company_link),
            ownership_line=lambda o: ownership_line(o, company_link),
            holding_kind=lambda o: holding_kind(o, company_link),
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

    def _company_link(self, root: str) -> Callable[..., Markup]:
        def link(name: str, today: bool = False) -> Markup:
            """A link to the company's page, named as the articles name it; `today`: by its present name, for
            what this site's company list says (a parent, as of today)."""
            entry = self.catalog.companies.get(name)
            if entry is None:
                return md_escape(name)
            return Markup(f"[{md_escape(entry.name if today else entry.label)}]({root}companies/{entry.slug}.md)")

        return link

    def paged(
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
            page = self.page(template, page_path(path, number), pager=pager, **{name: chunk}, **context)
            if number > 1:
                page = Page(page.path, continuation(page.markdown, pager))
            pages.append(page)
        return pages


def _gap(paragraph: Paragraph, i: int) -> str:
    """What stands between sentence i-1 and sentence i in the article: its own spaces, or none when the
    article glues them (“...fast.“Next”); a line break shows as a space."""
    text = paragraph.text[paragraph.sentences[i - 1].end : paragraph.sentences[i].start]
    return re.sub(r"\s+", " ", text)
