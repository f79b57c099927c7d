"""The whole pure pipeline in one call: seeds folder → read → extract → classify → render → generated files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

from briefing import domain
from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import ArticleFacts, Facts
from briefing.read import parse_seed, plan_folder, read_bytes
from briefing.render.pages import Renderer

PROGRESS_EVERY = 100  # articles between progress lines; a smaller corpus builds without any

# (path, page name, digest of the file's bytes, digest of data/ and the templates) → that article's facts.
# `mkdocs serve` keeps one across rebuilds, so an edit re-reads every seed but extracts only the one that
# changed; an edit of the rules or the templates changes every key.
ArticleCache = MutableMapping[tuple[str, str, bytes, str], ArticleFacts]


@dataclass(frozen=True)
class Generated:
    """What the pipeline makes of a seeds folder."""

    files: dict[str, str]  # path under docs/ → text: the Markdown pages and facts.json
    ignored: list[Path] = field(default_factory=list)  # entries of the seeds folder that are not articles
    abbreviations: str = ""  # Markdown abbreviation definitions, appended to every page for glossary tooltips


def build_files(
    seeds: Path, progress: Callable[[str], None] | None = None, cache: ArticleCache | None = None
) -> Generated:
    """Every generated file for the articles in `seeds`.

    With PROGRESS_EVERY articles or more, `progress` gets a line every PROGRESS_EVERY articles and one
    when the pages are rendered; a small corpus stays quiet. With a `cache`, unchanged seeds are not
    extracted again; afterwards it holds exactly this build's articles.
    """
    planned, ignored = plan_folder(seeds)
    gazetteer = load_gazetteer()
    total = len(planned)
    say = progress if progress is not None and total >= PROGRESS_EVERY else None
    found: list[ArticleFacts] = []
    kept: dict[tuple[str, str, bytes, str], ArticleFacts] = {}
    rules = domain.digest() if cache is not None else ""
    for path, slug in planned:
        data = read_bytes(path)
        key = (str(path), slug, hashlib.blake2b(data, digest_size=16).digest(), rules)
        facts = cache.get(key) if cache is not None else None
        if facts is None:
            facts = extract_article(parse_seed(data, path, slug), gazetteer)
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
    return Generated(files, ignored, renderer.abbreviations())
