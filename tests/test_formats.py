"""Seeds in three formats: plain text (also as copied from a PDF), Markdown clippings and saved web pages.

The examples are written here; each pins one reading rule."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.model import FrontMatter
from briefing.read import hardwrap, plan_folder, read_article
from briefing.read.clipping import clipping_text
from briefing.read.webpage import read_page

# --- Text copied from a PDF ------------------------------------------------------------------------------------------

WRAPPED = """\
OSAKA, June 9 - Daihatsu and a battery start-up said on Monday that they
would open a cell plant near Kyoto next year, part of a push into electri-
fication of small cars that both firms described as the core of their
plans. The plant will cost 40 billion yen.
Production is due to start in the spring. Electrification of the kei car
range was delayed twice by the joint-venture talks, the company said, as
the two firms could not agree on a site for the plant of the planned joint-
venture until last autumn.
Midyear Review | Daihatsu
Page 1 of 2
"We are ready," the plant's director, Aiko Mori, told reporters after
the signing ceremony at the company's offices, adding that a venture of
this size was new for the group and would need a great deal of co-
operation with its suppliers in the region over the next few years.
Midyear Review | Daihatsu
Page 2 of 2
"""


def test_a_pdf_copy_is_rebuilt_into_paragraphs() -> None:
    lines = WRAPPED.split("\n")
    assert hardwrap.is_hard_wrapped(lines)
    texts = [t for _n, t in hardwrap.paragraphs(lines)]
    assert len(texts) == 3
    assert texts[0].endswith("The plant will cost 40 billion yen.")
    assert texts[1].startswith("Production is due to start in the spring.")
    assert texts[2].startswith('"We are ready,"')


def test_hyphens_at_line_ends_are_joined_only_where_the_word_is_known() -> None:
    text = " ".join(t for _n, t in hardwrap.paragraphs(WRAPPED.split("\n")))
    assert "electrification of small cars" in text  # written whole elsewhere in the text
    assert "planned joint-venture until" in text  # the text writes the compound with its hyphen
    assert "cooperation with its suppliers" in text  # a common English word
    assert "jointventure" not in text


def test_page_numbers_and_running_headers_are_not_text() -> None:
    text = " ".join(t for _n, t in hardwrap.paragraphs(WRAPPED.split("\n")))
    assert "Page 1 of 2" not in text and "Midyear Review" not in text


def test_one_paragraph_per_line_is_not_a_pdf_copy() -> None:
    lines = [
        "Renault said on Tuesday it would sell its stake in the venture to its partner for 1.2 billion euros.",
        "The sale needs the approval of regulators in France and in Korea, which is expected before the end of June.",
        "Shares in Renault rose 3% in Paris.",
    ] * 3
    assert not hardwrap.is_hard_wrapped(lines)


def test_a_word_the_text_never_writes_whole_keeps_its_hyphen() -> None:
    lines = [
        "Zorvex and Quillon said on Monday that they had agreed to build a plant",
        "together in the north of the country, where the two firms have a long",
        "history of working with the same suppliers of steel and of quarvo-",
        "lite parts, and where the regional government has offered grants worth",
        "about 200 million euros over five years to companies that hire locally.",
        "The plant will open in 2028.",
    ]
    text = " ".join(t for _n, t in hardwrap.paragraphs(lines))
    assert "quarvo-lite parts" in text


# --- Markdown clippings ----------------------------------------------------------------------------------------------

CLIPPING = """\
# Kia and Ford to build vans together

