"""Read seed files: bytes → checked, normalised text → optional front matter, paragraphs, headline, attribution."""

from __future__ import annotations

import errno
import re
import shlex
import stat
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from briefing.errors import BriefingError, display_path
from briefing.model import Article, FrontMatter, Paragraph
from briefing.read.datelines import is_date_line
from briefing.read.sentences import split_sentences

MAX_BYTES = 2_000_000  # ~300,000 words; far beyond any news article, small enough to build in seconds
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
_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\x0b"): "\n", ord("\x0c"): "\n\n", ord("\x85"): "\n"}
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, {*_BREAKS, *_INVISIBLE, *_SPACES}))) + "]")
_SOURCE = re.compile(r"^(?:Source|Sources|Via|Credit)\s*:\s*(?P<who>\S.{0,80})$", re.IGNORECASE)
# "By Jane Doe" / "By Jane Doe and John Roe, Reuters": a byline under the headline, not a paragraph.
_NAME_WORDS = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(rf"^By\s+{_NAME_WORDS}(?:\s+and\s+{_NAME_WORDS})?(?:\s*[,;|]\s*.{{0,60}})?$")
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
# File types that people save with a .txt name by mistake, by their first bytes.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt document is one)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}
FRONT_MATTER_KEYS = ("title", "date", "url", "publisher", "author")
_FRONT_MATTER_MAX_LINES = 40


