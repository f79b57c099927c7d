"""Time the real build on synthetic corpora of several sizes and check the budgets users feel (see --help).

For each size: write a seeded corpus (tools/synth.py) into a temporary project with this project's site
sources, build it exactly as `make site` does (scripts/build_site.py), then measure what a user waits for and
what a reader downloads: the build's wall-clock time, and the largest page.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.site.plugin import DOWNLOAD
from briefing.tools.synth import DEFAULT_SEED, write_project

ROOT = Path(__file__).resolve().parents[3]
# Budgets (issue 11): what a user waits for and what a reader downloads.
SECONDS_PER_1000 = 30.0  # `make site`, wall clock, for 1,000 articles
LARGEST_PAGE = 40 * 1024  # bytes of HTML, any page of the hosted site
PER_ARTICLE_GROWTH = 1.5  # build seconds per article, larger corpus / smaller (both of 100 articles or more)
PAGE_EXTRACTION = 0.050  # seconds, median, to extract a typical saved news page (100-300 KB of HTML)
TYPICAL_PAGE = (100_000, 300_000)  # bytes
TEST_PAGES = ROOT / "tests" / "pages"

EPILOG = """\
examples:
  bench.py                         sizes 1,100,1000 (make bench)
  bench.py --sizes 1,10,40         the quick run of make test (make bench BENCH_SIZES=1,10,40)
  bench.py --sizes 1000 --profile  also cProfile the pipeline on the largest size
  bench.py --keep /tmp/bench       keep corpora, sites and profiles to look at
  bench.py --format html           the corpora as saved web pages (.html seeds)

exit codes:
  0  every budget met (or --report-only)
  1  a budget was missed (the FAIL lines say which)
  4  a build failed (its last lines are shown; the corpus is kept)
"""


@dataclass
class Result:
    articles: int
    wall: float  # the whole build, interpreter start-up included
    steps: dict[str, float]  # as build_site.py --timings reports them
    pages: int
    largest: tuple[str, int]
    hosted_bytes: int
    zip_bytes: int


class BuildFailed(Exception):
    pass


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(project: Path) -> tuple[float, dict[str, float]]:
    """(wall seconds, steps) of `make site`'s build of `project`; raises BuildFailed with its last lines."""
    timings, log = project / ".timings.json", project / ".build.log"
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "build_site.py"),
        "--project",
        str(project),
        "--timings",
        str(timings),
    ]
    wall = time.perf_counter()
    with log.open("w", encoding="utf-8") as output:  # a file, not a pipe: nothing can block on a full pipe
        code = subprocess.run(cmd, cwd=project, stdout=output, stderr=subprocess.STDOUT).returncode
    wall = time.perf_counter() - wall
    if code != 0:
        lines = [ln for ln in log.read_text(encoding="utf-8").splitlines() if ln.strip()]
        raise BuildFailed("\n".join(lines[-20:]))
    return wall, json.loads(timings.read_text(encoding="utf-8"))


def measure(project: Path, articles: int) -> Result:
    hosted = project / "site"
    _say(f"[{articles}] building as make site does ...")
    wall, steps = build(project)
    html = [(p.relative_to(hosted).as_posix(), p.stat().st_size) for p in hosted.rglob("*.html")]
    zipped = (hosted / DOWNLOAD).stat().st_size
    return Result(
        articles=articles,
        wall=wall,
        steps=steps,
        pages=len(html),
        largest=max(html, key=lambda kv: kv[1]),
        hosted_bytes=sum(p.stat().st_size for p in hosted.rglob("*") if p.is_file()) - zipped,
        zip_bytes=zipped,
    )


