"""A saved web page → the article's text, one paragraph per block, and what the page states about it.

trafilatura finds the main text and the metadata (title, author, site name, canonical URL); htmldate, which
trafilatura calls, finds the publication date. Only text leaves this module: the page's markup, scripts, links
and images never reach the pipeline, so nothing in a hostile page can act on the site. Nothing is fetched: both
libraries read the bytes they are given and never follow a URL.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from briefing.errors import BriefingError
from briefing.model import FrontMatter

# An article has at least this much text: a few sentences. Less is a teaser, a cookie wall or an index page.
MIN_ARTICLE_CHARS = 250

# Blocks of the extracted body, as trafilatura names them, that hold the article's own text.
_TEXT_BLOCKS = {"p", "head", "quote", "item", "list"}

_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")


def _quiet() -> None:
    # trafilatura and htmldate log every page they judge thin or odd at WARNING; our own error says it once.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _text(element: object) -> str:
    return " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]


def _blocks(body: object) -> list[str]:
    """The body's paragraphs in order. A paragraph broken by <br> into whole sentences is several paragraphs
    (pages that lay out text with line breaks); a line break inside a sentence is a space."""
    blocks: list[str] = []
    for element in body.iter(*_TEXT_BLOCKS):  # type: ignore[attr-defined]
        if element.tag == "list":
            continue  # its items come as blocks of their own
        if element.tag == "item" and element.getparent() is not None and element.getparent().tag != "list":
            continue
        pieces: list[str] = [element.text or ""]
        for child in element:
            if child.tag == "lb":
                pieces.append("\n")
            else:
                pieces.append("".join(child.itertext()))
            pieces.append(child.tail or "")
        lines = [" ".join(line.split()) for line in "".join(pieces).split("\n")]
        current = ""
        for line in filter(None, lines):
            current = f"{current} {line}".strip()
            if _SENTENCE_END.search(current):
                blocks.append(current)
                current = ""
        if current:
            blocks.append(current)
    return blocks


def _publisher(sitename: str | None, url: str | None) -> str | None:
    """The site's name as the page states it; trafilatura's fallback to the host name is not a statement."""
    if not sitename:
        return None
    host = (urlsplit(url).hostname or "") if url else ""
    if sitename.lower() in {host, host.removeprefix("www.")} or re.fullmatch(r"[\w-]+(\.[\w-]+)+", sitename):
        return None
    return sitename


def read_page(data: bytes, path: Path | str) -> tuple[str, FrontMatter]:
    """(the article's text, paragraphs separated by blank lines; what the page states about it).
    Raises BriefingError when the page holds no article."""
    import trafilatura  # imported here: a corpus of .txt seeds never pays for loading it
    from trafilatura.settings import Document

    _quiet()
    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError) as exc:  # markup trafilatura could not parse
        raise BriefingError(f"cannot read the page as HTML ({exc}). Save it again from the browser.", path) from None
    blocks = _blocks(doc.body) if isinstance(doc, Document) and doc.body is not None else []
    title = " ".join(doc.title.split()) if isinstance(doc, Document) and doc.title else None
    if blocks and title and blocks[0] == title:
        blocks.pop(0)  # the page's <h1>, which is the title, not a paragraph
    size = sum(len(b) for b in blocks)
    if not isinstance(doc, Document) or size < MIN_ARTICLE_CHARS or sum(len(b.split()) >= 8 for b in blocks) < 2:
        found = f"only {size} characters of text in its main content" if blocks else "no main content"
        raise BriefingError(
            f"no article text found ({found}). Is this an index or a cookie page? Save the article's own page, "
            "or copy its text into a .txt file.",
            path,
        )
    when = date.fromisoformat(doc.date) if doc.date and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.date) else None
    url = doc.url if doc.url and urlsplit(doc.url).scheme in ("http", "https") else None
    meta = FrontMatter(
        title=title,
        date=when,
        url=url,
        publisher=_publisher(doc.sitename, url),
        author=" ".join(doc.author.split()) if doc.author else None,
    )
    return "\n\n".join(blocks) + "\n", meta
