"""Pages of a list: a list too long for one page is split into numbered pages, none growing with the corpus;
and the order articles are listed in (newest first, by month)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from briefing.extract.dates import article_date
from briefing.model import Article


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs_dir, POSIX
    markdown: str


def page_path(path: str, number: int) -> str:
    """Page `number` of a list page: finances.md, finances--page-2.md ... (a slug never holds "--")."""
    return path if number == 1 else f"{path.removesuffix('.md')}--page-{number}.md"


@dataclass(frozen=True)
class Pager:
    """Where a page sits in its list: page `number` of `count`, with links relative to it."""

    path: str  # page 1
    number: int = 1
    count: int = 1

    def href(self, number: int) -> str:
        return PurePosixPath(page_path(self.path, number)).name

    @property
    def previous(self) -> str | None:
        return self.href(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.href(self.number + 1) if self.number < self.count else None


def chunks(
    items: Sequence[object], size: int, weight: Callable[[object], int] = lambda _item: 1
) -> list[Sequence[object]]:
    """Consecutive runs of items whose weights add up to at most `size` (an item heavier than that stands alone)."""
    chunks: list[Sequence[object]] = []
    start, load = 0, 0
    for i, item in enumerate(items):
        w = weight(item)
        if i > start and load + w > size:
            chunks.append(items[start:i])
            start, load = i, 0
        load += w
    if start < len(items):
        chunks.append(items[start:])
    return chunks or [items]


def continuation(markdown: str, pager: Pager) -> str:
    """Pages after the first: no tags (the first page has them), out of search (its rows are on other pages)."""
    if markdown.startswith("---\n"):
        markdown = markdown[markdown.index("\n---\n", 4) + 5 :]
    head, sep, rest = markdown.partition("\n")
    if head.startswith("# "):
        markdown = f"{head} (page {pager.number} of {pager.count}){sep}{rest}"
    return "---\nsearch:\n  exclude: true\n---\n" + markdown


def dated(article: Article) -> date | None:
    return article_date(article)


def newest_first(articles: list[Article]) -> list[Article]:
    """Dated articles newest first, then the undated in their own order; as given when none has a date."""
    first = sorted((a for a in articles if dated(a)), key=lambda a: dated(a) or date.min, reverse=True)
    return [*first, *(a for a in articles if not dated(a))] if first else articles


def groupby_month(articles: list[Article]) -> list[tuple[str | None, list[Article]]]:
    """Runs of articles by month of publication ("June 2019"); None for those without a date."""
    groups: list[tuple[str | None, list[Article]]] = []
    for a in articles:
        d = dated(a)
        month = f"{d:%B %Y}" if d else None
        if groups and groups[-1][0] == month:
            groups[-1][1].append(a)
        else:
            groups.append((month, [a]))
    return groups
