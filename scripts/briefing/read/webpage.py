"""A saved web page → the article's text, one paragraph per block, and what the page states about it.

trafilatura finds the main text and the metadata (title, author, site name, canonical URL); htmldate, which
trafilatura calls, finds the publication date. Only text leaves this module: the page's markup, scripts, links
and images never reach the pipeline, so nothing in a hostile page can act on the site. Nothing is fetched: both
libraries read the bytes they are given and never follow a URL.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from briefing.errors import BriefingError
from briefing.model import FrontMatter
from briefing.read import boilerplate

# An article has at least this much text: a few sentences. Less is a teaser, a cookie wall or an index page.
MIN_ARTICLE_CHARS = 250

# Blocks of the extracted body, as trafilatura names them, that hold the article's own text.
_TEXT_BLOCKS = {"p", "head", "quote", "item", "list"}

_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")

# Boxes that hold a form and a few lines (a newsletter sign-up, a comment form, a search box): never the
# article's text, even when trafilatura keeps their words. A container of the story itself has more paragraphs.
_FORM_BOXES = "//*[self::div or self::aside or self::section][.//form][count(.//p) <= 3]"

# Words that are no part of a person's name: trafilatura sometimes takes a whole byline line as the author.
_NOT_NAME = re.compile(
    r"\b(?:published|updated|posted|editor|reporter|correspondent|writer|staff|min read|\d)", re.IGNORECASE
)


def _quiet() -> None:
    # trafilatura and htmldate log every page they judge thin or odd at WARNING; our own error says it once.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _level(element: object) -> int:
    """A heading's level (trafilatura keeps the tag it had as `rend`), 0 for a paragraph or a list item."""
    if element.tag != "head":  # type: ignore[attr-defined]
        return 0
    rend = element.get("rend") or ""  # type: ignore[attr-defined]
    return int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2


def _blocks(body: object) -> list[boilerplate.Block]:
    """The body's blocks in order. A paragraph broken by <br> into whole sentences is several paragraphs
    (pages that lay out text with line breaks); a line break inside a sentence is a space."""
    blocks: list[boilerplate.Block] = []
    for element in body.iter(*_TEXT_BLOCKS):  # type: ignore[attr-defined]
        if element.tag == "list":
            continue  # its items come as blocks of their own
        pieces: list[str] = [element.text or ""]
        for child in element:
            pieces.append("\n" if child.tag == "lb" else "".join(child.itertext()))
            pieces.append(child.tail or "")
        lines = [" ".join(line.split()) for line in "".join(pieces).split("\n")]
        current = ""
        for line in filter(None, lines):
            current = f"{current} {line}".strip()
            if _SENTENCE_END.search(current):
                blocks.append((_level(element), current))
                current = ""
        if current:
            blocks.append((_level(element), current))
    return blocks


def _publisher(sitename: str | None, url: str | None) -> str | None:
    """The site's name as the page states it; trafilatura's fallback to the host name is not a statement."""
    if not sitename:
        return None
    host = (urlsplit(url).hostname or "") if url else ""
    if sitename.lower() in {host, host.removeprefix("www.")} or re.fullmatch(r"[\w-]+(\.[\w-]+)+", sitename):
        return None
    return sitename


def _json_ld_url(tree: object) -> str | None:
    """The article's address as its JSON-LD block states it (`url`, or `mainEntityOfPage`), when the page has
    no canonical link: trafilatura reads JSON-LD for the author and the site name, not for the address."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):  # type: ignore[attr-defined]
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and str(item.get("@type", "")).endswith("Article"):
                page = item.get("mainEntityOfPage")
                url = item.get("url") or (page.get("@id") if isinstance(page, dict) else page)
                if isinstance(url, str):
                    return url
    return None


def _linked_authors(tree: object) -> set[str]:
    links = tree.xpath('//a[@rel="author" or contains(@href, "/author/")]')  # type: ignore[attr-defined]
    return {" ".join("".join(a.itertext()).split()) for a in links} - {""}


def _author(found: str | None, linked: set[str]) -> str | None:
    """The author trafilatura found, unless it took a whole byline line ("Fiona Hale Industry Editor
    Published"); then the one name that the page links as its author, if there is exactly one."""
    if found and not _NOT_NAME.search(found):
        return " ".join(found.split())
    return next(iter(linked)) if len(linked) == 1 and not _NOT_NAME.search(next(iter(linked))) else None


def read_page(data: bytes, path: Path | str) -> tuple[str, FrontMatter]:
    """(the article's text, paragraphs separated by blank lines; what the page states about it).
    Raises BriefingError when the page holds no article."""
    import trafilatura  # imported here: a corpus of .txt seeds never pays for loading it
    from trafilatura.settings import Document

    _quiet()
    tree = trafilatura.load_html(data)
    if tree is None:
        raise BriefingError("cannot read the file as HTML. Save the page again from the browser.", path)
    page_url, linked = _json_ld_url(tree), _linked_authors(tree)  # read before trafilatura prunes the tree
    try:
        doc = trafilatura.bare_extraction(
            tree,
            prune_xpath=_FORM_BOXES,
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
    found = _blocks(doc.body) if isinstance(doc, Document) and doc.body is not None else []
    title = " ".join(doc.title.split()) if isinstance(doc, Document) and doc.title else None
    if found and title and found[0][1] == title:
        found.pop(0)  # the page's <h1>, which is the title, not a paragraph
    blocks = [text for _level, text in boilerplate.article_blocks(found)]
    size = sum(len(b) for b in blocks)
    if not isinstance(doc, Document) or size < MIN_ARTICLE_CHARS or sum(len(b.split()) >= 8 for b in blocks) < 2:
        seen = f"only {size} characters of text in its main content" if blocks else "no main content"
        raise BriefingError(
            f"no article text found ({seen}). Is this an index or a cookie page? Save the article's own page, "
            "or copy its text into a .txt file.",
            path,
        )
    when = date.fromisoformat(doc.date) if doc.date and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.date) else None
    url = next((u for u in (doc.url, page_url) if u and urlsplit(u).scheme in ("http", "https")), None)
    meta = FrontMatter(
        title=title,
        date=when,
        url=url,
        publisher=_publisher(doc.sitename, url),
        author=_author(doc.author, linked),
    )
    return "\n\n".join(blocks) + "\n", meta
