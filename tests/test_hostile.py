"""Hostile input: whatever lands in seeds/ is published safely and faithfully, or stopped with an error a person
can act on (`seeds/x.txt:12: message`, a documented exit code, no traceback)."""

from __future__ import annotations

import errno
import functools
import http.server
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import markdown
import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from briefing import cli
from briefing.errors import EXIT_DATA, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OUTPUT
from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import Article, Facts
from briefing.pipeline import build_files
from briefing.read import MAX_BYTES, decode, normalise, parse_article, plan_folder, read_article
from briefing.render.mdtext import md_escape
from briefing.render.pages import Renderer
from briefing.site import build as publish
from briefing.site.plugin import BriefingPlugin
from hostile import IGNORED, PUBLISHABLE, ROOT, SECRET, make_project, page_text, parse_html

MD_EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables", "toc"]


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty seeds/ folder, with the current folder above it so messages read `seeds/x.txt: ...`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    return Path("seeds")


def _error(folder: Path) -> str:
    with pytest.raises(Exception) as caught:
        build_files(folder)
    assert caught.type.__name__ in ("BriefingError", "DataError"), caught.value
    return str(caught.value)


def _article(folder: Path, name: str, data: bytes) -> Article:
    (folder / name).write_bytes(data)
    return read_article(folder / name)


def _texts(article: Article) -> list[str]:
    return [s.text for p in article.paragraphs for s in p.sentences]


# --- Encoding and shape -------------------------------------------------------------------------------------------

