"""A Markdown clipping (.md, as read-later tools and web clippers save an article) → the article's plain text.

The Markdown is read by Python-Markdown, as MkDocs reads it, and only its text is kept: emphasis becomes plain
words, a link becomes its words (its target is dropped), images, raw HTML tags, scripts and footnote bodies go.
The site then shows the text as text, so nothing of the clipping's markup can act on the page.
"""

from __future__ import annotations

import re

import markdown
from lxml import html as lxml_html

# Elements whose content is never article text.
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "form", "button"}

# Blocks that hold text, in document order. Lists give one block per item.
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "dt", "dd"}


def _inline(node: lxml_html.HtmlElement) -> str:
    """The words of an inline element; a nested block (a paragraph inside a list item) comes on its own."""
    if not isinstance(node.tag, str) or node.tag in _DROPPED or node.tag in _BLOCKS:
        return ""
    if "footnote-ref" in (node.get("class") or ""):
        return ""
    return (node.text or "") + "".join(_inline(child) + (child.tail or "") for child in node)


def _text(block: lxml_html.HtmlElement) -> str:
    words = (block.text or "") + "".join(_inline(child) + (child.tail or "") for child in block)
    return " ".join(words.split())


def _link_only(element: lxml_html.HtmlElement, text: str) -> bool:
    """A block whose every word is a link: a clipped menu, "Read more", a list of related stories."""
    linked = " ".join(" ".join(a.itertext()) for a in element.iter("a"))
    return bool(text) and len(" ".join(linked.split())) >= len(text) - 2


def clipping_text(body: str) -> tuple[str, str | None]:
    """(the clipping's text, paragraphs separated by blank lines; its first-level heading, when it opens with
    one). Subheadings stay as paragraphs of their own, as the article prints them."""
    rendered = markdown.markdown(body, extensions=["footnotes", "tables", "sane_lists"], output_format="html")
    root = lxml_html.fragment_fromstring(rendered or "<p></p>", create_parent="div")
    for note in root.xpath('//div[contains(@class, "footnote")]'):
        note.drop_tree()
    blocks: list[str] = []
    heading: str | None = None
    for element in root.iter(*_BLOCKS):
        if any(parent.tag in _DROPPED for parent in element.iterancestors()):
            continue
        text = _text(element)
        if not text or _link_only(element, text):
            continue
        if element.tag == "h1" and heading is None and not blocks:
            heading = text
            continue
        blocks.append(text)
    return "\n\n".join(re.sub(r" {2,}", " ", b) for b in blocks) + "\n", heading
