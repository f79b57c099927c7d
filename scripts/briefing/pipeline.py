"""The whole pure pipeline in one call: seeds folder → generated files (path → text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import alliances, money, people, topics
from .extract import extract
from .gazetteer import DATA, load_data_file, load_gazetteer
from .read import read_seeds
from .render import Renderer

PROGRESS_EVERY = 100  # articles between progress lines; a smaller corpus builds without any


def build_files(seeds: Path, progress: Callable[[str], None] | None = None) -> tuple[dict[str, str], list[Path], str]:
    """(generated files, skipped seed-folder entries, abbreviation definitions for tooltips).

    With PROGRESS_EVERY articles or more, `progress` gets a line every PROGRESS_EVERY articles and one
    when the pages are rendered; a small corpus stays quiet.
    """
    articles, ignored = read_seeds(seeds)
    gazetteer = load_gazetteer()
    total = len(articles)
    say = progress if progress is not None and total >= PROGRESS_EVERY else None

    def extracted(done: int) -> None:
        if say and (done % PROGRESS_EVERY == 0 or done == total):
            say(f"extracted {done:,} of {total:,} articles")

    facts = extract(articles, gazetteer, extracted)
    renderer = Renderer(facts, gazetteer)
    files = renderer.files()
    if say:
        say(f"rendered {len(files):,} files")
    return files, ignored, renderer.abbreviations()


def check_inputs(seeds: Path) -> list[Path]:
    """Read every seed and load every data file, refusing what build_files would refuse, in a tenth of its time.

    publish.py calls it before MkDocs starts, so a mistake reads `seeds/x.txt:12: ...`. Returns the skipped
    seed-folder entries.
    """
    _articles, ignored = read_seeds(seeds)
    load_gazetteer()
    alliances.load_rules()
    money.load_rules()
    people.load_lexicon()
    topics.load_rules()
    load_data_file(DATA / "glossary.yaml")
    return ignored