[Home](https://news.example/) [Autos](https://news.example/autos)

SEOUL, March 3 - **Kia** said on _Tuesday_ it would [build vans](https://news.example/vans) with Ford[^1],
a deal worth \\*about\\* $1 billion.

![A van on a test track](https://img.example/van.jpg)

> "We are pleased," said Jae Park, Kia's chief executive.

## Where they will be built

<script>document.title = "PWNED"</script>

The vans will be built in <span>Spain</span> from 2026, according to [the statement][1].

[1]: https://news.example/statement

[^1]: Ford Motor Co.
"""


def test_a_clipping_is_read_as_plain_text() -> None:
    text, heading = clipping_text(CLIPPING)
    assert heading == "Kia and Ford to build vans together"
    paragraphs = text.strip().split("\n\n")
    assert paragraphs == [
        "SEOUL, March 3 - Kia said on Tuesday it would build vans with Ford, a deal worth *about* $1 billion.",
        '"We are pleased," said Jae Park, Kia\'s chief executive.',
        "Where they will be built",
        "The vans will be built in Spain from 2026, according to the statement.",
        "Ford Motor Co.",  # the footnote, after the text, without its marker
    ]


@pytest.mark.parametrize("gone", ["https://", "](", "**", "<script", "PWNED", "Home", "<span", "↩"])
def test_a_clipping_keeps_no_markup_link_target_script_or_menu(gone: str) -> None:
    assert gone not in clipping_text(CLIPPING)[0]


def test_a_clippers_front_matter_gives_what_it_knows_and_passes_over_the_rest(tmp_path: Path) -> None:
    seed = tmp_path / "vans.md"
    seed.write_text(
        "---\n"
        'title: "Kia and Ford to build vans"\n'
        "source: https://news.example/vans\n"
        'author:\n  - "[[Jane Roe]]"\n  - John Doe\n'
        "published: 2025-03-04T09:30:00+09:00\n"
        "created: 2025-03-05\n"
        "tags: [clippings, autos]\n"
        "---\n\n" + CLIPPING
    )
    article = read_article(seed)
    assert article.format == "markdown"
    assert article.meta == FrontMatter(
        title="Kia and Ford to build vans",
        date=date(2025, 3, 4),
        url="https://news.example/vans",
        author="Jane Roe and John Doe",
    )
    assert article.title == "Kia and Ford to build vans"


def test_a_text_seed_keeps_its_strict_front_matter(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text("---\ntags: [autos]\n---\n\nKia said so on Tuesday.\n")
    with pytest.raises(BriefingError, match="unknown key 'tags'"):
        read_article(seed)


# --- Saved web pages -------------------------------------------------------------------------------------------------

STORY = " ".join(
    [
        "<p>Hyundai Motor said on Thursday it had agreed to buy a 20% stake in a battery maker for",
        "$1.5 billion, its largest investment outside Korea this year.</p>",
        "<p>The purchase still needs the approval of regulators, the company said in a filing,",
        "and it is expected to close in the second half of the year.</p>",
        "<p>\u201cThis gives us the cells we need,\u201d said chief financial officer Min Lee.</p>",
    ]
)


def _page(head: str, article: str = STORY) -> bytes:
    return (
        f"<!doctype html><html><head>{head}</head><body>"
        '<nav><a href="/">Home</a><a href="/autos">Autos</a></nav>'
        f"<article><h1>Hyundai buys into battery maker</h1>{article}</article>"
        '<footer><a href="/privacy">Privacy</a> Copyright Example News</footer></body></html>'
    ).encode()


def test_a_web_page_gives_its_text_and_what_it_states() -> None:
    head = (
        '<title>Hyundai buys into battery maker | Example News</title><meta property="og:site_name" '
        'content="Example News"><meta name="author" content="Jane Roe"><meta property="article:published_time" '
        'content="2025-05-08T06:00:00Z"><link rel="canonical" href="https://news.example/hyundai-stake">'
    )
    text, meta = read_page(_page(head), "x.html")
    assert text.split("\n\n")[0].startswith("Hyundai Motor said on Thursday")
    assert "Home" not in text and "Privacy" not in text and "Hyundai buys into" not in text
    assert meta == FrontMatter(
        title="Hyundai buys into battery maker",
        date=date(2025, 5, 8),
        url="https://news.example/hyundai-stake",
        publisher="Example News",
        author="Jane Roe",
    )


def test_a_page_that_states_no_date_or_publisher_gets_none() -> None:
    _text, meta = read_page(_page("<title>Hyundai buys into battery maker</title>"), "x.html")
    assert meta.date is None and meta.publisher is None and meta.author is None and meta.url is None


def test_a_page_with_no_article_is_refused() -> None:
    teasers = "".join(f'<li><a href="/s{i}">Story number {i}</a></li>' for i in range(20))
    with pytest.raises(BriefingError, match=r"^x\.html: no article text found"):
        read_page(_page("<title>Autos</title>", f"<ul>{teasers}</ul>"), "x.html")


def test_reading_a_page_asks_nothing_of_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a request left the machine")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    head = '<base href="https://tracker.example/"><link rel="stylesheet" href="https://cdn.example/x.css">'
    pixel = '<img src="https://tracker.example/p.gif" width="1" height="1">'
    text, _meta = read_page(_page(head, STORY + pixel), "x.html")
    assert "Hyundai Motor said" in text


def test_a_page_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    seed = tmp_path / "big.html"
    with seed.open("wb") as f:
        f.truncate(9_000_000)
    with pytest.raises(BriefingError, match=r"the file is 9,000,000 bytes; the limit is 8,000,000"):
        read_article(seed)


def test_a_web_page_seed_becomes_an_article(tmp_path: Path) -> None:
    seed = tmp_path / "hyundai.html"
    seed.write_bytes(_page("<title>Hyundai buys into battery maker</title>"))
    article = read_article(seed)
    assert article.format == "html"
    assert article.title == article.headline == "Hyundai buys into battery maker"
    assert article.paragraphs[2].sentences[0].text.startswith("\u201cThis gives us the cells")


# --- One folder, mixed formats ---------------------------------------------------------------------------------------


def test_one_article_in_two_files_is_an_error_naming_both(tmp_path: Path) -> None:
    (tmp_path / "kia.txt").write_text("Kia said so.\n")
    (tmp_path / "kia.html").write_bytes(_page(""))
    with pytest.raises(BriefingError) as caught:
        plan_folder(tmp_path)
    assert "kia.html" in str(caught.value) and "kia.txt" in str(caught.value)
    assert "two files for one article" in str(caught.value)


def test_every_format_is_an_article_and_others_are_not(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.markdown", "f.pdf", "g.docx"):
        (tmp_path / name).write_text("x")
    planned, ignored = plan_folder(tmp_path)
    assert [p.name for p, _slug in planned] == ["a.txt", "b.md", "c.html", "d.htm", "e.markdown"]
    assert [p.name for p in ignored] == ["f.pdf", "g.docx"]


def test_a_page_with_no_article_stops_the_build_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing import cli

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "section.html").write_bytes((Path(__file__).parent / "pages" / "category-index.html").read_bytes())
    assert cli.main([str(seeds), str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert "section.html: no article text found (" in error and "Traceback" not in error
    assert not (tmp_path / "out").exists()
