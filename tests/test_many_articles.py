"""Several articles make one site: one page per company, facts keep their article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefing.pipeline import build_files

CORPUS = Path(__file__).with_name("corpus")


def test_corpus_as_one_site(tmp_path: Path) -> None:
    for txt in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(txt, tmp_path / txt.name)
    files = build_files(tmp_path).files
    facts = json.loads(files["facts.json"])
    slugs = {a["slug"] for a in facts["articles"]}
    assert len(slugs) == 6
    # one entry per company across articles, mentions grouped by article on its page
    names = [c["name"] for c in facts["companies"]]
    assert len(names) == len(set(names))
    bmw = next(c for c in facts["companies"] if c["name"] == "BMW")
    assert len({m["article"] for m in bmw["mentions"]}) >= 2
    page = files["companies/bmw.md"]
    assert page.count("\n### ") >= 2  # a heading per article
    # every fact names its article; citations on shared pages say which article
    for fact in facts["deals"] + facts["money"]:
        assert fact["article"] in slugs
    assert any(f"[{slug} ¶" in files["alliances.md"] for slug in slugs)
    for slug in slugs:
        assert f"articles/{slug}.md" in files


def test_jaguar_and_jaguar_land_rover_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Jaguar Land Rover said Jaguar sales fell.\n", encoding="utf-8")
    facts = json.loads(build_files(tmp_path).files["facts.json"])
    assert sorted(c["name"] for c in facts["companies"]) == ["Jaguar", "Jaguar Land Rover"]


def _dated(folder: Path, name: str, when: str | None, text: str) -> None:
    head = f"---\ndate: {when}\n---\n" if when else ""
    (folder / name).write_text(head + text + "\n", encoding="utf-8")


def test_source_index_goes_by_month_when_dates_are_known(tmp_path: Path) -> None:
    _dated(tmp_path, "a.txt", "2019-01-05", "BMW and Toyota will build sports cars together.")
    _dated(tmp_path, "b.txt", "2019-03-20", "Ford and Volkswagen will share vans.")
    _dated(tmp_path, "c.txt", "2019-03-02", "Renault said sales fell.")
    _dated(tmp_path, "d.txt", None, "Nissan said sales rose.")
    page = build_files(tmp_path).files["articles/index.md"]
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## March 2019", "## January 2019", "## Undated"]
    rows = [line.split("](")[1].split(".md")[0] for line in page.splitlines() if line.startswith("| [")]
    assert rows == ["b", "c", "a", "d"]  # newest first, the undated last
    assert "| 2019-03-20 |" in page and "not given" not in page  # an undated row leaves its date cell empty


def test_without_dates_no_month_is_invented(tmp_path: Path) -> None:
    _dated(tmp_path, "a.txt", None, "BMW and Toyota will build sports cars together.")
    _dated(tmp_path, "b.txt", None, "Ford and Volkswagen will share vans.")
    page = build_files(tmp_path).files["articles/index.md"]
    assert "## " not in page and "Date" not in page
    assert [line.split("](")[1].split(".md")[0] for line in page.splitlines() if line.startswith("| [")] == ["a", "b"]


def test_search_boosts_the_overview_and_company_pages(tmp_path: Path) -> None:
    _dated(tmp_path, "a.txt", None, "BMW and Toyota will build sports cars together.")
    files = build_files(tmp_path).files
    for page in ("index.md", "companies/bmw.md"):
        assert files[page].startswith("---\nsearch:\n  boost: 2\n"), page
    assert "boost" not in files["articles/index.md"]


def test_a_company_is_named_as_the_articles_name_it(tmp_path: Path) -> None:
    # every mention is an earlier name: the pages say Daimler, and this site's list adds today's name as its own
    (tmp_path / "old.txt").write_text(
        "Daimler and Renault swap stakes\n\nDaimler and Renault agreed to swap stakes. Daimler makes Mercedes-Benz"
        " cars.\n",
        encoding="utf-8",
    )
    files = build_files(tmp_path).files
    page = files["companies/mercedes-benz-group.md"]
    assert page.startswith("---") and "\n# Daimler\n" in page
    assert "now named Mercedes-Benz Group" in page
    assert "[Daimler](companies/mercedes-benz-group.md)" in files["index.md"]
    assert "Mercedes-Benz Group" not in files["alliances.md"]
    # the brand's parent, from this site's list, is named as it is today
    assert "part of [Mercedes-Benz Group](../companies/mercedes-benz-group.md)" in files["companies/mercedes-benz.md"]
    # one article that also writes today's name: today's name stands
    (tmp_path / "new.txt").write_text("Mercedes-Benz Group sells vans\n\nMercedes-Benz Group sold vans.\n", "utf-8")
    files = build_files(tmp_path).files
    assert "\n# Mercedes-Benz Group\n" in files["companies/mercedes-benz-group.md"]
    assert "now named" not in files["companies/mercedes-benz-group.md"]


def test_a_company_written_only_by_a_full_alias_shows_that_name(tmp_path: Path) -> None:
    # the article writes "Tata Group", which this site's list files under Tata Sons: the pages say Tata Group
    (tmp_path / "a.txt").write_text(
        "Tata Group plans a plant\n\nTata Group and Renault plan a battery plant in Britain.\n", encoding="utf-8"
    )
    files = build_files(tmp_path).files
    page = files["companies/tata-sons.md"]
    assert "\n# Tata Group\n" in page and "listed as Tata Sons" in page and "now named" not in page
    assert "[Tata Group](companies/tata-sons.md)" in files["index.md"]
    # an abbreviation alone keeps the list's full name: "JLR" is shown as Jaguar Land Rover
    (tmp_path / "a.txt").write_text("JLR plans a plant\n\nJLR and Renault plan a battery plant.\n", "utf-8")
    assert "\n# Jaguar Land Rover\n" in build_files(tmp_path).files["companies/jaguar-land-rover.md"]


def test_the_deal_page_lists_only_articles_that_state_a_deal(tmp_path: Path) -> None:
    (tmp_path / "deal.txt").write_text("Kia and Ford team up\n\nKia and Ford will co-develop vans.\n", "utf-8")
    (tmp_path / "results.txt").write_text("Kia profit rises\n\nKia made a profit of $2bn in 2024.\n", "utf-8")
    page = build_files(tmp_path).files["partnership.md"]
    assert "(articles/deal.md)" in page
    assert "(articles/results.md)" not in page


def test_the_deal_page_promises_nothing_the_site_does_not_show(tmp_path: Path) -> None:
    # "why" and "what is not yet known" are shown for one article only: a site of many does not promise them
    (tmp_path / "a.txt").write_text("Kia and Ford team up\n\nKia and Ford will co-develop vans.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Kia and Ford talk\n\nKia and Ford are in talks on trucks.\n", "utf-8")
    files = build_files(tmp_path).files
    assert "not yet known" not in files["partnership.md"]
    assert "not yet known" not in files["index.md"]


def test_the_people_page_counts_what_the_site_found_not_all_the_articles_name(tmp_path: Path) -> None:
    for name, who in (("a.txt", "Anna Kirsch"), ("b.txt", "Tom Brennan")):
        (tmp_path / name).write_text(f"Kia news\n\nKia chief executive {who} said sales rose.\n", "utf-8")
    page = build_files(tmp_path).files["people.md"]
    assert "The people this site found named in the articles (2)" in page


def test_a_person_quoted_only_in_reported_speech_is_not_shown_as_unquoted(tmp_path: Path) -> None:
    # "It quotes X as saying the plant will ...": his words, without quotation marks; the page counts only
    # quotes in quotation marks and leaves the cell empty, asserting nothing, where it has none
    for name, who in (("a.txt", "Anna Kirsch"), ("b.txt", "Tom Brennan")):
        (tmp_path / name).write_text(
            f"Kia news\n\nIt quotes Kia chief executive {who} as saying sales rose.\n", "utf-8"
        )
    page = build_files(tmp_path).files["people.md"]
    assert "| Quotes in quotation marks |" in page
    row = next(line for line in page.splitlines() if line.startswith("| Anna Kirsch"))
    assert row.split("|")[3].strip() == ""


def test_one_articles_overview_promises_no_section_its_deal_page_may_lack(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kia and Ford team up\n\nKia and Ford will co-develop vans.\n", "utf-8")
    files = build_files(tmp_path).files
    assert "not yet known" not in files["index.md"]
    assert "not yet known" not in files["partnership.md"]


def test_a_quote_two_companies_said_together_is_theirs_on_the_people_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Kia and Mazda share a plant\n\nKia and Mazda will share a plant.\n\n"
        "“Mazda and Kia will run two shifts,” the automakers said.\n",
        "utf-8",
    )
    page = build_files(tmp_path).files["people.md"]
    assert "[Kia](companies/kia.md) and [Mazda](companies/mazda.md), together" in page


def test_the_finances_page_claims_nothing_the_article_pages_do_not_show(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kia results\n\nKia posted a net profit of $1 billion.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Ford results\n\nFord posted a net loss of $2 billion.\n", "utf-8")
    files = build_files(tmp_path).files
    assert "links to its sentence" in files["finances.md"]
    # the article pages show no topics, so the finances page must not send readers to look for them there
    assert "finances" not in files["articles/a.md"].split("---")[-1]
    assert "carry the topic" not in files["finances.md"]


def test_a_deal_a_company_only_weighs_is_not_called_a_report_of_unnamed_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Nissan weighs stake\n\nNissan has said it is considering an investment in Ampere, Renault's EV unit.\n",
        "utf-8",
    )
    page = build_files(tmp_path).files["alliances.md"]
    assert "rumoured or only considered" in page and "unnamed sources" not in page


def test_a_relationship_told_only_by_a_holding_says_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Honda stakes\n\nHonda owns about 12 per cent of Isuzu.\n", "utf-8")
    page = build_files(tmp_path).files["alliances.md"]
    row = next(line for line in page.splitlines() if line.startswith("| [Honda]") or line.startswith("| [Isuzu]"))
    assert "**Stake**: [Honda](companies/honda.md) holds 12% of [Isuzu](companies/isuzu.md)" in row
