"""Seed files as bytes: found in the seeds folder, refused before reading when unusable, decoded as UTF-8."""

from __future__ import annotations

import errno
import re
import shlex
import stat
import unicodedata
from pathlib import Path

from briefing.errors import BriefingError, display_path

MAX_BYTES = 2_000_000  # ~300,000 words; far beyond any news article, small enough to build in seconds
# A saved web page carries the site's scripts, styles and inline icons around the article: typical news pages
# are 100-300 KB, heavy ones a few MB. Anything larger is refused before it is parsed.
MAX_PAGE_BYTES = 8_000_000

# The formats an article may come in, by file name ending.
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
KINDS = ".txt (plain text), .md (Markdown) or .html (a saved web page)"


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


def seed_format(path: Path | str) -> str:
    """ "text", "markdown" or "html", from the file name's ending."""
    return FORMATS.get(Path(path).suffix.lower(), "text")


def size_limit(path: Path | str) -> int:
    return MAX_PAGE_BYTES if seed_format(path) == "html" else MAX_BYTES


def decode(data: bytes, path: Path | str) -> str:
    """Decode a seed's bytes, or explain why it cannot be read as text."""
    if len(data) > size_limit(path):
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
    if seed_format(path) == "html":
        advice = "Save the page as text, or with the browser's 'Web Page, HTML only' option."
    else:
        advice = "Split it into one article per file."
    return BriefingError(f"the file is {size:,} bytes; the limit is {size_limit(path):,}. {advice}", path)


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
        if info.st_size > size_limit(path):
            raise _too_big(info.st_size, path)
        return path.read_bytes()
    except OSError as exc:
        hint = _READ_HINTS.get(exc.errno or 0, "")
        reason = exc.strerror or type(exc).__name__
        raise BriefingError(f"cannot read the file ({reason}). {hint}".rstrip(), path) from None


def find_seeds(folder: Path) -> tuple[list[Path], list[Path]]:
    """(article files, ignored files) in a stable order. Raises when the folder is unusable."""
    if not folder.exists():
        raise BriefingError(f"the seeds folder does not exist. Create it and put an article in it: {KINDS}.", folder)
    if not folder.is_dir():
        raise BriefingError(f"is not a folder. The seeds setting must name a folder of articles: {KINDS}.", folder)
    seeds: list[Path] = []
    ignored: list[Path] = []
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise BriefingError(f"cannot list the seeds folder ({exc.strerror}). Check its permissions.", folder) from None
    for entry in entries:
        if entry.name.startswith("."):
            continue  # editors' swap files, .DS_Store, .gitkeep: never articles, not worth a note
        (seeds if entry.suffix.lower() in FORMATS and not entry.is_dir() else ignored).append(entry)
    if not seeds:
        raise BriefingError(f"the seeds folder has no article. Add one: {KINDS}.", folder)
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
        if slug in by_slug and by_slug[slug].stem == path.stem:
            raise BriefingError(
                f"and {display_path(by_slug[slug])} are two files for one article. Keep one of them "
                "(or rename one, if they are different articles).",
                path,
            )
        if slug in by_slug:
            raise BriefingError(
                f"gives the same page name '{slug}' as {display_path(by_slug[slug])}. Rename one of the two files.",
                path,
            )
        by_slug[slug] = path
        planned.append((path, slug))
    return planned, ignored


def describe_ignored(path: Path) -> str:
    """The note printed for a seeds-folder entry that is not an article."""
    why = "a folder" if path.is_dir() else "not a .txt, .md or .html file"
    return f"ignored {display_path(path)} ({why})"
