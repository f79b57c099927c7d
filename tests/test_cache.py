"""One pipeline run for both sites (the pages handed to the plugin object), and the per-article cache of
`make serve`, which an edit of the rules or the templates must not leave stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing import domain, pipeline
from briefing.errors import BriefingError
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


@pytest.mark.slow
def test_mkdocs_builds_from_the_pages_handed_to_the_plugin(tmp_path: Path) -> None:
    # site/build.py makes the pages once; each MkDocs build must take them from the plugin object.
    from briefing.pipeline import Generated
    from briefing.site import build as publish

    generated = build_files(ROOT / "seeds")
    files = dict(generated.files)
    files["index.md"] = files["index.md"].replace("# Overview", "# Overview\n\nMade-once marker paragraph.", 1)
    publish.build_one(
        ROOT / "mkdocs.yml",
        tmp_path / "site",
        Generated(files, generated.ignored, generated.abbreviations),
        0,
        "hosted",
    )
    assert "Made-once marker paragraph." in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_an_edit_of_the_rules_changes_every_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _corpus(tmp_path / "seeds", 2)
    cache: ArticleCache = {}
    build_files(seeds, cache=cache)
    before = set(cache)
    monkeypatch.setattr(domain, "digest", lambda: "another digest")  # as after an edit of data/ or a template
    build_files(seeds, cache=cache)
    assert before.isdisjoint(cache) and len(cache) == 2


def test_clearing_the_rules_reads_the_data_files_again(monkeypatch: pytest.MonkeyPatch) -> None:
    first = domain.deals()
    domain.clear()
    assert domain.deals() is not first and domain.deals() == first


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
    from hostile import make_project

    project = make_project(tmp_path / "project", {})
    shutil.rmtree(project / "seeds")
    _corpus(project / "seeds", 12)
    built: list[Path] = []

    def fake_builds(project: Path, outs: list[Path], generated: pipeline.Generated, epoch: int) -> None:
        assert len(generated.files) > 12  # both builds get the pages made once
        for out in outs:
            out.mkdir(parents=True)
            built.append(out)

    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 5)
    monkeypatch.setattr(publish, "PROGRESS_EVERY", 5)
    monkeypatch.setattr(publish, "_build_both", fake_builds)
    publish.build_sites(project, project / "site", project / "site-offline")
    err = capsys.readouterr().err.splitlines()
    assert err.count("extracted 5 of 12 articles") == 1 and len(built) == 2
    assert "building the hosted and the offline site ..." in err


def test_two_processes_extract_what_one_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _corpus(tmp_path / "seeds", 8)
    alone = build_files(seeds)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    assert build_files(seeds) == alone
    (seeds / "0-empty.txt").write_bytes(b"")  # the first seed, in order, is the one reported
    (seeds / "zz-empty.txt").write_bytes(b"")
    with pytest.raises(BriefingError, match=r"0-empty\.txt: the file is empty"):
        build_files(seeds)
