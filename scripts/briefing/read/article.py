"""A seed's text → an Article: normalised characters, paragraphs and their sentences, headline, byline, date
line, attribution and excerpts. Nothing is invented: a part the text does not have stays empty."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Article, Paragraph
from briefing.read import hardwrap
from briefing.read.clipping import clipping_text
from briefing.read.datelines import dateline_end, is_byline, is_date_line
from briefing.read.files import decode, read_bytes, seed_format, slugify
from briefing.read.frontmatter import split_front_matter
from briefing.read.sentences import split_sentences
from briefing.read.webpage import read_page

# Invisible characters that copy-and-paste brings along; they would split words for matching.
# Bidirectional embeddings, overrides and isolates go too: on the page they would reorder the text
# around the article's (the topic line, the citations), not just the article's own.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)


_SPACES = dict.fromkeys(
    [*map(ord, "\t\u00a0\u1680\u202f\u205f\u3000"), *range(0x2000, 0x200B)],
    " ",
)


# Line and page breaks other than CR/LF: word processors and old text files use them between paragraphs.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


# Typographic ligatures, as text copied from a PDF has them: "ﬁrst" is "first" to a reader and to the rules.
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}


_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\x0b"): "\n", ord("\x0c"): "\n\n", ord("\x85"): "\n"}


_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, {*_BREAKS, *_INVISIBLE, *_SPACES, *_LIGATURES}))) + "]")


_SOURCE = re.compile(r"^(?:Source|Sources|Via|Credit)\s*:\s*(?P<who>\S.{0,80})$", re.IGNORECASE)


_EXCERPT = re.compile(r"^\[(?:…|\.\.\.)\]\s*")
# "About Penske Automotive" on a line of its own, after the story: a press release's company profile begins, and
# what follows it is the profile, not news
_ABOUT = re.compile(r"^About\s+[A-Z][\w&.,-]*(?:\s+(?:[A-Z][\w&.,-]*|&|and|of)){0,5}$")


_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "or",
    "over",
    "the",
    "to",
    "up",
    "vs",
    "with",
}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if _TRANSLATED.search(text):  # translate() walks every character; most articles need none of it
        text = text.translate(_BREAKS).translate(_INVISIBLE).translate(_SPACES).translate(_LIGATURES)
    # Other control characters (category Cc: U+0000-U+001F, U+007F-U+009F) cannot be shown and mean nothing here.
    return _CONTROLS.sub("", text)


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, text) per paragraph: blank-line blocks, else one per line."""
    lines = text.split("\n")
    if hardwrap.is_hard_wrapped(lines):
        return hardwrap.paragraphs(lines)
    has_blank = any(not ln.strip() for ln in lines[:-1]) and sum(1 for ln in lines if ln.strip()) > 1
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            blocks += _flushed(start, current)
            current = []
            continue
        if not has_blank:
            blocks.append((number, line.strip()))
            continue
        if not current:
            start = number
        current.append(line.strip())
    blocks += _flushed(start, current)
    return [(n, re.sub(r" {2,}", " ", t)) for n, t in blocks]


_SAYS = re.compile(r"(?:Says|Said|Adds|Added|Notes|Noted)\s+[A-Z]")
_LINE_END = re.compile(r"[.!?][\"”’)]*$")


def _flushed(start: int, current: list[str]) -> list[tuple[int, str]]:
    """A block's lines as its paragraphs: joined, but a section's heading on a line of its own between sentences
    ("Combined Operations", "What They're Saying"), as web pages are copied with single line breaks, is a
    paragraph of its own, so that it never runs into the sentence after it. A line in a wrapped sentence is
    none: the line before it does not end a sentence."""
    if (len(current) >= 2 and all(_LINE_END.search(ln) for ln in current)) or (
        len(current) >= 3 and all(_LINE_END.search(ln) for ln in current[:-1])
    ):
        # every line ends a sentence (but a last line, a credit): a paragraph per line, as a page copied with
        # single line breaks gives them
        return [(start + i, ln) for i, ln in enumerate(current)]
    out: list[tuple[int, str]] = []
    run: list[str] = []
    first = start
    for i, line in enumerate(current):
        # a block's first line heads it when a quote follows: "What They're Saying" / "“By combining …” says Kim",
        # or "Says Yoon, president of …: “…”"
        opens = i == 0 and len(current) >= 2 and (current[1][:1] in '“"‘' or _SAYS.match(current[1]) is not None)
        heading = (
            (opens or (i > 0 and _LINE_END.search(current[i - 1]) is not None))
            and "," not in line
            and not _ABOUT.match(line)  # "About Kia" heads the profile the story ends with; it stays with it
            and is_headline(line)
            and (i + 1 == len(current) or current[i + 1][:1].isupper() or current[i + 1][:1] in "“\"‘'")
        )
        if heading:
            out += [*([(first, " ".join(run))] if run else []), (start + i, line)]
            run, first = [], start + i + 1
        else:
            run.append(line)
    return out + ([(first, " ".join(run))] if run else [])


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}|Co\.|Corp\.|Inc\.|Ltd\.|Bhd\.|Jr\.)$")


