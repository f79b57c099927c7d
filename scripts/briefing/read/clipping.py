"""A Markdown clipping (.md, as read-later tools and web clippers save an article) → the article's plain text.

The Markdown is read by Python-Markdown, as MkDocs reads it, and only its text is kept: emphasis becomes plain
words, a link becomes its words (its target is dropped), images, raw HTML tags and scripts go. The site then
shows the text as text, so nothing of the clipping's markup can act on the page. What the clipper brought
along with the article (the site's menus, share lines, its own excerpt or highlights) is recognised by the
rules in data/boilerplate.yaml and left out.
"""

from __future__ import annotations

import re

import markdown
from lxml import html as lxml_html

from briefing.read import boilerplate

# Elements whose content is never article text.
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "form", "button"}

# Blocks that hold text, in document order. A list gives one block per item.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "dt", "dd")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

# CommonMark escapes any ASCII punctuation; Python-Markdown only its own syntax characters ("\$" stays "\$").
# "\<" and "\&" become entities, so that an escaped tag stays text.
_ESCAPE = re.compile(r"\\([!\"#$%'()*+,\-./:;=?@\[\]^_`{|}~<&])")
_HARD_BREAK = re.compile(r"\\\n")  # a backslash at a line end: CommonMark's hard line break
_MARKDOWN_ESCAPES = frozenset(markdown.Markdown().ESCAPED_CHARS)


def _unescape(body: str) -> str:
    def one(m: re.Match[str]) -> str:
        ch = m.group(1)
        return {"<": "&lt;", "&": "&amp;"}.get(ch, "\\" + ch if ch in _MARKDOWN_ESCAPES else ch)

    return _ESCAPE.sub(one, _HARD_BREAK.sub("  \n", body))


def _inline(node: lxml_html.HtmlElement) -> str:
    """The words of an inline element; a nested block (a paragraph inside a list item) comes on its own."""
    if not isinstance(node.tag, str) or node.tag in _DROPPED or node.tag in _BLOCKS:
        return ""
    if node.tag == "br":
        return " "
    if re.search(r"\bfootnote-(ref|backref)\b", node.get("class") or ""):
        return ""  # the marker in the text and the "↩" back to it
    return (node.text or "") + "".join(_inline(child) + (child.tail or "") for child in node)


def _text(block: lxml_html.HtmlElement) -> str:
    words = (block.text or "") + "".join(_inline(child) + (child.tail or "") for child in block)
    return " ".join(words.split())


def _link_only(element: lxml_html.HtmlElement, text: str) -> bool:
    """A block whose every word is a link: a clipped menu, a list of related stories."""
    linked = " ".join(" ".join(a.itertext()) for a in element.iter("a"))
    return bool(text) and len(" ".join(linked.split())) >= len(text) - 2


def _drop_quoted_sections(root: lxml_html.HtmlElement) -> None:
    """A block quote that opens with a heading such as "Excerpt": the clipper's summary, not the article."""
    for quote in list(root.iter("blockquote")):
        first = next(iter(quote), None)
        if first is not None and first.tag in _HEADINGS and boilerplate.opens_section(_text(first)):
            quote.drop_tree()


def clipping_text(body: str) -> tuple[str, str | None]:
    """(the clipping's text, paragraphs separated by blank lines; its first-level heading, when it has one).
    What comes before that heading is the site's chrome; subheadings stay as paragraphs of their own."""
    rendered = markdown.markdown(_unescape(body), extensions=["footnotes", "tables", "sane_lists"])
    root = lxml_html.fragment_fromstring(rendered or "<p></p>", create_parent="div")
    _drop_quoted_sections(root)
    blocks: list[boilerplate.Block] = []
    heading: str | None = None
    for element in root.iter(*_BLOCKS):
        if any(parent.tag in _DROPPED for parent in element.iterancestors()):
            continue
        text = _text(element)
        if not text or _link_only(element, text):
            continue
        if element.tag == "h1" and heading is None:
            heading = text
            blocks = []  # skip links, menus and "Sign in" before the article's heading
            continue
        blocks.append((int(element.tag[1]) if element.tag in _HEADINGS else 0, text))
    kept = boilerplate.article_blocks(blocks)
    return "\n\n".join(re.sub(r" {2,}", " ", t) for _level, t in kept) + "\n", heading
