"""The whole pure pipeline in one call: seeds folder → generated files (path → text)."""

from __future__ import annotations

from pathlib import Path

from .extract import extract
from .gazetteer import load_gazetteer
from .read import read_seeds
from .render import Renderer, render_site


def build_files(seeds: Path) -> tuple[dict[str, str], list[Path], str]:
    """(generated files, skipped seed-folder entries, abbreviation definitions for tooltips)."""
    articles, ignored = read_seeds(seeds)
    gazetteer = load_gazetteer()
    facts = extract(articles, gazetteer)
    files = render_site(facts, gazetteer)
    return files, ignored, Renderer(facts, gazetteer).abbreviations()
