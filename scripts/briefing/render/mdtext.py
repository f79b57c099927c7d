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
# A citation's tooltip repeats its sentence; a page may cite one long sentence thousands of times,
# so the tooltip is cut to keep pages linear in the article's size. The full sentence is one click away.
TOOLTIP_CHARS = 300


_SPACE_RUN, _NUMBERED, _DASH_FIRST = re.compile(r"\s+"), re.compile(r"^(\d+)\."), re.compile(r"^([-])")


def escape_text(text: str) -> Markup:
    """md_escape for a plain str."""
    s = _SPACE_RUN.sub(" ", text).translate(_TABLE)
    # A line that starts "1. " or "- " would become a list; the entity keeps it a paragraph.
    s = _NUMBERED.sub(r"\1&#46;", s)
    s = _DASH_FIRST.sub("&#45;", s)
    return Markup(s)


def md_escape(text: object) -> Markup:
    """Article text → Markdown that renders as exactly that text, on one line."""
    if isinstance(text, Markup):
        return text
    return escape_text(str(text))


def shorten(text: str, limit: int = TOOLTIP_CHARS) -> str:
    """Text cut at a word boundary to at most `limit` characters, with "…" when anything was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def attr_escape(text: str, limit: int = TOOLTIP_CHARS) -> str:
    """Text for a double-quoted attribute (a link title, an abbreviation) inside Markdown, cut to `limit`."""
    # str(): Markup.replace would escape its arguments, turning "&quot;" into "&amp;quot;".
    return str(md_escape(shorten(text, limit)))
