"""The whole pure pipeline in one call: seeds folder → generated files (path → text)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, MutableMapping
from pathlib import Path

from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import ArticleFacts, Facts
from briefing.read import parse_seed, plan_folder, read_bytes
from briefing.render.pages import Renderer

PROGRESS_EVERY = 100  # articles between progress lines; a smaller corpus builds without any

# (path, page name, digest of the file's bytes) → that article's facts. `mkdocs serve` keeps one across
# rebuilds, so an edit re-reads every seed but extracts only the one that changed.
ArticleCache = MutableMapping[tuple[str, str, bytes], ArticleFacts]


def build_files(
    seeds: Path, progress: Callable[[str], None] | None = None, cache: ArticleCache | None = None
) -> tuple[dict[str, str], list[Path], str]:
    """(generated files, skipped seed-folder entries, abbreviation definitions for tooltips).

    With PROGRESS_EVERY articles or more, `progress` gets a line every PROGRESS_EVERY articles and one
    when the pages are rendered; a small corpus stays quiet. With a `cache`, unchanged seeds are not
    extracted again; afterwards it holds exactly this build's articles.
    """
    planned, ignored = plan_folder(seeds)
    gazetteer = load_gazetteer()
    total = len(planned)
    say = progress if progress is not None and total >= PROGRESS_EVERY else None
    found: list[ArticleFacts] = []
    kept: dict[tuple[str, str, bytes], ArticleFacts] = {}
    for path, slug in planned:
        data = read_bytes(path)
        key = (str(path), slug, hashlib.blake2b(data, digest_size=16).digest())
        facts = cache.get(key) if cache is not None else None
        if facts is None:
            facts = extract_article(parse_seed(data, path, slug).article, gazetteer)
        kept[key] = facts
        found.append(facts)
        if say and (len(found) % PROGRESS_EVERY == 0 or len(found) == total):
            say(f"extracted {len(found):,} of {total:,} articles")
    if cache is not None:
        cache.clear()
        cache.update(kept)
    renderer = Renderer(Facts(found), gazetteer)
    files = renderer.files()
    if say:
        say(f"rendered {len(files):,} files")
    return files, ignored, renderer.abbreviations()
