"""Make article text inert in Markdown: every character shows as written, none is syntax.

Entities, not backslashes: a backslash escape works only for the characters the active
Markdown extensions register, while a numeric entity is inert under any of them.
"""

from __future__ import annotations

import re

from markupsafe import Markup

_ENTITIES = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+!|~^=$:<>\"'"}
_ENTITIES["&"] = "&amp;"
_TABLE = str.maketrans(_ENTITIES)


def md_escape(text: object) -> Markup:
    """Article text → Markdown that renders as exactly that text, on one line."""
    if isinstance(text, Markup):
        return text
    s = re.sub(r"\s+", " ", str(text)).translate(_TABLE)
    # A line that starts "1. " or "- " would become a list; the entity keeps it a paragraph.
    s = re.sub(r"^(\d+)\.", r"\1&#46;", s)
    s = re.sub(r"^([-])", "&#45;", s)
    return Markup(s)


def attr_escape(text: str) -> str:
    """Text for a double-quoted HTML attribute inside Markdown."""
    return md_escape(text).replace("&#34;", "&quot;")
