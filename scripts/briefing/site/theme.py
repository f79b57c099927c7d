"""Fixes to the theme's markup, applied to every rendered page.

Material for MkDocs emits a few things that the Nu Html Checker and axe-core reject. Rather than copy its
templates into our repository, the plugin rewrites those spots in each page's HTML. This module is the only
place that knows the theme's markup: a theme upgrade that moves it makes a fix find nothing, which the
plugin reports as a warning, and --strict turns that into a failed build.
"""

from __future__ import annotations

import re

# autocomplete="off" is not allowed on checkboxes; a form that owns them may carry it, and it still keeps
# browsers from restoring the drawer and search toggles on reload.
_TOGGLE = re.compile(
    r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__\w+")'
    r' autocomplete="off">'
)
_TOGGLES_FORM = '<form id="__toggles" autocomplete="off" hidden></form>'
# The search dialog needs an accessible name.
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
# A page outside the navigation has a table-of-contents title labelling a toggle that is not there.
_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def fix_page(html: str) -> tuple[str, list[str]]:
    """(fixed HTML, the fixes whose target markup was not found)."""
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
