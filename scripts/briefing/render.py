"""Render the site's Markdown pages from the facts, with Jinja2 templates in templates/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from .catalog import Catalog, build_catalog
from .facts_json import facts_to_json
from .gazetteer import DATA, Gazetteer, load_data_file
from .mdtext import attr_escape, md_escape
from .model import Article, Facts, Money, Ref
from .svg import alliance_map
from .topics import is_cooperation_statement, is_finance_statement, is_unknown_statement

TEMPLATES = Path(__file__).with_name("templates")
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "KRW": "₩"}


def format_amount(value: float, currency: str) -> str:
    """4.0e9 USD → 'US$4.0 billion': the ISO code is kept visible so a bare '$' never misleads."""
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= factor:
            number = f"{value / factor:,.2f}".rstrip("0").rstrip(".")
            if "." not in number and value / factor < 100:
                number = f"{value / factor:.1f}"
            return f"{currency} {number} {word}"
    return f"{currency} {value:,.0f}"


def describe_money(m: Money) -> str:
    text = format_amount(m.amount, m.currency)
    if m.amount_high is not None:
        text += " to " + format_amount(m.amount_high, m.currency)
    return text


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs_dir, POSIX
    markdown: str


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        # Everything printed is article text unless marked safe: escaped by default, not by memory.
        finalize=lambda v: v if isinstance(v, Markup) else md_escape("" if v is None else v),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["md"] = md_escape
    env.filters["attr"] = lambda v: Markup(attr_escape(str(v)))
    env.filters["money"] = describe_money
    env.filters["basename"] = lambda v: Path(str(v)).name
    env.tests["contains"] = lambda seq, item: item in seq
    env.tests["finance_statement"] = is_finance_statement
    env.tests["unknown_statement"] = is_unknown_statement
    env.tests["cooperation_statement"] = is_cooperation_statement
    return env


class Renderer:
    def __init__(self, facts: Facts, gazetteer: Gazetteer):
        self.facts = facts
        self.gazetteer = gazetteer
        self.catalog: Catalog = build_catalog(facts, gazetteer)
        self.env = _environment()
        self.articles: dict[str, Article] = {af.article.slug: af.article for af in facts.articles}
        glossary = load_data_file(DATA / "glossary.yaml")["terms"]
        self.glossary: dict[str, str] = dict(sorted(glossary.items()))

    def sentence(self, ref: Ref) -> str:
        return self.articles[ref.article].paragraphs[ref.paragraph].sentences[ref.sentence].text

    def _cite(self, root: str) -> Callable[[Ref], Markup]:
        def cite(ref: Ref) -> Markup:
            article = self.articles[ref.article]
            label = f"¶{ref.paragraph + 1}.{ref.sentence + 1}"
            if len(self.articles) > 1:
                label = f"{article.slug} {label}"
            title = attr_escape(self.sentence(ref))
            return Markup(f'[{md_escape(label)}]({root}articles/{ref.article}.md#{ref.anchor} "{title}"){{.cite}}')

        return cite

    def _page(self, template: str, path: str, **context: object) -> Page:
        root = "../" * path.count("/")
        company_link = self._company_link(root)
        cite = self._cite(root)

        def quote_sentence(ref: Ref) -> Markup:
            return Markup(f"“{md_escape(self.sentence(ref))}” {cite(ref)}")

        text = self.env.get_template(template).render(
            root=root,
            cite=cite,
            company=company_link,
            quote_sentence=quote_sentence,
            catalog=self.catalog,
            facts=self.facts,
            articles=self.articles,
            sentence=self.sentence,
            Markup=Markup,
            many=len(self.articles) > 1,
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

    def pages(self) -> list[Page]:
        pages = [
            self._page("index.md.j2", "index.md"),
            self._page("partnership.md.j2", "partnership.md"),
            self._page("alliances.md.j2", "alliances.md", alliance_svg=Markup(alliance_map(self.catalog))),
            self._page("finances.md.j2", "finances.md", finance_title=self.finance_title()),
            self._page("people.md.j2", "people.md"),
            self._page("companies.md.j2", "companies/index.md"),
            self._page("glossary.md.j2", "glossary.md", glossary=self.glossary),
            self._page("sources.md.j2", "articles/index.md"),
        ]
        for entry in self.catalog.companies.values():
            pages.append(self._page("company.md.j2", f"companies/{entry.slug}.md", entry=entry))
        for article in self.articles.values():
            af = next(a for a in self.facts.articles if a.article.slug == article.slug)
            pages.append(self._page("article.md.j2", f"articles/{article.slug}.md", article=article, af=af))
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


def render_site(facts: Facts, gazetteer: Gazetteer) -> dict[str, str]:
    """Every generated file: path → text (Markdown pages and facts.json)."""
    renderer = Renderer(facts, gazetteer)
    files = {p.path: p.markdown for p in renderer.pages()}
    files["facts.json"] = facts_to_json(facts, renderer.catalog)
    return files
