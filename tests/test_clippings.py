"""Markdown clippings and PDF copies (tests/clippings/, written here): each is read into exactly its gold
paragraphs and metadata, and nothing of its markup, chrome or page furniture reaches the text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from dateutil import parser as dates

from briefing.read import read_article

HERE = Path(__file__).parent / "clippings"
CASES = sorted(HERE.glob("*.expected.yaml"))


def _seed(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.yaml")
    return next(p for p in HERE.glob(f"{stem}.*") if p.suffix in (".md", ".txt"))


def _date(article_date: date | None, date_line: str | None) -> str | None:
    if article_date:
        return article_date.isoformat()
    return dates.parse(date_line).date().isoformat() if date_line else None


@pytest.mark.parametrize("expected", CASES, ids=[c.name.removesuffix(".expected.yaml") for c in CASES])
def test_a_clipping_reads_as_its_gold(expected: Path) -> None:
    gold = yaml.safe_load(expected.read_text(encoding="utf-8"))
    article = read_article(_seed(expected))
    assert [p.text for p in article.paragraphs] == gold["paragraphs"]
    meta = article.meta
    found = {
        "title": article.title,
        # A byline under the headline ("By Jane Roe") and a line with only a date are the article's own.
        "author": (meta.author if meta else None) or (article.byline.removeprefix("By ") if article.byline else None),
        "date": _date(meta.date if meta else None, article.date_line),
        "publisher": meta.publisher if meta else None,
        "url": meta.url if meta else None,
    }
    assert found == {k: (str(gold[k]) if gold[k] is not None else None) for k in found}
    text = " ".join([article.title, *(p.text for p in article.paragraphs)])
    assert [s for s in gold["must_not"] if s in text] == []


def test_there_are_clippings_of_both_kinds() -> None:
    kinds = {_seed(c).suffix for c in CASES}
    assert kinds == {".md", ".txt"} and len(CASES) >= 10
