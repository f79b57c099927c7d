"""The README's picture: the overview (light palette) beside the deal map (dark), from the built site.

    make site && PYTHONPATH=tests .venv/bin/python -m audit.screenshot

Writes docs/assets/screenshot-overview.png (one file, so the site and the offline zip carry one picture).
"""

from __future__ import annotations

import argparse
import base64
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from audit.gzip_server import serve
from audit.tools import ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
VIEW = {"width": 1240, "height": 780}  # wide enough for both sidebars
OUT = ROOT / "docs" / "assets" / "screenshot-overview.png"


def _shot(browser: Browser, url: str, scheme: str, anchor: str | None = None) -> bytes:
    context = browser.new_context(viewport=VIEW, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        if anchor:
            page.locator(anchor).first.scroll_into_view_if_needed()
            page.evaluate(f"window.scrollBy(0, document.querySelector('{anchor}').getBoundingClientRect().top - 70)")
        return page.screenshot()
    finally:
        context.close()


def _side_by_side(browser: Browser, left: bytes, right: bytes) -> bytes:
    """Both pictures at 2/3 size on one canvas, laid out by the browser itself (no imaging library needed)."""
    w, h = VIEW["width"] * 2 // 3, VIEW["height"] * 2 // 3
    img = "<img src='data:image/png;base64,{}' width='{}' height='{}' style='display:block;border:1px solid #ccc'>"
    html = (
        "<body style='margin:0;background:#fff'>"
        "<div id='c' style='display:flex;gap:12px;padding:12px;width:max-content'>"
        + img.format(base64.b64encode(left).decode(), w, h)
        + img.format(base64.b64encode(right).decode(), w, h)
        + "</div></body>"
    )
    context = browser.new_context(viewport={"width": 2 * w + 60, "height": h + 40})
    try:
        page = context.new_page()
        page.set_content(html)
        return page.locator("#c").screenshot()
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with serve(args.site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        overview = _shot(browser, base, "light")
        alliances = _shot(browser, base + "alliances/", "dark", anchor="#deal-map")
        args.out.write_bytes(_side_by_side(browser, overview, alliances))
        browser.close()
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
