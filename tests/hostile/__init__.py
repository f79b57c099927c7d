"""Hostile seeds and a throw-away project to build them in, shared by the hostile-input tests."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SECRET = "SNIPPET-SECRET-7f3a9c"  # in files a snippet include would read; must never reach the site

# Articles a build must publish safely and faithfully, as the bytes that land in seeds/.
PUBLISHABLE: dict[str, bytes] = {
    "injection.txt": (HERE / "injection.txt").read_bytes(),
    "front-matter.txt": (HERE / "front-matter.txt").read_bytes(),
    "Café Renault NEWS.txt": (
        "Renault Says Café Plans Are On Track\r\n\r\nRenault and Nissan will share a café-racer platform.\r\n"
        "The plan was shown in Paris.\r\n"
    ).encode(),
    "utf16.txt": "\ufeffToyota and Subaru will co-develop an electric SUV, the companies said.\n".encode("utf-16-le"),
    "utf8-bom.txt": "\ufeffHonda and Nissan will share battery plants in Ohio.\n".encode(),
    "lone-cr.txt": b"Volvo and Geely will pool engine work.\r\rThe deal runs to 2030.\r",
    "unicode.txt": (
        "Stellantis\u00a0said Citroe\u0308n and Opel will share a plat\u00adform with Jag\u200buar Land\u00a0Rover.\n\n"
        "A second paragraph names Citro\u00ebn again.\n"
    ).encode(),
    "no-company.txt": b"The weather was mild on Tuesday.\n\nNobody said anything about cars.\n",
    "<img src=x onerror=alert('name')>.txt": b"Ford and Volkswagen will build vans together.\n",
    # The other formats: a saved page full of scripts, handlers, javascript: links, frames, forms and
    # remote images; a clipping with its site's chrome, links, images and a script; a copy of a PDF.
    "hostile-page.html": (ROOT / "tests" / "pages" / "hostile.html").read_bytes(),
    "clipping.md": (ROOT / "tests" / "clippings" / "05-mercedes-lumora-lidar-navigation-noise.md").read_bytes(),
    "pdf-copy.txt": (ROOT / "tests" / "clippings" / "10-bmw-q3-results-pdf-hyphenation.txt").read_bytes(),
}
# Entries of a seeds folder that are not articles: skipped with a note.
IGNORED = {"notes.docx": b"PK\x03\x04", "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00"}


def make_project(dest: Path, seeds: dict[str, bytes]) -> Path:
    """A copy of this project's site sources with its own seeds/ folder; the code is shared via a symlink."""
    dest.mkdir(parents=True, exist_ok=True)
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy2(ROOT / config, dest / config)
    shutil.copytree(ROOT / "docs", dest / "docs")
    # mkdocs.yml takes the theme's overrides from scripts/briefing/site and watches scripts/briefing
    (dest / "scripts").symlink_to(ROOT / "scripts")
    (dest / "seeds").mkdir()
    for name, data in seeds.items():
        (dest / "seeds" / name).write_bytes(data)
    return dest


class PageText(HTMLParser):
    """Text by element id, every tag with its attributes, and all text, as a browser would decode them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.by_id: dict[str, str] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []  # what <script> elements hold: none may come from an article
        self._open: list[tuple[str, str | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "title":
            self.set_cdata_mode(tag)  # as browsers do: nothing inside <title> is a tag
        if tag in ("br", "img", "input", "meta", "link", "hr", "wbr", "source"):
            return
        self._open.append((tag, dict(attrs).get("id"), len(self.text)))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                _tag, ident, start = self._open[i]
                if ident:
                    self.by_id[ident] = "".join(self.text[start:])
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1][0] in ("script", "style"):
            self.scripts.append(data)
            return
        self.text.append(data)


def parse_html(html: str) -> PageText:
    parser = PageText()
    parser.feed(html)
    parser.close()
    return parser


def page_text(path: Path) -> PageText:
    return parse_html(path.read_text(encoding="utf-8"))