def page_extraction(samples: int = 20, repeats: int = 5) -> tuple[float, int]:
    """(median seconds to extract one typical saved page, pages timed): the test pages of 100-300 KB and
    synthetic ones, each the median of `repeats` runs after a first, untimed one (imports, caches)."""
    import random
    import statistics

    from briefing.read.webpage import read_page
    from briefing.tools.synth import article
    from briefing.tools.synth_pages import web_page

    pages = [p.read_bytes() for p in sorted(TEST_PAGES.glob("*.html"))]
    pages += [web_page(article(i)[1], random.Random(i)).encode() for i in range(samples)]
    pages = [p for p in pages if TYPICAL_PAGE[0] <= len(p) <= TYPICAL_PAGE[1]]
    times = []
    for data in pages:
        try:
            read_page(data, "page.html")
        except BriefingError:
            continue  # a page the tests expect to be refused (an index page) is not an article to time
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            read_page(data, "page.html")
            runs.append(time.perf_counter() - start)
        times.append(statistics.median(runs))
    return statistics.median(times), len(times)


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 10 * 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def table(results: list[Result]) -> str:
    head = ("articles", "make site s", "pipeline s", "MkDocs s (both sites)", "pages", "largest page", "site", "zip")
    rows = [
        (
            f"{r.articles:,}",
            f"{r.wall:.1f}",
            f"{r.steps['pipeline_wall']:.1f}",
            f"{r.steps['mkdocs_wall']:.1f}",
            f"{r.pages:,}",
            f"{_size(r.largest[1])} {r.largest[0]}",
            _size(r.hosted_bytes),
            _size(r.zip_bytes),
        )
        for r in results
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    load, cpus = ", ".join(f"{x:.1f}" for x in os.getloadavg()), os.cpu_count()
    notes = [
        "make site = build_site.py end to end, interpreter start-up included (wall clock, as a person waits).",
        f"Load average at the end: {load} on {cpus} CPUs: compare figures of one run, not of two machines.",
    ]
    return "\n".join([*lines, "", *notes])


def check_budgets(results: list[Result], extraction: float = 0.0) -> list[tuple[bool, str]]:
    """(met, line) for each budget that applies to the sizes measured. `extraction` is the median seconds per
    saved page when the corpora are web pages: their build may take that much longer per article."""
    checks: list[tuple[bool, str]] = []
    for r in results:
        n = f"{r.articles:,} articles:"
        largest = f"{n} largest page {_size(r.largest[1])} {r.largest[0]} (≤ {_size(LARGEST_PAGE)})"
        checks.append((r.largest[1] <= LARGEST_PAGE, largest))
        if r.articles >= 1000:
            base = SECONDS_PER_1000 * r.articles / 1000
            limit = base + extraction * r.articles
            plus = f"{base:.0f} s + {extraction * r.articles:.0f} s of page extraction = " if extraction else ""
            checks.append((r.wall <= limit, f"{n} make site in {r.wall:.1f} s (≤ {plus}{limit:.0f} s)"))
    sized = sorted((r for r in results if r.articles >= 100), key=lambda r: r.articles)
    for small, large in itertools.pairwise(sized):
        growth = (large.wall / large.articles) / (small.wall / small.articles)
        line = f"build time per article, {small.articles:,} → {large.articles:,} articles: ×{growth:.2f}"
        checks.append((growth <= PER_ARTICLE_GROWTH, f"{line} (≤ ×{PER_ARTICLE_GROWTH})"))
    return checks


def profile_pipeline(seeds: Path, profile: Path, count: int = 25) -> str:
    """The pipeline alone, in this process, from a cold start: its slowest functions."""
    from briefing.pipeline import build_files

    prof = cProfile.Profile()
    prof.runcall(build_files, seeds)
    prof.dump_stats(str(profile))
    out = io.StringIO()
    pstats.Stats(str(profile), stream=out).strip_dirs().sort_stats("cumulative").print_stats(count)
    return out.getvalue()


def run(sizes: list[int], seed: int, work: Path, profile: bool, fmt: str = "txt") -> list[Result]:
    results = []
    for n in sizes:
        _say(f"[{n}] writing {n:,} synthetic articles as .{fmt} (seed {seed}) ...")
        project = write_project(work / f"corpus-{n}", n, ROOT, seed, fmt)
        r = measure(project, n)
        results.append(r)
        _say(f"[{n}] built in {r.wall:.1f} s")
        if profile and n == max(sizes):
            print(f"\n## The pipeline, {n:,} articles (cProfile)\n")
            print(profile_pipeline(project / "seeds", work / f"pipeline-{n}.prof"))
    return results


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(s) for s in text.replace(" ", "").split(",") if s]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of numbers such as 1,100,1000") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"'{text}': give at least one size, each 1 or more")
    return sorted(set(sizes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench.py",
        description="Build the site from synthetic corpora; report build times, page sizes and the budgets.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sizes", type=_sizes, default=_sizes("1,100,1000"), help="articles per corpus (1,100,1000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed (default %(default)s)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it (default: a temp folder)")
    parser.add_argument("--profile", action="store_true", help="cProfile the pipeline on the largest size")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when a budget is missed")
    parser.add_argument("--format", choices=("txt", "html"), default="txt", help="seeds as text or saved pages")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    _say("timing the extraction of typical saved pages ...")
    extraction, timed = page_extraction()
    try:
        results = run(args.sizes, args.seed, work, args.profile, args.format)
    except BuildFailed as exc:
        print(f"error: MkDocs failed on a synthetic corpus (kept in {work}):\n{exc}", file=sys.stderr)
        return 4
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(results))
    print()
    print(f"Page extraction: median {extraction * 1000:.1f} ms per saved page ({timed} pages of 100-300 KB).\n")
    checks = check_budgets(results, extraction if args.format == "html" else 0.0)
    limit = f"(≤ {PAGE_EXTRACTION * 1000:.0f} ms)"
    checks.append((extraction <= PAGE_EXTRACTION, f"page extraction, median {extraction * 1000:.1f} ms {limit}"))
    for met, line in checks:
        print(f"{'ok  ' if met else 'FAIL'} {line}")
    missed = sum(1 for met, _line in checks if not met)
    if missed and not args.report_only:
        print(f"\n{missed} budget(s) missed", file=sys.stderr)
        return 1
    return 0
