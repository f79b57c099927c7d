"""Properties over arbitrary text: the pipeline never crashes, never loses a sentence, never lets markup through."""

from __future__ import annotations

import re
from functools import lru_cache

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.extract import extract_article
from briefing.extract.gazetteer import Gazetteer, load_gazetteer
from briefing.model import Article, Facts
from briefing.read import normalise, parse_article
from briefing.render.mdtext import md_escape
from briefing.render.pages import Renderer
from hostile import PageText, parse_html

# The extensions mkdocs.yml turns on: the Markdown the site is really rendered with.
EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables", "toc"]
EXTENSIONS += ["pymdownx.superfences"]
# Every tag and attribute the templates themselves write; an article can add none.
TAGS = {"a", "abbr", "blockquote", "desc", "div", "figcaption", "figure", "g", "h1", "h2", "h3", "h4", "hr", "li"}
TAGS |= {"line", "p", "rect", "small", "span", "strong", "svg", "table", "tbody", "td", "text", "th", "thead"}
TAGS |= {"title", "tr", "ul"}
ATTRIBUTES = {"aria-labelledby", "class", "height", "href", "id", "role", "rx", "text-anchor", "title", "viewbox"}
ATTRIBUTES |= {"width", "x", "x1", "x2", "xmlns", "y", "y1", "y2"}
ATTRIBUTES |= {"data-search-exclude"}  # company pages: their mentions repeat the articles' sentences
_LT = re.compile(r"<(?!/?(?:" + "|".join(sorted(TAGS, key=len, reverse=True)) + r")[\s>/])")

# Pieces of hostile and ordinary article text; hypothesis strings them together with arbitrary characters.
TOKENS = [
    *["<", ">", "&", "&lt;", "&#60;", "&amp;", "</title>", "<!--", "-->", "<script>alert(1)</script>"],
    *["<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>', "<div markdown>", "</div>"],
    *["*[BMW]: x", "[^1]: y", "{: .c #i onclick=x }", "!!! note", "??? note", "```", "~~~", "`", "*", "_"],
    *["**", "[a](javascript:x)", "![i](x)", "<https://x.y>", "#", "# ", "---", "===", "|", "| a | b |\n|---|---|"],
    *["\\", "\\*", "{{ x }}", "{% if 1 %}", "{# c #}", '--8<-- "a.txt"', "1. ", "- ", "+ ", "> ", "    ", "\t"],
    *["\n", "\n\n", "\r\n", "\r", " ", ".", "!", "?", "…", "[…]", "[...]", '"', "“", "”", "'", "’", "(", ")"],
    *["Source: Reuters", "Via: AP", "BMW", "Jaguar Land Rover", "JLR", "Citroe\u0308n", "Renault", "Toyota Motor"],
    *["Nissan", "Tata Motors", "$4.0 billion", "€1bn", "£20m", " said ", " and ", " will share ", " with ", "Mr. "],
    *["U.S. ", "Big News Headline Here", "\u00a0", "\u200b", "\u00ad", "\u202e", "\u2028", "\x00", "\x0c", ":"],
    *["=", "^", "~", "$", "%", "\ufeff", "\u0301", "ﬁ"],
]
articles = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=40).map("".join)
BOUNDED = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOTHING_TO_PUBLISH = ("the file is empty", "the file has a headline or a Source line but no article text")


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _read(text: str) -> Article | None:
    try:
        return parse_article(normalise(text), "seeds/x.txt", "x")
    except BriefingError as exc:
        assert exc.message.startswith(NOTHING_TO_PUBLISH), exc.message
        assert exc.path == "seeds/x.txt"
        return None


def _rendered(article: Article) -> dict[str, PageText]:
    """Every page as MkDocs would render it: the generated Markdown plus the glossary's abbreviations."""
    facts = Facts([extract_article(article, _gazetteer())])
    abbreviations = Renderer(facts, _gazetteer()).abbreviations()
    pages: dict[str, PageText] = {}
    for path, text in Renderer(facts, _gazetteer()).files().items():
        if path.endswith(".md"):
            html = markdown.markdown(text + "\n\n" + abbreviations, extensions=EXTENSIONS)
            assert not _LT.findall(html), (path, _LT.findall(html), html)
            pages[path] = parse_html(html)
    return pages


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@BOUNDED
@given(articles)
# six short lines, two of them the same digit, are no hard-wrapped page with a running header to drop
@example(
    "<</title>Source: Reuters0000\u2028<<&lt;{: .c #i onclick=x }00000000000000\r0\r<img src=x onerror=alert(1)>\r0\r<"
)
def test_no_text_is_lost_between_file_and_sentences(text: str) -> None:
    article = _read(text)
    if article is None:
        return
    whole = _squash(normalise(text))
    dropped = r"(?:\[(?:…|\.\.\.)\])*"  # excerpt markers "[…]", which carry no words
    spaced = r"(?:\s*\[(?:…|\.\.\.)\])*\s*"
    source = r"(?:(?i:source|sources|via|credit):" + re.escape(_squash(article.source or "")) + ")?"
    # The headline is the first block, when there is one.
    pos = len(_squash(article.headline or ""))
    assert whole[:pos] == _squash(article.headline or "")
    for p in article.paragraphs:
        # Between sentences only whitespace or an excerpt marker; sentences are exact slices of the paragraph.
        cut = 0
        for s in p.sentences:
            assert p.text[s.start : s.end] == s.text
            assert re.fullmatch(spaced, p.text[cut : s.start]), p.text
            cut = s.end
        assert re.fullmatch(spaced, p.text[cut:]), p.text
        # Between paragraphs only the headline, the attribution line or marker-only blocks.
        found = whole.find(_squash(p.text), pos)
        assert found >= 0, (p.text, whole)
        gap = whole[pos:found]
        assert re.fullmatch(dropped + source + dropped, gap), (gap, whole)
        pos = found + len(_squash(p.text))
    assert re.fullmatch(dropped + source + dropped, whole[pos:]), whole[pos:]


@BOUNDED
@given(articles)
def test_rendered_pages_show_every_sentence_and_no_markup_from_the_article(text: str) -> None:
    article = _read(text)
    if article is None:
        return
    pages = _rendered(article)
    source = pages["articles/x.md"]
    for p in article.paragraphs:
        for s in p.sentences:
            assert source.by_id[f"p{p.index}-s{s.index}"] == re.sub(r"\s+", " ", s.text)
    for path, page in pages.items():
        for tag, attrs in page.tags:
            assert tag in TAGS, (path, tag, text)
            assert set(attrs) <= ATTRIBUTES, (path, tag, attrs, text)
            assert not (attrs.get("href") or "").lower().startswith("javascript"), (path, attrs)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_escaped_text_renders_as_itself(text: str) -> None:
    text = normalise(text)  # as every seed is before it reaches a template
    html = markdown.markdown(f'<span id="t">{md_escape(text)}</span>', extensions=EXTENSIONS)
    assert not _LT.findall(html)
    assert parse_html(html).by_id.get("t", "") == re.sub(r"\s+", " ", text)
