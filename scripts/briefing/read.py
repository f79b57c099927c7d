"""Read seed files: bytes → checked, normalised text → paragraphs, headline, attribution."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import BriefingError
from .model import Article, Paragraph
from .sentences import split_sentences

MAX_BYTES = 2_000_000  # ~300,000 words; far beyond any news article, small enough to build in seconds
# Invisible characters that copy-and-paste brings along; they would split words for matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\t"), " ")
_SOURCE = re.compile(r"^(?:Source|Sources|Via|Credit)\s*:\s*(?P<who>\S.{0,80})$", re.IGNORECASE)
_EXCERPT = re.compile(r"^\[(?:…|\.\.\.)\]\s*")
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


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "article"


def decode(data: bytes, path: Path | str) -> str:
    """Decode a seed's bytes, or explain why it cannot be read as text."""
    if len(data) > MAX_BYTES:
        raise BriefingError(
            f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}. Split it into one article per file.",
            path,
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BriefingError(f"invalid UTF-16 ({exc.reason}); save the file as UTF-8.", path) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise BriefingError("contains NUL bytes: this looks like a binary file, not a text article.", path, line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BriefingError(
            f"byte 0x{data[exc.start]:02x} is not UTF-8. Convert the file, for example: "
            f"iconv -f WINDOWS-1252 -t UTF-8 '{path}' > fixed.txt",
            path,
            line,
        ) from None


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    # Other control characters cannot be shown and mean nothing in an article.
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, text) per paragraph: blank-line blocks, else one per line."""
    lines = text.split("\n")
    has_blank = any(not ln.strip() for ln in lines[:-1]) and sum(1 for ln in lines if ln.strip()) > 1
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            if current:
                blocks.append((start, " ".join(current)))
                current = []
            continue
        if not has_blank:
            blocks.append((number, line.strip()))
            continue
        if not current:
            start = number
        current.append(line.strip())
    if current:
        blocks.append((start, " ".join(current)))
    return [(n, re.sub(r" {2,}", " ", t)) for n, t in blocks]


def is_headline(line: str) -> bool:
    """A short Title Case line with no closing punctuation, as news sites print headlines."""
    words = line.split()
    if not 2 <= len(words) <= 20 or line.rstrip()[-1] in ".,;:!?…”\"'":
        return False
    content = [w for w in words if w.lower().strip("‘’'\"“”") not in _SMALL_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.8


def derive_title(first_sentence: str) -> str:
    """A title cut from the article's own first sentence: the main clause, without its lead-in."""
    sentence = first_sentence.rstrip(" .!?…")
    head, sep, rest = sentence.partition(", ")
    if sep and rest[:1].isupper() and len(rest.split()) >= 5 and len(head.split()) <= 15:
        sentence = rest
    words = sentence.split()
    if len(words) > 16:
        sentence = " ".join(words[:16]) + " …"
    return sentence[:1].upper() + sentence[1:]


def parse_article(text: str, path: Path | str, slug: str) -> Article:
    """Split normalised text into an Article. Raises BriefingError when there is nothing to publish."""
    blocks = _blocks(text)
    if not blocks:
        raise BriefingError("the file is empty (or only whitespace): there is no article to publish.", path)
    headline = None
    if len(blocks) > 1 and is_headline(blocks[0][1]):
        headline = blocks.pop(0)[1]
    source = None
    paragraphs: list[Paragraph] = []
    for line, block in blocks:
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
    )


def read_article(path: Path, slug: str | None = None) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefingError(f"cannot read the file ({exc.strerror}). Check its permissions.", path) from None
    return parse_article(normalise(decode(data, path)), path, slug or slugify(path.stem))


def find_seeds(folder: Path) -> tuple[list[Path], list[Path]]:
    """(article files, ignored files) in a stable order. Raises when the folder is unusable."""
    if not folder.is_dir():
        raise BriefingError("the seeds folder does not exist. Create it and put one .txt article in it.", folder)
    seeds: list[Path] = []
    ignored: list[Path] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        (seeds if entry.suffix.lower() == ".txt" and not entry.is_dir() else ignored).append(entry)
    if not seeds:
        raise BriefingError("the seeds folder has no .txt article. Add one (UTF-8 plain text).", folder)
    return seeds, ignored


def read_seeds(folder: Path) -> tuple[list[Article], list[Path]]:
    """All articles in a folder, with slugs checked for clashes; also the files that were skipped."""
    seeds, ignored = find_seeds(folder)
    articles: list[Article] = []
    by_slug: dict[str, Path] = {}
    for path in seeds:
        slug = slugify(path.stem)
        if slug in by_slug:
            raise BriefingError(
                f"gives the page name '{slug}', like {by_slug[slug].name}. Rename one of the two files.", path
            )
        by_slug[slug] = path
        articles.append(read_article(path, slug))
    return articles, ignored
