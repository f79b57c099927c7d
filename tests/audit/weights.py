"""Page weight as readers download it: the gzipped HTML plus every asset the page loads, per URL."""

from __future__ import annotations

from playwright.sync_api import Browser, Response


def transferred(browser: Browser, url: str, *, open_search: bool = False) -> dict[str, int]:
    """Bytes on the wire (Content-Length from the gzip server) for each URL the page fetched.

    Waits for the network to go quiet, so requests made after `load` (the sitemap that instant
    navigation reads, a search index) count too. `open_search` also clicks into the search box.
    """
    context = browser.new_context()
    sizes: dict[str, int] = {}

    def record(response: Response) -> None:
        if response.url.startswith("data:") or not 200 <= response.status < 300:
            return
        length = response.header_value("content-length")
        sizes[response.url] = int(length) if length is not None else len(response.body())

    try:
        page = context.new_page()
        page.on("response", record)
        page.goto(url, wait_until="networkidle")
        if open_search:
            page.locator("label.md-search__icon, .md-search__input").first.click()
            page.wait_for_function(
                "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
            )
            page.wait_for_load_state("networkidle")
    finally:
        context.close()
    return sizes
