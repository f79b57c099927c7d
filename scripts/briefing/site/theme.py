"""Everything that knows Material for MkDocs. Each fix says which theme behaviour it answers and which check
proves it; the theme's files are never copied here, only corrected or trimmed as the site is built.

- `overrides/` is the theme's custom_dir: main.html (the page title escaped: a headline holding "</title>" stays
  text; tests/test_hostile.py) and our assets: extra.css (colours that pass axe-core in both palettes, the
  key-figure cards, the map), search-on-intent.js (the search worker and index load when a reader opens search,
  not with every page: Lighthouse performance, tests/audit) and the favicon.
- `offline/iframe-worker.js` goes into the offline site only: on file:// Chromium refuses web workers, and
  the theme's offline plugin would fetch its own shim from a CDN unless a polyfill named iframe-worker is set
  (mkdocs.offline.yml names this one; tests/test_browser.py searches from disk).
- fix_page() corrects markup the Nu Html Checker and axe-core reject (tests/test_audit.py).
- purge_css() trims the theme's stylesheets to the rules the built site uses: the 60 KiB page budget.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from briefing.errors import BuildError

HERE = Path(__file__).parent
OVERRIDES = HERE / "overrides"
SHIM = "assets/javascripts/iframe-worker.js"  # where the offline site serves it (mkdocs.offline.yml)
SHIM_SOURCE = HERE / "offline" / "iframe-worker.js"
PURGE_SCRIPT = HERE / "purge_css.mjs"
REPOSITORY = HERE.parents[2]  # holds node_modules/, where `make site` installs PurgeCSS

# Nu: autocomplete="off" is not allowed on checkboxes. A form that owns them may carry it, and it still keeps
# browsers from restoring the drawer and search toggles on reload.
_TOGGLE = re.compile(
    r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__\w+")'
    r' autocomplete="off">'
)
_TOGGLES_FORM = '<form id="__toggles" autocomplete="off" hidden></form>'
# axe (aria-dialog-name): the search dialog needs an accessible name.
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
# Nu: a page outside the navigation has a table-of-contents title labelling a toggle that is not there.
_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def fix_page(html: str) -> tuple[str, list[str]]:
    """(fixed HTML, the fixes whose target markup was not found: the theme changed, the fix needs a look)."""
    missing: list[str] = []
    html, n = _TOGGLE.subn(r'\1 form="__toggles">', html)
    if n:
        html = html.replace('<input class="md-toggle"', _TOGGLES_FORM + '<input class="md-toggle"', 1)
    else:
        missing.append("checkbox toggles")
    if _SEARCH_DIALOG in html:
        html = html.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search">')
    elif 'data-md-component="search"' in html:
        missing.append("search dialog")
    if 'id="__toc"' not in html:
        html = _TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html)
    return html, missing


def purge_css(site: Path) -> None:
    """Cut the theme's stylesheets of one built site to the rules its pages and scripts use (PurgeCSS, npm)."""
    node = shutil.which("node")
    if node is None:
        raise BuildError("Node.js is missing; it trims the theme's stylesheet. Install nodejs (20) and npm.")
    result = subprocess.run([node, str(PURGE_SCRIPT), str(site)], cwd=REPOSITORY, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise BuildError(
            "trimming the theme's stylesheet failed (run `make site`, which installs the npm tools):\n"
            + "\n".join(detail)
        )


def drop_unused_assets(site: Path, search_languages: list[str] | None) -> None:
    """Source maps (1.3 MB) and the search languages this site does not use (0.9 MB) only weigh it down."""
    for map_file in site.rglob("*.map"):
        map_file.unlink()
    if not search_languages or search_languages == ["en"]:
        shutil.rmtree(site / "assets/javascripts/lunr", ignore_errors=True)