@dataclass(frozen=True)
class Seed:
    article: Article
    meta: FrontMatter | None


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "article"


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def _utf16_without_bom(data: bytes) -> bool:
    """Text saved as UTF-16 without its byte-order mark: a NUL beside every ASCII letter, and readable that way."""
    for codec, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) > len(zeros) // 2:
            text = data[: len(data) // 2 * 2].decode(codec, "replace")
            if sum(ch.isprintable() or ch.isspace() for ch in text) > 0.95 * len(text):
                return True
    return False


def _not_utf8(data: bytes, start: int, path: Path | str) -> BriefingError:
    line, column = _line_col(data, start)
    where = f"column {column}: byte 0x{data[start]:02x} is not UTF-8"
    try:
        data.decode("cp1252")
        encoding, codec = "WINDOWS-1252", "cp1252"
    except UnicodeDecodeError:
        encoding, codec = "ISO-8859-1", "latin-1"
    guess = data[start : start + 1].decode(codec)
    if any(ord(ch) > 127 for ch in data.decode("utf-8", "ignore")):
        # Converting the whole file would garble the characters that are already UTF-8.
        return BriefingError(
            f"{where}, though the rest of the file is. Retype that character (in {encoding} it is {guess!r}) "
            "and save the file as UTF-8.",
            path,
            line,
        )
    shown = shlex.quote(display_path(path))
    return BriefingError(
        f"{where} (in {encoding} it is {guess!r}, so the file is probably {encoding}). Convert it to UTF-8, "
        f"for example: iconv -f {encoding} -t UTF-8 {shown} > converted.txt && mv converted.txt {shown}",
        path,
        line,
    )


def decode(data: bytes, path: Path | str) -> str:
    """Decode a seed's bytes, or explain why it cannot be read as text."""
    if len(data) > MAX_BYTES:
        raise _too_big(len(data), path)
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")):
        if data.startswith(bom):
            try:
                return data[4:].decode(codec)
            except UnicodeDecodeError as exc:
                raise BriefingError(f"invalid UTF-32 ({exc.reason}); save the file as UTF-8.", path) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BriefingError(f"invalid UTF-16 ({exc.reason}); save the file as UTF-8.", path) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    kind = next((k for m, k in _MAGIC.items() if data.startswith(m)), None)
    if kind:
        raise BriefingError(f"this is {kind}, not a text article. Save the article as plain text (UTF-8).", path)
    if b"\x00" in data:
        if _utf16_without_bom(data):
            raise BriefingError("looks like UTF-16 text without a byte-order mark; save the file as UTF-8.", path)
        line, _col = _line_col(data, data.index(b"\x00"))
        raise BriefingError("contains NUL bytes: this looks like a binary file, not a text article.", path, line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_binary(data):
            raise BriefingError("this looks like a binary file, not a text article.", path) from None
        raise _not_utf8(data, exc.start, path) from None


def _too_big(size: int, path: Path | str) -> BriefingError:
    return BriefingError(
        f"the file is {size:,} bytes; the limit is {MAX_BYTES:,}. Split it into one article per file.", path
    )


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if _TRANSLATED.search(text):  # translate() walks every character; most articles need none of it
        text = text.translate(_BREAKS).translate(_INVISIBLE).translate(_SPACES)
    # Other control characters (category Cc: U+0000-U+001F, U+007F-U+009F) cannot be shown and mean nothing here.
    return _CONTROLS.sub("", text)


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


def is_headline(line: str, set_apart: bool = False) -> bool:
    """A short line with no closing punctuation, as news sites print headlines: in Title Case, or in sentence
    case when a blank line sets it apart from the text ("Stellantis to take 21% stake in Leapmotor")."""
    words = line.split()
    question = line.rstrip()[-1] in "?!"  # "Who Should Jaguar Marry?": a headline only in Title Case
    if not 2 <= len(words) <= 20 or (line.rstrip()[-1] in ".,;:…”\"'"):
        return False
    if set_apart and len(words) >= 4 and line[0].isupper() and not question:
        return True
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
    set_apart = len(blocks) > 1 and blocks[1][0] > blocks[0][0] + 1  # a blank line follows the first line
    if len(blocks) > 1 and is_headline(blocks[0][1], set_apart):
        headline = blocks.pop(0)[1]
    byline = None
    if len(blocks) > 1 and _BYLINE.match(blocks[0][1]):
        byline = blocks.pop(0)[1]
    date_line = None
    if len(blocks) > 1 and is_date_line(blocks[0][1]):
        date_line = blocks.pop(0)[1]  # "14 March 2015" on a line of its own: the article's date, not its lede
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
        byline=byline,
        date_line=date_line,
    )


def split_front_matter(text: str, path: Path | str) -> tuple[FrontMatter | None, str, int]:
    """(front matter or None, the article text after it, how many lines the block and blank lines took).

    A seed whose first line is `---` opens a YAML block closed by the next `---`; anything else is article text.
    """
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None, text, 0
    end = next((i for i, ln in enumerate(lines[1:_FRONT_MATTER_MAX_LINES], 1) if ln.strip() in ("---", "...")), None)
    if end is None:
        raise BriefingError(
            f"the first line '---' opens a front-matter block, but no closing '---' follows within "
            f"{_FRONT_MATTER_MAX_LINES} lines. Close it, or start the article with its text.",
            path,
            1,
        )
    meta = parse_front_matter(lines[1:end], path, first_line=2)
    skipped = end + 1
    while skipped < len(lines) and not lines[skipped].strip():
        skipped += 1
    return meta, "\n".join(lines[skipped:]), skipped


def parse_front_matter(lines: list[str], path: Path | str, first_line: int = 2) -> FrontMatter:
    """Validate the YAML between the `---` lines; every problem names its line."""
    try:
        # BaseLoader keeps every value a string: "date: 2019-13-45" is ours to judge, "title: no" stays "no".
        data = yaml.load("\n".join(lines), Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise BriefingError(f"front matter: {problem}.", path, line) from None
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise BriefingError(
            "front matter must be 'key: value' lines (keys: " + ", ".join(FRONT_MATTER_KEYS) + ").", path, first_line
        )
    key_lines: dict[str, int] = {}
    for i, ln in enumerate(lines):
        m = re.match(r"([^\s:#][^:]*?)\s*:", ln)
        if m:
            if m.group(1) in key_lines:
                raise BriefingError(f"front matter: '{m.group(1)}' is given twice.", path, first_line + i)
            key_lines[m.group(1)] = first_line + i
    values: dict[str, str] = {}
    for key, value in data.items():
        line = key_lines.get(str(key), first_line)
        if key not in FRONT_MATTER_KEYS:
            raise BriefingError(
                f"front matter: unknown key '{key}'; the keys are {', '.join(FRONT_MATTER_KEYS)}.", path, line
            )
        if not isinstance(value, str) or "\n" in value.strip() or len(value) > 500:
            raise BriefingError(f"front matter: '{key}' must be one line of text.", path, line)
        values[key] = value.strip()
    when = None
    if values.get("date"):
        try:
            when = date.fromisoformat(values["date"])
        except ValueError:
            raise BriefingError(
                f"front matter: date '{values['date']}' is not a date; write it as YYYY-MM-DD, e.g. 2019-10-28.",
                path,
                key_lines.get("date", first_line),
            ) from None
    url = values.get("url") or None
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BriefingError(
                f"front matter: url '{url}' is not a web address; it must start with https:// or http://.",
                path,
                key_lines.get("url", first_line),
            )
    return FrontMatter(
        title=values.get("title") or None,
        date=when,
        url=url,
        publisher=values.get("publisher") or None,
        author=values.get("author") or None,
    )


_READ_HINTS = {
    errno.EACCES: "Check its permissions (chmod a+r).",
    errno.EPERM: "Check its permissions (chmod a+r).",
    errno.ELOOP: "It is a symbolic link that points back at itself; replace it with the article.",
    errno.ENOENT: "It is a symbolic link to a file that does not exist; fix or remove it.",
    errno.EISDIR: "It is a folder; only files are articles.",
}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing before reading anything that is not a regular file or is too big."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block the build or never end; only plain files are articles.
            raise BriefingError(
                "is not a regular file (a pipe, socket or device?); only plain files are articles.", path
            )
        if info.st_size > MAX_BYTES:
            raise _too_big(info.st_size, path)
        return path.read_bytes()
    except OSError as exc:
        hint = _READ_HINTS.get(exc.errno or 0, "")
        reason = exc.strerror or type(exc).__name__
        raise BriefingError(f"cannot read the file ({reason}). {hint}".rstrip(), path) from None


def read_seed(path: Path, slug: str | None = None) -> Seed:
    return parse_seed(read_bytes(path), path, slug)


def parse_seed(data: bytes, path: Path, slug: str | None = None) -> Seed:
    """A seed file's bytes → its article and front matter; `path` names it in errors."""
    text = normalise(decode(data, path))
    meta, body, offset = split_front_matter(text, path)
    article = parse_article(body, path, slug or slugify(path.stem))
    for p in article.paragraphs:
        p.line += offset
    article.meta = meta
    if meta and meta.title:
        article.title, article.title_from = meta.title, "front-matter"
    return Seed(article, meta)


def read_article(path: Path, slug: str | None = None) -> Article:
    return read_seed(path, slug).article


def find_seeds(folder: Path) -> tuple[list[Path], list[Path]]:
    """(article files, ignored files) in a stable order. Raises when the folder is unusable."""
    if not folder.exists():
        raise BriefingError("the seeds folder does not exist. Create it and put one .txt article in it.", folder)
    if not folder.is_dir():
        raise BriefingError("is not a folder. The seeds setting must name a folder of .txt articles.", folder)
    seeds: list[Path] = []
    ignored: list[Path] = []
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise BriefingError(f"cannot list the seeds folder ({exc.strerror}). Check its permissions.", folder) from None
    for entry in entries:
        if entry.name.startswith("."):
            continue  # editors' swap files, .DS_Store, .gitkeep: never articles, not worth a note
        (seeds if entry.suffix.lower() == ".txt" and not entry.is_dir() else ignored).append(entry)
    if not seeds:
        raise BriefingError("the seeds folder has no .txt article. Add one (UTF-8 plain text).", folder)
    return seeds, ignored


def plan_folder(folder: Path) -> tuple[list[tuple[Path, str]], list[Path]]:
    """(article file, page name) for every seed, page names checked for clashes; also the skipped entries."""
    paths, ignored = find_seeds(folder)
    planned: list[tuple[Path, str]] = []
    by_slug: dict[str, Path] = {}
    for path in paths:
        slug = slugify(path.stem)
        if slug == "index":
            raise BriefingError(
                "the page name 'index' is taken by the list of articles. Rename the file (e.g. index-news.txt).", path
            )
        if slug in by_slug:
            raise BriefingError(
                f"gives the same page name '{slug}' as {display_path(by_slug[slug])}. Rename one of the two files.",
                path,
            )
        by_slug[slug] = path
        planned.append((path, slug))
    return planned, ignored


def read_folder(folder: Path) -> tuple[list[Seed], list[Path]]:
    """Every seed in a folder, with page names checked for clashes; also the entries that were skipped."""
    planned, ignored = plan_folder(folder)
    return [read_seed(path, slug) for path, slug in planned], ignored


def read_seeds(folder: Path) -> tuple[list[Article], list[Path]]:
    """All articles in a folder, with slugs checked for clashes; also the files that were skipped."""
    seeds, ignored = read_folder(folder)
    return [s.article for s in seeds], ignored


def describe_ignored(path: Path) -> str:
    """The note printed for a seeds-folder entry that is not an article."""
    why = "a folder" if path.is_dir() else "not a .txt file"
    return f"ignored {display_path(path)} ({why}; only .txt files are articles)"
