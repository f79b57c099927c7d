"""The whole pure pipeline in one call: seeds folder → read → extract → classify → render → generated files."""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable, Iterator, MutableMapping
from concurrent.futures import ProcessPoolExecutor
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
CacheKey = tuple[str, str, bytes, str]
ArticleCache = MutableMapping[CacheKey, ArticleFacts]


@dataclass(frozen=True)
class Generated:
    """What the pipeline makes of a seeds folder."""

    files: dict[str, str]  # path under docs/ → text: the Markdown pages and facts.json
    ignored: list[Path] = field(default_factory=list)  # entries of the seeds folder that are not articles
    abbreviations: str = ""  # Markdown abbreviation definitions, appended to every page for glossary tooltips


PARALLEL_FROM = 200  # articles to extract from which two processes pay for their start (make site, 1,000: -3 s)


def _key(path: Path, slug: str, data: bytes, rules: str) -> CacheKey:
    return (str(path), slug, hashlib.blake2b(data, digest_size=16).digest(), rules)


def _facts(data: bytes, path: Path, slug: str) -> ArticleFacts:
    return extract_article(parse_seed(data, path, slug), load_gazetteer())


def _extract_chunk(chunk: list[tuple[Path, str]]) -> list[tuple[bytes, ArticleFacts]]:
    out = []
    for path, slug in chunk:
        data = read_bytes(path)
        out.append((data, _facts(data, path, slug)))
    return out


def _extracted(
    planned: list[tuple[Path, str]], cache: ArticleCache | None, rules: str
) -> Iterator[tuple[CacheKey, ArticleFacts]]:
    """(cache key, facts) per article, in order. Articles are independent: a large corpus is extracted
    on two cores, by forked processes that inherit the loaded rules. The first bad seed, in order,
    raises as it would alone."""
    if cache is None and len(planned) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        load_gazetteer()  # loaded once, before the fork
        chunks = [planned[i : i + 50] for i in range(0, len(planned), 50)]
        with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
            for chunk, results in zip(chunks, pool.map(_extract_chunk, chunks), strict=True):
                for (path, slug), (data, facts) in zip(chunk, results, strict=True):
                    yield _key(path, slug, data, rules), facts
        return
    for path, slug in planned:
        data = read_bytes(path)
        key = _key(path, slug, data, rules)
        cached = cache.get(key) if cache is not None else None
        yield key, cached or _facts(data, path, slug)


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
    kept: dict[CacheKey, ArticleFacts] = {}
    rules = domain.digest() if cache is not None else ""
    for key, facts in _extracted(planned, cache, rules):
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
