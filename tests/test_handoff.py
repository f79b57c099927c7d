"""One pipeline run for both sites (publish.py's handoff file), and the per-article cache of `make serve`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.site import handoff
from briefing.extract.gazetteer import Gazetteer
from briefing.model import Article, ArticleFacts
from briefing.pipeline import ArticleCache, build_files

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).with_name("corpus")


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for txt in sorted(CORPUS.glob("*.txt"))[:count]:
        shutil.copy(txt, folder / txt.name)
    return folder


def test_the_cache_gives_what_a_fresh_build_gives_after_edits(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path / "seeds", 6)
    cache: ArticleCache = {}
    assert build_files(seeds, cache=cache) == build_files(seeds)
    assert len(cache) == 6
    first, second, third = sorted(seeds.glob("*.txt"))[:3]
    first.write_text(first.read_text(encoding="utf-8") + "\nToyota and Mazda will build engines together.\n")
    second.unlink()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[10], seeds / "zz-new.txt")
    third.rename(seeds / "renamed.txt")  # same bytes, another page name: extracted again under its new name
    assert build_files(seeds, cache=cache) == build_files(seeds)
    assert len(cache) == 6 and all(key[0].startswith(str(seeds)) for key in cache)


def test_an_unchanged_seed_is_not_extracted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _corpus(tmp_path / "seeds", 3)
    cache: ArticleCache = {}
    build_files(seeds, cache=cache)
    calls: list[str] = []

    real = pipeline.extract_article

    def counted(article: Article, gazetteer: Gazetteer) -> ArticleFacts:
        calls.append(article.slug)
        return real(article, gazetteer)

    monkeypatch.setattr(pipeline, "extract_article", counted)
    edited = sorted(seeds.glob("*.txt"))[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nBMW said sales rose.\n", encoding="utf-8")
    build_files(seeds, cache=cache)
    assert calls == [edited.stem]


def test_the_handoff_round_trips_and_refuses_another_folder(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path / "seeds", 2)
    generated = build_files(seeds)
    target = tmp_path / "generated.pickle"
    handoff.write(target, seeds, generated)
    assert handoff.read(target, seeds) == generated
    assert handoff.read(target, tmp_path) is None
    assert handoff.read(tmp_path / "missing.pickle", seeds) is None


def test_mkdocs_builds_from_the_handoff_without_running_the_pipeline(tmp_path: Path) -> None:
    # publish.py makes the pages once; each MkDocs build must take them from the file, not make its own.
    seeds = ROOT / "seeds"
    files, ignored, abbreviations = build_files(seeds)
    files["index.md"] = files["index.md"].replace("# Overview", "# Overview\n\nMade-once marker paragraph.", 1)
    target = tmp_path / "generated.pickle"
    handoff.write(target, seeds, (files, ignored, abbreviations))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **{handoff.ENV: str(target)})
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")]
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Made-once marker paragraph." in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_long_runs_show_progress_and_one_article_stays_quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 5)  # as 100 would, on a corpus small enough to test
    lines: list[str] = []
    build_files(_corpus(tmp_path / "many", 12), progress=lines.append)
    assert lines[:3] == ["extracted 5 of 12 articles", "extracted 10 of 12 articles", "extracted 12 of 12 articles"]
    assert len(lines) == 4 and lines[3].startswith("rendered ") and lines[3].endswith(" files")
    quiet: list[str] = []
    build_files(_corpus(tmp_path / "one", 1), progress=quiet.append)
    assert quiet == []


def test_make_site_prints_the_progress_once_for_both_sites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.site import build as publish

    project = tmp_path / "project"
    project.mkdir()
    _corpus(project / "seeds", 12)
    built: list[Path] = []

    def fake_mkdocs(project: Path, out: Path, offline: bool, epoch: int, generated: Path) -> None:
        assert handoff.read(generated, project / "seeds") is not None  # both builds get the pages made once
        out.mkdir(parents=True)
        built.append(out)

    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 5)
    monkeypatch.setattr(publish, "PROGRESS_EVERY", 5)
    monkeypatch.setattr(publish, "_mkdocs", fake_mkdocs)
    monkeypatch.setattr(publish, "_purge_css", lambda sites: None)
    publish.build_sites(project, project / "site", project / "site-offline")
    err = capsys.readouterr().err.splitlines()
    assert err.count("extracted 5 of 12 articles") == 1 and len(built) == 2
    assert "building the hosted and the offline site ..." in err


def test_a_temp_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Compiled templates are cached in the system's temp folder; a full or read-only one must not fail a build.
    import jinja2.bccache

    from briefing import render

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.bccache.FileSystemBytecodeCache, "load_bytecode", lambda self, bucket: None)
    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", refuse)
    render._environment.cache_clear()
    try:
        files = build_files(_corpus(tmp_path / "seeds", 1))[0]
        assert "index.md" in files
    finally:
        render._environment.cache_clear()
