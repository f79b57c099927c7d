"""Publishing: a failed build keeps the last good site byte for byte; two builds of the same input are identical."""

from __future__ import annotations

import gzip
import shutil
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.errors import EXIT_BUILD, EXIT_INPUT, BriefingError, BuildError, OutputError
from briefing.site import build as publish
from briefing.site.plugin import DOWNLOAD
from hostile import PUBLISHABLE, make_project, page_text


def _snapshot(*folders: Path) -> dict[str, bytes]:
    return {
        f"{folder.name}/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A site built from one article that names no company: the emptiest site there can be."""
    root = make_project(tmp_path_factory.mktemp("atomic") / "project", {"weather.txt": PUBLISHABLE["no-company.txt"]})
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SOURCE_DATE_EPOCH", raising=False)
        publish.build_sites(root, root / "site", root / "site-offline")
        yield root


def test_an_article_naming_no_company_is_published_honestly(project: Path) -> None:
    source = page_text(project / "site" / "articles" / "weather" / "index.html")
    assert source.by_id["p0-s0"] == "The weather was mild on Tuesday."
    overview = " ".join("".join(page_text(project / "site" / "index.html").text).split())
    # nothing asserts what the article lacks: no "Key facts" section at all, no "none found"
    assert "Key facts" not in overview and "none" not in overview.lower()


def test_a_bad_seed_leaves_the_previous_site_byte_identical(project: Path) -> None:
    before = _snapshot(project / "site", project / "site-offline")
    (project / "seeds" / "empty.txt").write_bytes(b"")
    try:
        with pytest.raises(BriefingError, match=r"empty\.txt: the file is empty"):
            publish.build_sites(project, project / "site", project / "site-offline")
    finally:
        (project / "seeds" / "empty.txt").unlink()
    assert _snapshot(project / "site", project / "site-offline") == before
    assert not list(project.glob(".build-*"))


def test_a_failing_mkdocs_build_leaves_the_previous_site_byte_identical(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(project / "site", project / "site-offline")
    clash = project / "docs" / "index.md"  # the plugin refuses a page that hides a generated one
    clash.write_text("# Mine\n")
    try:
        assert publish.main(["--project", str(project)]) == EXIT_BUILD
    finally:
        clash.unlink()
    err = capsys.readouterr().err
    assert err.startswith("error: MkDocs failed for the hosted site:\n")
    assert "index.md clashes with a generated page" in err and "Traceback" not in err
    assert _snapshot(project / "site", project / "site-offline") == before
    assert not list(project.glob(".build-*"))


def test_two_builds_of_the_same_input_are_byte_identical(project: Path, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SOURCE_DATE_EPOCH", raising=False)
        publish.build_sites(project, tmp_path / "site", tmp_path / "site-offline")
    first = _snapshot(project / "site", project / "site-offline")
    second = _snapshot(tmp_path / "site", tmp_path / "site-offline")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    for name in ("site/sitemap.xml.gz", "site/search/search_index.json", "site/" + DOWNLOAD):
        assert name in first


def test_the_build_is_dated_by_the_newest_seed(project: Path) -> None:
    mtime = int((project / "seeds" / "weather.txt").stat().st_mtime)
    day = datetime.fromtimestamp(mtime, UTC).replace(hour=0, minute=0, second=0)
    with open(project / "site" / "sitemap.xml.gz", "rb") as f:
        header = f.read(8)
    assert int.from_bytes(header[4:8], "little") == int(day.timestamp())
    with zipfile.ZipFile(project / "site" / DOWNLOAD) as zf:
        stamps = {info.date_time for info in zf.infolist()}
    assert stamps == {time.gmtime(mtime - mtime % 2)[:6]}  # a zip holds even seconds only
    assert gzip.decompress((project / "site" / "sitemap.xml.gz").read_bytes()).startswith(b"<?xml")


def test_source_date_epoch_wins_and_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("BMW said so.\n")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert publish.source_date_epoch(tmp_path) == 1_700_000_000
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(BriefingError, match="SOURCE_DATE_EPOCH is 'yesterday'; it must be a whole number"):
        publish.source_date_epoch(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert publish.source_date_epoch(tmp_path) == int((tmp_path / "a.txt").stat().st_mtime)


def test_a_bad_source_date_epoch_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", {"a.txt": b"BMW said so.\n"})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1.5e9")
    assert publish.main(["--project", str(project)]) == EXIT_INPUT
    assert capsys.readouterr().err == (
        "error: SOURCE_DATE_EPOCH is '1.5e9'; it must be a whole number of seconds since 1970.\n"
    )


# --- The swap itself, with MkDocs replaced by a stub that writes one file ---------------------------------------------


@pytest.fixture
def stubbed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    project = make_project(tmp_path / "project", {"a.txt": b"BMW said so.\n"})
    for name in ("site", "site-offline"):
        (project / name).mkdir()
        (project / name / "index.html").write_text(f"old {name}")

    def fake_builds(project: Path, outs: list[Path], generated: object, epoch: int) -> None:
        for out in outs:
            out.mkdir(parents=True)
            (out / "index.html").write_text("new")

    monkeypatch.setattr(publish, "_build_both", fake_builds)
    return project


def test_a_failure_after_the_first_site_is_built_keeps_both_old_sites(
    stubbed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(stubbed / "site", stubbed / "site-offline")

    def fail_offline(project: Path, outs: list[Path], generated: object, epoch: int) -> None:
        outs[0].mkdir(parents=True)
        raise BuildError("MkDocs failed for the offline site:\nWARNING - a broken link")

    monkeypatch.setattr(publish, "_build_both", fail_offline)
    with pytest.raises(BuildError):
        publish.build_sites(stubbed, stubbed / "site", stubbed / "site-offline")
    assert _snapshot(stubbed / "site", stubbed / "site-offline") == before
    assert not list(stubbed.glob(".build-*"))


def test_a_swap_that_fails_half_way_puts_the_old_sites_back(stubbed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(stubbed / "site", stubbed / "site-offline")
    real_rename = Path.rename

    def rename(self: Path, target: str | Path) -> Path:
        if self.name == "site-offline" and ".build-" in self.parent.name:
            raise OSError(28, "No space left on device", str(self))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OutputError, match="cannot replace the site \\(No space left on device\\)"):
        publish.build_sites(stubbed, stubbed / "site", stubbed / "site-offline")
    assert _snapshot(stubbed / "site", stubbed / "site-offline") == before
    assert not list(stubbed.glob(".build-*"))


def test_sites_can_be_built_into_new_folders_elsewhere(stubbed: Path, tmp_path: Path) -> None:
    hosted, offline = tmp_path / "out" / "a" / "site", tmp_path / "elsewhere" / "site-offline"
    publish.build_sites(stubbed, hosted, offline)
    assert (hosted / "index.html").read_text() == "new" and (offline / "index.html").read_text() == "new"
    assert (hosted / DOWNLOAD).is_file()
    assert not list(hosted.parent.glob(".build-*")) and not list(offline.parent.glob(".build-*"))
    shutil.rmtree(tmp_path / "out")
