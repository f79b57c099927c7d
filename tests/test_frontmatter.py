"""Optional YAML front matter at the top of a seed: read when present, checked line by line, never invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.model import FrontMatter
from briefing.pipeline import build_files
from briefing.read import read_article
from hostile import HERE


@pytest.fixture
def seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("seeds").mkdir()
    return Path("seeds/x.txt")


def test_front_matter_is_read_and_kept_out_of_the_article(seed: Path) -> None:
    seed.write_bytes((HERE / "front-matter.txt").read_bytes())
    loaded = read_article(seed)
    assert loaded.meta == FrontMatter(
        title="BMW and JLR Team Up on Electric Drive Units",
        date=date(2019, 10, 28),
        url="https://example.com/bmw-jlr",
        publisher="Example News",
        author="Jane Doe",
    )
    assert [p.text for p in loaded.paragraphs] == [
        "BMW and JLR will team up to share development costs of electric drive units.",
        "The deal was announced in June.",
    ]
    assert [p.line for p in loaded.paragraphs] == [9, 11]  # lines in the file, block included
    files = build_files(seed.parent).files
    assert "Example News" not in files["articles/x.md"] and "publisher" not in files["articles/x.md"]


def test_without_front_matter_nothing_is_invented(seed: Path) -> None:
    seed.write_text("BMW and JLR will team up.\nThe deal was announced in June.\n")
    loaded = read_article(seed)
    assert loaded.meta is None
    assert loaded.title == "BMW and JLR will team up" and loaded.title_from == "first-sentence"


def test_front_matter_keeps_one_line_per_paragraph_files_as_they_were(seed: Path) -> None:
    seed.write_text("---\nauthor: Jane Doe\n---\n\nBMW and JLR will team up.\nThe deal was announced in June.\n")
    loaded = read_article(seed)
    assert [(p.line, p.text) for p in loaded.paragraphs] == [
        (5, "BMW and JLR will team up."),
        (6, "The deal was announced in June."),
    ]


def test_values_stay_text(seed: Path) -> None:
    seed.write_text("---\ntitle: no\nauthor: 2019\npublisher: 'Reuters: Europe'\ndate:\n---\nBMW said so.\n")
    assert read_article(seed).meta == FrontMatter(title="no", author="2019", publisher="Reuters: Europe")


def test_an_empty_block_says_nothing(seed: Path) -> None:
    seed.write_text("---\n---\nBMW said so.\n")
    assert read_article(seed).meta == FrontMatter()


BAD = [
    ("bad date", "date: 2019-13-45", "x.txt:2: front matter: date '2019-13-45' is not a date; write it as YYYY-MM-DD"),
    ("words for a date", "date: 28 October 2019", "x.txt:2: front matter: date '28 October 2019' is not a date"),
    ("unknown key", "tags: cars", "x.txt:2: front matter: unknown key 'tags'; the keys are title, date, url,"),
    ("script url", "url: javascript:alert(1)", "x.txt:2: front matter: url 'javascript:alert(1)' is not a web"),
    ("relative url", "url: /news/x", "x.txt:2: front matter: url '/news/x' is not a web address"),
    ("twice", "author: A\nauthor: B", "x.txt:3: front matter: 'author' is given twice."),
    ("a list", "author:\n  - A\n  - B", "x.txt:2: front matter: 'author' must be one line of text."),
    ("not a mapping", "- title", "x.txt:2: front matter must be 'key: value' lines"),
    ("broken YAML", 'title: "unclosed', "x.txt:2: front matter: found unexpected end of stream."),
]


@pytest.mark.parametrize(("block", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_block_is_an_error_on_its_line(seed: Path, block: str, expected: str) -> None:
    seed.write_text(f"---\n{block}\n---\nBMW said so.\n")
    with pytest.raises(BriefingError) as caught:
        read_article(seed)
    assert str(caught.value).startswith("seeds/" + expected), str(caught.value)


def test_an_unclosed_block_points_at_its_first_line(seed: Path) -> None:
    seed.write_text("---\ntitle: A Title\n\nBMW said so.\n")
    with pytest.raises(BriefingError, match=r"^seeds/x\.txt:1: the first line '---' opens a front-matter block"):
        read_article(seed)


def test_front_matter_with_no_article_is_empty(seed: Path) -> None:
    seed.write_text("---\ntitle: A Title\n---\n\n")
    with pytest.raises(BriefingError, match=r"^seeds/x\.txt: the file is empty"):
        read_article(seed)
