"""The real site, built in a temporary folder with --strict, looked at as files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from briefing.read import plan_folder, read_article
from conftest import ROOT


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value and tag in ("script", "link", "img", "iframe", "source"):
                self.urls.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_both_sites_have_every_page(built: tuple[Path, Path]) -> None:
    hosted, offline = built
    for page in ["partnership", "alliances", "finances", "people", "glossary", "about", "companies/bmw"]:
        assert (hosted / page / "index.html").is_file()
        assert (offline / f"{page}.html").is_file()
    assert (hosted / "facts.json").is_file() and (offline / "facts.json").is_file()


def test_no_asset_from_another_host(built: tuple[Path, Path]) -> None:
    for site in built:
        for html in site.rglob("*.html"):
            foreign = [u for u in _parse(html).urls if re.match(r"^(https?:)?//", u)]
            assert foreign == [], f"{html}: {foreign}"
    # The theme's bundle names CDN fallbacks (a ResizeObserver polyfill, mermaid) that load only where a
    # browser lacks the feature or a page has a diagram; the browser tests prove no page requests them.


def test_offline_build_is_lean_and_static(built: tuple[Path, Path]) -> None:
    offline = built[1]
    assert not list(offline.rglob("*.map"))
    assert not (offline / "assets/javascripts/lunr").exists()
    index = (offline / "index.html").read_text(encoding="utf-8")
    assert "navigation.instant" not in index
    assert "iframe-worker.js" in index
    assert (offline / "search/search_index.js").is_file()
    hosted_index = (built[0] / "index.html").read_text(encoding="utf-8")
    assert "navigation.instant" in hosted_index and "iframe-worker.js" not in hosted_index


def test_generated_pages_are_not_written_into_docs() -> None:
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    on_disk = [p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*") if p.is_file()]
    assert sorted(on_disk) == sorted(tracked) or not tracked


def test_every_sentence_is_on_its_source_page(built: tuple[Path, Path]) -> None:
    articles = [read_article(path, slug) for path, slug in plan_folder(ROOT / "seeds")[0]]
    for article in articles:
        page = built[0] / "articles" / article.slug / "index.html"
        text = " ".join("".join(_parse(page).text).split())
        for p in article.paragraphs:
            for s in p.sentences:
                assert " ".join(s.text.split()) in text, s.text


def test_facts_json_has_the_documented_shape(built: tuple[Path, Path]) -> None:
    facts = json.loads((built[0] / "facts.json").read_text(encoding="utf-8"))
    assert set(facts) >= {"articles", "companies", "deals", "ownership", "labels", "people", "money"}
    article = facts["articles"][0]
    assert {"slug", "title", "source", "paragraphs"} <= set(article)
    assert article["source"] == "Reuters"
    for p in article["paragraphs"]:
        assert set(p["topics"]) <= {"partnership", "alliances", "finances", "other"}
    jlr = next(c for c in facts["companies"] if c["name"] == "Jaguar Land Rover")
    assert "JLR" in jlr["aliases"] and jlr["mentions"]
    [money] = facts["money"]
    assert (money["amount"], money["currency"], money["qualifier"], money["year"], money["company"]) == (
        4.0e9,
        "USD",
        "nearly",
        2019,
        "Jaguar Land Rover",
    )
    deals = {(frozenset(p["name"] for p in d["parties"]), d["type"], d["status"]) for d in facts["deals"]}
    assert (frozenset({"BMW", "Jaguar Land Rover"}), "partnership", "announced") in deals
    assert (frozenset({"Fiat Chrysler Automobiles", "Renault"}), "partnership", "active") in deals
    assert (frozenset({"BMW", "Toyota"}), "partnership", "active") in deals
    [main] = [d for d in facts["deals"] if d["main"]]
    assert {p["name"] for p in main["parties"]} == {"BMW", "Jaguar Land Rover"} and main["type"] == "partnership"
    # Ford, and Tata Motors, are named but are nobody's partner
    assert not any({"Ford", "Tata Motors"} & {p["name"] for p in d["parties"]} for d in facts["deals"])
    assert not any("invest" in d["sentence"] for d in facts["deals"])
    [forster] = facts["people"]
    assert forster["name"] == "Carl-Peter Forster" and len(forster["quotes"]) == 1
    for a in facts["deals"] + facts["money"]:
        text = facts["articles"][0]["paragraphs"][a["paragraph"]]["text"]
        assert (a.get("sentence") or a["text"]) in text


def test_cli_writes_pages_and_facts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/build_pages.py"), str(ROOT / "seeds"), str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "facts.json").is_file() and (out / "index.md").is_file()
    assert (out / "articles/bmw-jlr-ev-partnership.md").is_file()


def test_cli_help_explains_exit_codes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/build_pages.py"), "--help"], capture_output=True, text=True
    )
    assert "exit codes" in result.stdout and "SEEDS_DIR" in result.stdout


def test_readme_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"^make (\w+)", readme, re.M):
        assert re.search(rf"^{target}:", makefile, re.M), f"README mentions make {target}"
    assert "make site" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")


def test_hosted_overview_links_the_offline_zip(built: tuple[Path, Path]) -> None:
    hosted, offline = built
    href = re.search(r'<a href="([^"]+\.zip)" download>', (hosted / "index.html").read_text(encoding="utf-8"))
    assert href and (hosted / href.group(1)).is_file()
    assert ".zip" not in (offline / "index.html").read_text(encoding="utf-8")
