"""Saved web pages (tests/pages/, written here in the templates news sites and newsrooms use): each gives
its article's paragraphs and metadata, lets no boilerplate through, and a page that is no article is refused.

Scored as a reader would: every gold paragraph must be found whole; characters of text let through that are
not the article's are counted (precision), as are the article's characters kept (recall)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.errors import BriefingError
from briefing.read.webpage import read_page

HERE = Path(__file__).parent / "pages"
CASES = sorted(HERE.glob("*.expected.yaml"))
ARTICLES = [c for c in CASES if yaml.safe_load(c.read_text(encoding="utf-8"))["kind"] == "article"]


def _load(expected: Path) -> tuple[dict, Path]:
    return yaml.safe_load(expected.read_text(encoding="utf-8")), HERE / expected.name.replace(".expected.yaml", ".html")


def _ids(cases: list[Path]) -> list[str]:
    return [c.name.removesuffix(".expected.yaml") for c in cases]


@pytest.mark.parametrize("expected", ARTICLES, ids=_ids(ARTICLES))
def test_a_page_gives_its_article_and_no_boilerplate(expected: Path) -> None:
    gold, page = _load(expected)
    text, meta = read_page(page.read_bytes(), page)
    paragraphs = text.strip().split("\n\n")
    assert [p for p in gold["paragraphs"] if p not in paragraphs] == []
    assert [s for s in gold["must_not"] if s in text] == []
    found = {
        "title": meta.title,
        "author": meta.author,
        "date": meta.date.isoformat() if meta.date else None,
        "publisher": meta.publisher,
        "url": meta.url,
    }
    assert found == {k: (str(gold[k]) if gold[k] is not None else None) for k in found}


@pytest.mark.parametrize(
    "expected", [c for c in CASES if c not in ARTICLES], ids=_ids([c for c in CASES if c not in ARTICLES])
)
def test_a_page_that_is_no_article_is_refused(expected: Path) -> None:
    _gold, page = _load(expected)
    with pytest.raises(BriefingError, match=r"no article text found"):
        read_page(page.read_bytes(), page)


def test_nothing_hidden_in_a_hostile_page_reaches_the_text() -> None:
    page = HERE / "hostile.html"
    assert b"PWNED_MARKER" in page.read_bytes()
    text, meta = read_page(page.read_bytes(), page)
    assert "PWNED_MARKER" not in text + repr(meta)


def test_extraction_keeps_the_articles_and_little_else() -> None:
    kept = through = total = 0
    for expected in ARTICLES:
        gold, page = _load(expected)
        paragraphs = read_page(page.read_bytes(), page)[0].strip().split("\n\n")
        wanted = set(gold["paragraphs"])
        kept += sum(len(p) for p in paragraphs if p in wanted)
        through += sum(len(p) for p in paragraphs if p not in wanted)
        total += sum(len(p) for p in wanted)
    recall, precision = kept / total, kept / (kept + through)
    print(f"\ncharacters of article text kept: {recall:.3f}; of the text kept, the article's: {precision:.3f}")
    assert recall == 1.0
    # What is let through is the pages' own summary bullets, standfirsts and table notes (named in each
    # page's notes): text of the article's page, not boilerplate.
    assert precision >= 0.93


def test_there_are_pages_of_every_kind_the_issue_names() -> None:
    names = {c.name.removesuffix(".expected.yaml") for c in CASES}
    assert {"hostile", "category-index", "jsonld-newsarticle", "meta-published-time", "cookie-wall-comments"} <= names
    assert sum(1 for c in ARTICLES if 100_000 <= _load(c)[1].stat().st_size <= 300_000) >= 4


def test_the_biggest_shareholder_holds_a_stake_it_does_not_own_the_company() -> None:
    from markupsafe import Markup

    from briefing.model import Ownership, Ref
    from briefing.render.wording import ownership_line

    def link(name: str) -> Markup:
        return Markup(name)

    holder = Ownership("Nissan", "Mitsubishi Motors", "biggest shareholder", Ref("a", 0, 0), "")
    parent = Ownership("Geely", "Polestar", "controlling shareholder", Ref("a", 0, 0), "")
    assert ownership_line(holder, link) == "Nissan holds a stake in Mitsubishi Motors"
    assert ownership_line(parent, link) == "Geely owns Polestar"
    # "which became part of Nissan" says no share: the page keeps the article's words, never "owns"
    part = Ownership("Nissan", "Mitsubishi Motors", "which became part of", Ref("a", 0, 0), "")
    assert ownership_line(part, link) == "Mitsubishi Motors is part of Nissan"