CP1252 = "Renault said on Monday.\nCitroën’s plan is “ready”.\n".encode("cp1252")
REFUSED = [
    ("empty", b"", r"^seeds/x\.txt: the file is empty \(or only whitespace\): there is no article to publish\.$"),
    ("whitespace", " \n\t\r\n\u00a0\u200b\u3000\n".encode(), r"^seeds/x\.txt: the file is empty"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"^seeds/x\.txt: this is a PNG image, not a text article"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", r"^seeds/x\.txt: this is a PDF document, not a text article"),
    ("docx", b"PK\x03\x04\x14\x00\x06\x00", r"^seeds/x\.txt: this is a ZIP archive \(a \.docx or \.odt"),
    ("rtf", rb"{\rtf1\ansi Hello}", r"^seeds/x\.txt: this is an RTF document"),
    ("nul", b"BMW and JLR.\nSecond line\x00\x01\x02", r"^seeds/x\.txt:2: contains NUL bytes: this looks like"),
    ("noise", bytes(range(1, 256)) * 8, r"^seeds/x\.txt: this looks like a binary file, not a text article\.$"),
    (
        "cp1252",
        CP1252,
        r"^seeds/x\.txt:2: column 6: byte 0xeb is not UTF-8 \(in WINDOWS-1252 it is 'ë', so the file is probably "
        r"WINDOWS-1252\)\. Convert it to UTF-8, for example: iconv -f WINDOWS-1252 -t UTF-8 seeds/x\.txt > "
        r"converted\.txt && mv converted\.txt seeds/x\.txt$",
    ),
    ("latin-1", b"Caf\xe9 \x81 news.\n", r"^seeds/x\.txt:1: column 4: .*iconv -f ISO-8859-1 -t UTF-8"),
    (
        "mixed",
        "Citroën’s plan\n".encode() + b"caf\xe9\n",
        r"^seeds/x\.txt:2: column 4: byte 0xe9 is not UTF-8, though the rest of the file is\. "
        r"Retype that character \(in WINDOWS-1252 it is 'é'\) and save the file as UTF-8\.$",
    ),
    ("utf-16 without BOM", "BMW and JLR.\n".encode("utf-16-le"), r"UTF-16 text without a byte-order mark"),
    ("broken utf-16", b"\xff\xfeB\x00\x00\xd8", r"^seeds/x\.txt: invalid UTF-16 .*save the file as UTF-8\.$"),
    ("only a headline", b"Source: Reuters\n", r"^seeds/x\.txt: the file has a headline or a Source line but no"),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_unusable_file_is_refused_with_its_name_line_and_a_fix(seeds: Path, data: bytes, expected: str) -> None:
    (seeds / "x.txt").write_bytes(data)
    assert re.search(expected, _error(seeds)), _error(seeds)


PLAIN = "BMW and JLR will share costs.\nThe deal was announced in June.\n"


@pytest.mark.parametrize(
    "data",
    [
        PLAIN.encode("utf-8-sig"),
        b"\xff\xfe" + PLAIN.encode("utf-16-le"),
        b"\xfe\xff" + PLAIN.encode("utf-16-be"),
        b"\xff\xfe\x00\x00" + PLAIN.encode("utf-32-le"),
        PLAIN.replace("\n", "\r\n").encode(),
        PLAIN.replace("\n", "\r").encode(),
        PLAIN.replace("\n", "\u2028").encode(),
    ],
    ids=["utf-8 BOM", "utf-16-le BOM", "utf-16-be BOM", "utf-32 BOM", "CRLF", "lone CR", "U+2028"],
)
def test_other_encodings_and_line_endings_read_like_plain_utf8(seeds: Path, data: bytes) -> None:
    expected = _article(seeds, "plain.txt", PLAIN.encode())
    article = _article(seeds, "other.txt", data)
    assert _texts(article) == _texts(expected) == ["BMW and JLR will share costs.", "The deal was announced in June."]
    assert [p.line for p in article.paragraphs] == [1, 2]
    assert article.title == expected.title and "\ufeff" not in article.raw_text


def test_invisible_characters_and_odd_spaces_do_not_hide_a_company() -> None:
    text = "B\u200bMW and Jaguar\u00a0Land\u202fRover will co\u00adoperate, said \u202eTata\u202c Motors.\x0c"
    article = parse_article(normalise(text), "x.txt", "x")
    assert _texts(article) == ["BMW and Jaguar Land Rover will cooperate, said Tata Motors."]
    companies = {m.company for m in Facts([extract_article(article, load_gazetteer())]).articles[0].mentions}
    assert {"BMW", "Jaguar Land Rover"} <= companies


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_composed_and_decomposed_names_are_the_same_company(form: Literal["NFC", "NFD"]) -> None:
    text = unicodedata.normalize(form, "Citroën and Škoda will share a platform with Renault.")
    article = parse_article(normalise(text), "x.txt", "x")
    mentions = Facts([extract_article(article, load_gazetteer())]).articles[0].mentions
    assert "Citroën" in {m.company for m in mentions}
    assert article.paragraphs[0].text == unicodedata.normalize("NFC", text)


def test_a_20_mb_file_is_refused_before_it_is_read(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open(seeds / "huge.txt", "wb") as f:
        f.truncate(20_000_000)  # sparse: the size is real, the disk is not used
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    assert _error(seeds) == (
        "seeds/huge.txt: the file is 20,000,000 bytes; the limit is 2,000,000. Split it into one article per file."
    )


def test_the_size_limit_holds_for_bytes_already_read() -> None:
    with pytest.raises(Exception, match=r"x\.txt: the file is 2,000,001 bytes; the limit is 2,000,000"):
        decode(b"a" * (MAX_BYTES + 1), "x.txt")


def _pipeline_size(text: str) -> int:
    gazetteer = load_gazetteer()
    article = parse_article(normalise(text), "x.txt", "x")
    return sum(len(v) for v in Renderer(Facts([extract_article(article, gazetteer)]), gazetteer).files().values())


def test_a_10000_word_paragraph_builds_in_bounded_time_and_size() -> None:
    words = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8").split()  # real news prose
    text = " ".join((words * (10_000 // len(words) + 1))[:10_000])
    start = time.perf_counter()
    size = _pipeline_size(text)
    assert time.perf_counter() - start < 20
    assert size < 40 * len(text)


def test_output_grows_linearly_with_one_long_sentence() -> None:
    small, large = (_pipeline_size("BMW and Renault " * n + "agreed.") for n in (200, 400))
    assert large < 2.5 * small


def test_an_article_naming_no_company_gets_a_source_page_and_an_honest_overview(seeds: Path) -> None:
    (seeds / "weather.txt").write_bytes(PUBLISHABLE["no-company.txt"])
    files = build_files(seeds).files
    # no sentence claims what the article lacks: no "none", no "not stated", no empty section
    for placeholder in ("none that this site recognises", "not stated", "none found", "no detail", "Key facts"):
        assert placeholder not in files["index.md"]
    source = markdown.markdown(files["articles/weather.md"], extensions=MD_EXTENSIONS)
    assert "The weather was mild on Tuesday." in source and "Nobody said anything about cars." in source
    for text in files.values():  # every page still renders
        markdown.markdown(text, extensions=MD_EXTENSIONS)


# --- Files ---------------------------------------------------------------------------------------------------------


def test_two_names_with_one_page_name_are_both_named(seeds: Path) -> None:
    (seeds / "BMW News.txt").write_text("BMW said so.\n")
    (seeds / "bmw-news.txt").write_text("BMW said it again.\n")
    assert _error(seeds) == (
        "seeds/bmw-news.txt: gives the same page name 'bmw-news' as seeds/BMW News.txt. Rename one of the two files."
    )


def test_index_is_not_an_article_name(seeds: Path) -> None:
    (seeds / "Index.txt").write_text("BMW said so.\n")
    assert _error(seeds).startswith("seeds/Index.txt: the page name 'index' is taken by the list of articles.")


def test_names_with_spaces_capitals_and_accents_get_plain_page_names(seeds: Path) -> None:
    for name in ("Café Renault NEWS.txt", "Škoda  Plan.TXT", os.fsdecode(b"caf\xe9-latin1-name.txt")):
        (seeds / name).write_text("Renault said so.\n")
    loaded = [read_article(path, slug) for path, slug in plan_folder(seeds)[0]]
    assert sorted(a.slug for a in loaded) == ["caf-latin1-name", "cafe-renault-news", "skoda-plan"]


def test_a_file_name_that_is_not_utf8_is_still_printable_in_an_error(seeds: Path) -> None:
    (seeds / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"")
    message = _error(seeds)
    assert message.startswith("seeds/caf\\xe9.txt: the file is empty")
    message.encode("utf-8")  # would raise on a surrogate escape


def test_an_unreadable_file_names_itself_and_the_fix(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = seeds / "locked.txt"
    path.write_text("BMW said so.\n")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the read fail as it would for anyone else
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    try:
        assert _error(seeds) == (
            "seeds/locked.txt: cannot read the file (Permission denied). Check its permissions (chmod a+r)."
        )
    finally:
        path.chmod(0o644)


def test_a_symlink_loop_is_named_not_followed_forever(seeds: Path) -> None:
    (seeds / "a.txt").symlink_to("b.txt")
    (seeds / "b.txt").symlink_to("a.txt")
    assert _error(seeds) == (
        "seeds/a.txt: cannot read the file (Too many levels of symbolic links). "
        "It is a symbolic link that points back at itself; replace it with the article."
    )


def test_a_dangling_symlink_is_named(seeds: Path) -> None:
    (seeds / "gone.txt").symlink_to("nowhere.txt")
    assert _error(seeds).startswith("seeds/gone.txt: cannot read the file (No such file or directory). It is a")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_does_not_hang_the_build(seeds: Path) -> None:
    os.mkfifo(seeds / "pipe.txt")
    assert _error(seeds).startswith("seeds/pipe.txt: is not a regular file")


def test_missing_empty_and_wrong_seeds_folders(seeds: Path) -> None:
    kinds = ".txt (plain text), .md (Markdown) or .html (a saved web page)"
    assert _error(Path("nowhere")) == (
        f"nowhere: the seeds folder does not exist. Create it and put an article in it: {kinds}."
    )
    (seeds / ".gitkeep").write_text("")
    assert _error(seeds) == f"seeds: the seeds folder has no article. Add one: {kinds}."
    (seeds / ".gitkeep").rename("afile")
    assert _error(Path("afile")).startswith("afile: is not a folder.")


def test_entries_that_are_not_articles_are_skipped_with_a_note(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (seeds / "a.txt").write_text("BMW said so.\n")
    for name, data in IGNORED.items():
        (seeds / name).write_bytes(data)
    (seeds / "old.txt").mkdir()
    assert cli.main([str(seeds), "out"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "note: ignored seeds/notes.docx (not a .txt, .md or .html file)",
        "note: ignored seeds/old.txt (a folder)",
        "note: ignored seeds/photo.png (not a .txt, .md or .html file)",
    ]


# --- Injection, unit: each line of the hostile article renders as itself --------------------------------------------


@pytest.mark.parametrize(
    "line", [ln for ln in (Path(__file__).parent / "hostile/injection.txt").read_text().splitlines() if ln.strip()]
)
def test_escaped_line_renders_as_its_own_text(line: str) -> None:
    html = markdown.markdown(f'<span id="t">{md_escape(line)}</span>', extensions=MD_EXTENSIONS)
    parser = parse_html(html)
    assert parser.by_id["t"] == re.sub(r"\s+", " ", line)  # whitespace runs become one space, as in HTML
    assert [t for t, _a in parser.tags] == ["p", "span"]


# --- Injection and faithfulness, end to end: one real build of every publishable hostile seed ------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    project = make_project(tmp_path_factory.mktemp("hostile") / "project", {**PUBLISHABLE, **IGNORED})
    (project / "seeds" / "old.txt").mkdir()
    # What a snippet include would read: beside mkdocs.yml (its default base) and by absolute path.
    (project / "secret.txt").write_text(SECRET)
    (project / "snippets").mkdir()
    (project / "snippets" / "secret.txt").write_text(SECRET)
    ignored = publish.build_sites(project, project / "site", project / "site-offline")
    return project, ignored


def _source_page(project: Path, slug: str, offline: bool) -> Path:
    if offline:
        return project / "site-offline" / "articles" / f"{slug}.html"
    return project / "site" / "articles" / slug / "index.html"


def test_build_publishes_every_hostile_seed_and_notes_the_rest(hostile: tuple[Path, list[Path]]) -> None:
    project, ignored = hostile
    assert sorted(p.name for p in ignored) == ["notes.docx", "old.txt", "photo.png"]
    loaded = [read_article(path, slug) for path, slug in plan_folder(project / "seeds")[0]]
    for seed in loaded:
        assert _source_page(project, seed.slug, offline=False).is_file(), seed.path
    assert {a.slug for a in loaded} >= {"cafe-renault-news", "img-src-x-onerror-alert-name", "utf16"}
    assert {a.format for a in loaded} == {"text", "markdown", "html"}


@pytest.mark.parametrize("offline", [False, True], ids=["hosted", "offline"])
def test_every_sentence_is_on_its_source_page_as_written(hostile: tuple[Path, list[Path]], offline: bool) -> None:
    project, _ignored = hostile
    loaded = [read_article(path, slug) for path, slug in plan_folder(project / "seeds")[0]]
    for seed in loaded:
        article = seed
        page = page_text(_source_page(project, article.slug, offline))
        for p in article.paragraphs:
            for s in p.sentences:
                assert page.by_id.get(f"p{p.index}-s{s.index}") == s.text, (article.path, s.text)
        text = "".join(page.text)
        for extra in (article.headline, article.source, Path(article.path).name):
            assert extra is None or extra in text, extra


def test_the_injection_article_is_shown_as_written(hostile: tuple[Path, list[Path]]) -> None:
    page = page_text(_source_page(hostile[0], "injection", offline=False))
    text = " ".join("".join(page.text).split())
    for literal in [
        '<script>alert("body")</script>',
        '<img src=x onerror=alert("img")>',
        "[link](javascript:alert('link'))",
        "*[BMW]: Not an abbreviation from the article",
        '--8<-- "secret.txt"',
        "{{ 7 * 7 }} and {% if true %}yes{% endif %} and {# comment #}",
        "&lt;b&gt; and &amp; and &#60;i&#62; and a backslash \\ and two \\\\ and \\* and \\_.",
        "--- title: not front matter ---",
        '<div markdown="1">*not emphasis*</div>',
    ]:
        assert literal in text, literal


def test_no_tag_or_attribute_comes_from_an_article(hostile: tuple[Path, list[Path]]) -> None:
    project = hostile[0]
    for site in ("site", "site-offline"):
        for html in (project / site).rglob("*.html"):
            page = page_text(html)
            for tag, attrs in page.tags:
                assert tag not in ("iframe", "img", "style"), (html, tag, attrs)
                assert not [a for a in attrs if a.startswith("on")], (html, tag, attrs)
                for name in ("href", "src", "action"):
                    assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (html, attrs)
                assert "not-a-class" not in (attrs.get("class") or ""), (html, attrs)
            assert not [s for s in page.scripts if "alert(" in s or "display:none" in s], html
            assert not [a for t, a in page.tags if t == "abbr" and "Not an" in (a.get("title") or "")], html


def test_a_snippet_include_never_reads_a_file(hostile: tuple[Path, list[Path]]) -> None:
    project = hostile[0]
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").is_file() else ""
    for site in ("site", "site-offline"):
        for path in (project / site).rglob("*"):
            if path.is_file() and path.suffix != ".zip":
                data = path.read_bytes()
                assert SECRET.encode() not in data, path
                if hostname and path.suffix == ".html" and "injection" in path.as_posix():
                    assert f">{hostname}<".encode() not in data, path


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile_server(hostile: tuple[Path, list[Path]]) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(hostile[0] / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


# Anything an article could make a browser do: a dialog, or an element only its markup would create.
# (The offline site's search runs in an iframe of its own, so only iframes in the content count.)
_INJECTED = (
    "img[src='x'], .md-content iframe, .md-search-result iframe, .not-a-class, .md-content script, .md-content style,"
    " .md-search-result script, a[href^='javascript']"
)


@pytest.mark.browser
@pytest.mark.parametrize("offline", [False, True], ids=["http", "file"])
def test_no_script_from_an_article_runs_in_a_browser(
    browser: Any, hostile: tuple[Path, list[Path]], hostile_server: str, offline: bool
) -> None:
    project = hostile[0]
    if offline:
        base, suffix, index = (project / "site-offline").as_uri() + "/", ".html", "index.html"
    else:
        base, suffix, index = hostile_server, "/", ""
    pages = [index, f"articles/injection{suffix}", f"articles/img-src-x-onerror-alert-name{suffix}"]
    pages += [f"articles/{'index.html' if offline else ''}", f"companies/bmw{suffix}", f"partnership{suffix}"]
    pages += [f"articles/hostile-page{suffix}", f"articles/clipping{suffix}"]
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        for name in pages:
            page.goto(base + name, wait_until="load")
            page.wait_for_timeout(150)
            assert page.locator(_INJECTED).count() == 0, name
            # The saved page's scripts and handlers set or write these markers if anything of them ran.
            assert "PWNED_MARKER" not in page.content() + page.evaluate("document.title"), name
            assert page.evaluate("Object.keys(window).filter(k => /pwn/i.test(k))") == [], name
            if "injection" in name:  # the headline's "</title><script>" stayed inside the title, as text
                assert "Work - " in page.evaluate("document.title"), page.evaluate("document.title")
        # Search results are built in the page from the index; the article's markup must stay text there too.
        page.goto(base + index, wait_until="load")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.wait_for_function(
            "() => !document.querySelector('.md-search-result__meta')?.textContent.includes('Initializing')"
        )
        page.locator("input.md-search__input").press_sequentially("onerror", delay=20)
        page.wait_for_selector(".md-search-result__item", timeout=10_000)
        page.wait_for_timeout(300)
        assert page.locator(_INJECTED).count() == 0
        assert dialogs == []
        off_machine = [u for u in requests if urlsplit(u).scheme not in ("file", "data", "blob", "about")]
        assert [u for u in off_machine if urlsplit(u).hostname != "127.0.0.1"] == []
    finally:
        context.close()


# --- Errors: the scripts print `error: path:line: message`, exit with a documented code, never a traceback ---------


def _run(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_build_pages_reports_a_bad_seed_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "empty.txt").write_bytes(b"")
    result = _run("build_pages.py", "seeds", "out", cwd=tmp_path)
    assert result.returncode == EXIT_INPUT
    assert result.stderr == (
        "error: seeds/empty.txt: the file is empty (or only whitespace): there is no article to publish.\n"
    )
    assert not (tmp_path / "out").exists()


def test_build_site_reports_a_bad_seed_and_builds_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {"bad.txt": CP1252})
    result = _run("build_site.py", "--project", str(project), cwd=project)
    assert result.returncode == EXIT_INPUT
    assert result.stderr.startswith("error: seeds/bad.txt:2: column 6: byte 0xeb is not UTF-8")
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "site").exists() and not list(project.glob(".build-*"))


def test_build_pages_reports_an_unwritable_output(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (seeds / "a.txt").write_text("BMW said so.\n")
    Path("out").write_text("a file")
    assert cli.main([str(seeds), "out"]) == EXIT_OUTPUT
    assert capsys.readouterr().err == "error: out: is a file, not a folder. Choose another OUT_DIR.\n"


def test_ctrl_c_is_an_exit_code_not_a_traceback(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(folder: Path, **_options: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_files", interrupt)
    assert cli.main([str(seeds), "out"]) == EXIT_INTERRUPTED


def test_a_bad_data_file_has_its_own_exit_code(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.errors import DataError

    def broken(folder: Path, **_options: Any) -> Any:
        raise DataError("companies[3] (Kia): kind 'car' is not one of [...]", "data/carmakers.yaml")

    monkeypatch.setattr(cli, "build_files", broken)
    assert cli.main([str(seeds), "out"]) == EXIT_DATA


def test_every_exit_code_is_documented_in_help() -> None:
    import briefing.errors as errors

    codes = {name: value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    for module, unused in ((cli, {"EXIT_BUILD"}), (publish, set())):
        for name, value in codes.items():
            if name not in unused:
                assert re.search(rf"^  {value}  \S", module.EPILOG, re.MULTILINE), (module.__name__, name)


def test_the_plugin_turns_a_seed_error_into_a_plugin_error(seeds: Path) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    plugin = BriefingPlugin()
    plugin.seeds = seeds
    with pytest.raises(PluginError) as caught:
        plugin.on_files(Files([]), config=cast(MkDocsConfig, None))
    assert str(caught.value) == (
        "seeds/empty.txt: the file is empty (or only whitespace): there is no article to publish."
    )


def test_figures_without_an_owner_are_headed_for_what_the_site_did_not_do(seeds: Path) -> None:
    (seeds / "forecast.txt").write_text(
        "Kia and Ford Agree on Vans\n\nKia and Ford agreed to build vans together.\n\n"
        "Analysts expect the van market to reach $40 billion by 2030.\n",
        encoding="utf-8",
    )
    finances = build_files(seeds).files["finances.md"]
    assert "&#36;40 billion" in finances
    # the text may well say whose figure it is: the heading says only that this site did not tie it
    assert "Figures this site did not tie to one company" in finances
    assert "gives to no company" not in finances