def is_headline(line: str, set_apart: bool = False) -> bool:
    """A short line with no closing punctuation, as news sites print headlines: in Title Case, or in sentence
    case when a blank line sets it apart from the text ("Stellantis to take 21% stake in Leapmotor")."""
    words = line.split()
    question = line.rstrip()[-1] in "?!"  # "Who Should Jaguar Marry?": a headline only in Title Case
    # "... Battery Plant in U.S.", "... Buys Stake in Acme Corp.": the stop of an abbreviation closes no sentence
    abbreviation = bool(_ABBREVIATION_END.search(line.rstrip()))
    # a release's headline in Title Case may run longer than a paper's: up to 30 words, all capitalised
    if not 2 <= len(words) <= 30 or (line.rstrip()[-1] in ".,;:…”\"'" and not abbreviation):
        return False
    # "4 Japanese parts suppliers to merge": a headline may open with a figure, though a date alone is no headline
    opens = line[0].isupper() or (line[0].isdigit() and not is_date_line(line))
    if set_apart and 3 <= len(words) <= 25 and opens and (not question or len(words) <= 14):
        # "Analysis: Can Aston Martin work with new stakeholder Geely?": a short question set apart heads the story;
        # a paper's long sentence-case headline with an apposition runs past 20 words
        return True
    content = [w for w in words if w.lower().strip("‘’'\"“”") not in _SMALL_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.8


def derive_title(first_sentence: str) -> str:
    """A title cut from the article's own first sentence: the main clause, without its lead-in."""
    sentence = first_sentence.rstrip(" .!?…")
    sentence = sentence[dateline_end(sentence) :] or sentence  # "SEOUL, March 3 (Reuters) -" is no title
    head, sep, rest = sentence.partition(", ")
    if sep and rest[:1].isupper() and len(rest.split()) >= 5 and len(head.split()) <= 15:
        sentence = rest
    words = sentence.split()
    if len(words) > 16:
        sentence = " ".join(words[:16]) + " …"
    return sentence[:1].upper() + sentence[1:]


def parse_article(text: str, path: Path | str, slug: str, headline: str | None = None) -> Article:
    """Split normalised text into an Article. Raises BriefingError when there is nothing to publish.
    `headline` is the headline when the seed's format marks it (a web page's title, a clipping's heading)."""
    blocks = _blocks(text)
    if not blocks:
        raise BriefingError("the file is empty (or only whitespace): there is no article to publish.", path)
    set_apart = len(blocks) > 1 and blocks[1][0] > blocks[0][0] + 1  # a blank line follows the first line
    if headline is None and len(blocks) > 1 and is_headline(blocks[0][1], set_apart):
        headline = blocks.pop(0)[1]
    byline = None
    date_line = None
    # "14 March 2015" on a line of its own: the article's date, not its lede; with a byline, they stand right under
    # the headline or after a standfirst ("An effort to ... / Vince Courtenay, Correspondent / October 22, 2012")
    for k in range(min(3, len(blocks) - 1)):
        if byline is None and is_byline(blocks[k][1]):
            byline = blocks[k][1]
            blocks[k] = (blocks[k][0], "")
        elif date_line is None and is_date_line(blocks[k][1]):
            date_line = blocks[k][1]
            blocks[k] = (blocks[k][0], "")
        elif k == 0:
            continue  # a standfirst may come first
        else:
            break
    blocks = [b for b in blocks if b[1]]
    source = None
    paragraphs: list[Paragraph] = []
    for k, (line, block) in enumerate(blocks):
        if k >= 2 and _ABOUT.match(block):
            break
        m = _SOURCE.match(block)
        if m and source is None:
            source = m.group("who").strip()
            continue
        kind = "excerpt" if _EXCERPT.match(block) else "body"
        paragraph = Paragraph(index=len(paragraphs), text=block, line=line, kind=kind)  # type: ignore[arg-type]
        paragraph.sentences = split_sentences(block)
        if paragraph.sentences:
            paragraphs.append(paragraph)
    if not paragraphs:
        raise BriefingError("the file has a headline or a Source line but no article text.", path)
    if headline:
        title, title_from = headline, "headline"
    else:
        title, title_from = derive_title(paragraphs[0].sentences[0].text), "first-sentence"
    return Article(
        slug=slug,
        path=str(path),
        title=title,
        title_from=title_from,  # type: ignore[arg-type]
        source=source,
        paragraphs=paragraphs,
        headline=headline,
        raw_text=text,
        byline=byline,
        date_line=date_line,
    )


def parse_seed(data: bytes, path: Path, slug: str | None = None) -> Article:
    """A seed file's bytes → its article, front matter (or what a web page states) included; `path` names it
    in errors. The format comes from the file name: .txt text, .md a Markdown clipping, .html a saved page."""
    kind = seed_format(path)
    slug = slug or slugify(path.stem)
    if kind == "html":
        text, page = read_page(data, path)
        article = parse_article(normalise(text), path, slug, headline=page.title)
        article.meta, article.format = page, "html"
        return article
    text = normalise(decode(data, path))
    meta, body, offset = split_front_matter(text, path, clipping=kind == "markdown")
    heading = None
    if kind == "markdown":
        body, heading = clipping_text(body)
        offset = 0  # the clipping's lines are not the text's lines; its paragraphs are cited by number
    article = parse_article(body, path, slug, headline=heading)
    for p in article.paragraphs:
        p.line += offset
    article.meta = meta
    article.format = "markdown" if kind == "markdown" else "text"
    if meta and meta.title:
        article.title, article.title_from = meta.title, "front-matter"
    return article


def read_article(path: Path, slug: str | None = None) -> Article:
    """The article in a seed file."""
    return parse_seed(read_bytes(path), path, slug)
