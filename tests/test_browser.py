"""The built sites as a reader uses them: over HTTP and from disk, with search, and no request off the machine."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from briefing.site.plugin import DOWNLOAD

pytestmark = pytest.mark.browser

PAGES = [
    "index",
    "partnership",
    "alliances",
    "finances",
    "people",
    "companies/index",
    "articles/index",
    "glossary",
    "about",
    "companies/jaguar-land-rover",
    "articles/bmw-jlr-ev-partnership",
]


def _url(base: str, page: str, offline: bool) -> str:
    if offline:
        return f"{base}{page}.html"
    return base + ("" if page == "index" else page.removesuffix("index") + ("/" if not page.endswith("index") else ""))


def _open(browser, url: str):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    return context, page, requests, failed, errors


def _off_machine(urls: list[str]) -> list[str]:
    return [
        u
        for u in urls
        if urlparse(u).scheme not in ("file", "data", "blob", "about")
        and urlparse(u).hostname not in ("127.0.0.1", "localhost")
    ]


@pytest.mark.parametrize("offline", [False, True], ids=["http", "file"])
@pytest.mark.parametrize("page_name", PAGES)
def test_page_loads_with_no_failed_or_foreign_request(browser, server, built, offline, page_name) -> None:
    base = built[1].as_uri() + "/" if offline else server
    context, page, requests, failed, errors = _open(browser, _url(base, page_name, offline))
    try:
        assert page.locator("h1").count() >= 1
        assert failed == []
        assert errors == []
        assert _off_machine(requests) == []
    finally:
        context.close()


def _search(page, query: str) -> list[str]:
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    # The theme queries on key events once its index is loaded; typing like a person covers both.
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta')?.textContent.includes('Initializing')"
    )
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    return [a.get_attribute("href") or "" for a in page.locator(".md-search-result__item > a").all()]


@pytest.mark.parametrize("offline", [False, True], ids=["http", "file"])
@pytest.mark.parametrize(("query", "expected"), [("write-off", "finances"), ("Forster", "people")])
def test_search_finds_the_right_page(browser, server, built, offline, query, expected) -> None:
    base = built[1].as_uri() + "/" if offline else server
    context, page, requests, _failed, _errors = _open(browser, _url(base, "index", offline))
    try:
        hrefs = _search(page, query)
        assert any(expected in h for h in hrefs), hrefs
        assert _off_machine(requests) == []
    finally:
        context.close()


def test_citation_lands_on_its_sentence(browser, server) -> None:
    context, page, _r, _f, _e = _open(browser, server + "finances/")
    try:
        link = page.locator("a.cite").first
        link.click()
        page.wait_for_load_state("load")
        target = page.evaluate("location.hash").lstrip("#")
        assert target.startswith("p")
        text = page.locator(f"[id='{target}']").inner_text()
        assert "$4.0 billion" in text
    finally:
        context.close()


def test_navigation_reaches_every_section(browser, server) -> None:
    context, page, _r, _f, _e = _open(browser, server)
    try:
        for title in ["The deal", "Relationships", "Finances", "People and quotes"]:
            page.locator(".md-nav--primary a", has_text=title).first.click()
            page.wait_for_load_state("load")
            assert page.locator("h1").first.inner_text()
    finally:
        context.close()


def test_offline_zip_is_linked_and_small(built: tuple[Path, Path]) -> None:
    zip_path = built[0] / DOWNLOAD
    assert zip_path.stat().st_size <= 600_000
