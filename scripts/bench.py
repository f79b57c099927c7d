#!/usr/bin/env python3
"""Time the real build on synthetic corpora of several sizes and check the scale budgets (see --help).

For each size: write a seeded corpus (briefing.synth) into a temporary project whose mkdocs.yml INHERITs
ours, run the real `mkdocs build --strict` for the hosted and the offline site, zip the offline site as
`make site` does, and measure. Our pipeline's time is taken inside the same MkDocs processes, so its share
of the build is a ratio from one run. Ratios use CPU time, which other work on the machine barely moves;
the 60-second budget is wall-clock time, as a person waits for it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from briefing.plugin import DOWNLOAD  # noqa: E402
from briefing.publish import write_zip  # noqa: E402
from briefing.synth import DEFAULT_SEED, write_project  # noqa: E402

# Budgets (issue 6). The ratios are measured within one run, so they hold on any machine.
GENERATOR_SHARE = 0.05  # our pipeline's CPU time / the whole build's
SECONDS_PER_1000 = 60.0  # wall clock of the whole build (both sites and the zip), for 1,000 articles or more
LARGEST_PAGE = 40 * 1024  # bytes of HTML, any page of the hosted site
PER_ARTICLE_GROWTH = 1.5  # pipeline CPU time per article, larger corpus / smaller (both of 10 articles or more)

EPILOG = """\
examples:
  bench.py                         sizes 1,100,1000 (make bench)
  bench.py --sizes 1,10,40         the quick run CI uses (make bench BENCH_SIZES=1,10,40)
  bench.py --sizes 1000 --profile  also cProfile the largest size: whole build, then the pipeline alone
  bench.py --keep /tmp/bench       keep corpora, sites and profiles to look at

exit codes:
  0  every budget met (or --report-only)
  1  a budget was missed (the FAIL lines say which)
  4  a build failed (MkDocs' last lines are shown; the corpus is kept)
"""

# The MkDocs child: the real CLI, with the plugin's call to our pipeline wrapped in a timer.
_CHILD = """\
import cProfile, json, sys, time
import briefing.plugin
from mkdocs.__main__ import cli
timing_file, profile_file, *args = sys.argv[1:]
spent = []
pipeline = briefing.plugin.build_files
def timed(*a, **k):
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        return pipeline(*a, **k)
    finally:
        spent.append((time.perf_counter() - wall, time.process_time() - cpu))
briefing.plugin.build_files = timed
profile = cProfile.Profile() if profile_file else None
try:
    if profile:
        profile.enable()
    cli.main(args, prog_name="mkdocs")
finally:
    if profile:
        profile.disable()
        profile.dump_stats(profile_file)
    with open(timing_file, "w") as f:
        json.dump(spent, f)
"""


@dataclass
class Build:
    wall: float  # the MkDocs process, interpreter start-up included
    cpu: float
    pipeline_wall: float  # our pipeline, inside that process
    pipeline_cpu: float


@dataclass
class Result:
    articles: int
    hosted: Build
    offline: Build
    zip_wall: float
    zip_cpu: float
    pages: int
    largest: tuple[str, int]
    search_index: int
    hosted_bytes: int
    offline_bytes: int
    zip_bytes: int

    @property
    def pipeline_cpu(self) -> float:
        return self.hosted.pipeline_cpu + self.offline.pipeline_cpu

    @property
    def wall(self) -> float:
        return self.hosted.wall + self.offline.wall + self.zip_wall

    @property
    def cpu(self) -> float:
        return self.hosted.cpu + self.offline.cpu + self.zip_cpu

    @property
    def share(self) -> float:
        return self.pipeline_cpu / self.cpu

    @property
    def per_article(self) -> float:
        """Pipeline CPU seconds per article: the quicker of the two runs, the less disturbed one."""
        return min(self.hosted.pipeline_cpu, self.offline.pipeline_cpu) / self.articles


class BuildFailed(Exception):
    pass


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Running:
    proc: subprocess.Popen[str]
    timing: Path  # where the child writes the pipeline's (wall, CPU) seconds
    log: Path  # MkDocs' output


def start_mkdocs(project: Path, out: Path, offline: bool, profile: Path | None) -> Running:
    name = "offline" if offline else "hosted"
    timing, log = project / f".timing-{name}.json", project / f".mkdocs-{name}.log"
    # As publish.py builds: the same variables pick the hosted or the offline variant of mkdocs.yml.
    env = dict(
        os.environ,
        BRIEFING_OFFLINE=str(offline).lower(),
        BRIEFING_DIRECTORY_URLS=str(not offline).lower(),
        NO_MKDOCS_2_WARNING="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")])),
    )
    args = ["build", "--strict", "--clean", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    cmd = [sys.executable, "-c", _CHILD, str(timing), str(profile or ""), *args]
    # To a file, not a pipe: two builds at once can then never block on a full pipe.
    with log.open("w", encoding="utf-8") as output:
        proc = subprocess.Popen(cmd, env=env, cwd=project, stdout=output, stderr=subprocess.STDOUT, text=True)
    return Running(proc, timing, log)


def finish_mkdocs(build: Running) -> tuple[float, float]:
    """(wall, CPU) seconds our pipeline took inside a build, once it ends; raises when the build failed."""
    if build.proc.wait() != 0:
        lines = [ln for ln in build.log.read_text(encoding="utf-8").splitlines() if ln.strip()]
        raise BuildFailed("\n".join(lines[-20:]))
    spent = json.loads(build.timing.read_text())
    return sum(w for w, _c in spent), sum(c for _w, c in spent)


def run_builds(project: Path, hosted: Path, offline: Path, parallel: bool, profile: Path | None) -> list[Build]:
    """The hosted then the offline build, as publish.py runs them; with `parallel`, both at once.

    With both at once the CPU time of each cannot be told apart: each gets half of the total.
    """
    wall, cpu = time.perf_counter(), _children_cpu()
    if parallel:
        started = [start_mkdocs(project, hosted, False, profile), start_mkdocs(project, offline, True, None)]
        pipelines = [finish_mkdocs(s) for s in started]
        wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
        return [Build(wall / 2, cpu / 2, w, c) for w, c in pipelines]
    builds = []
    for out, is_offline in ((hosted, False), (offline, True)):
        pipeline = finish_mkdocs(start_mkdocs(project, out, is_offline, None if is_offline else profile))
        builds.append(Build(time.perf_counter() - wall, _children_cpu() - cpu, *pipeline))
        wall, cpu = time.perf_counter(), _children_cpu()
    return builds


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(project: Path, articles: int, parallel: bool, profile: Path | None) -> Result:
    hosted, offline = project / "site", project / "site-offline"
    _say(f"[{articles}] building the hosted and the offline site{' at once' if parallel else ''} ...")
    hosted_build, offline_build = run_builds(project, hosted, offline, parallel, profile)
    wall, cpu = time.perf_counter(), time.process_time()
    (hosted / DOWNLOAD).parent.mkdir(exist_ok=True)
    write_zip(offline, hosted / DOWNLOAD)
    zip_wall, zip_cpu = time.perf_counter() - wall, time.process_time() - cpu
    html = [(p.relative_to(hosted).as_posix(), p.stat().st_size) for p in hosted.rglob("*.html")]
    return Result(
        articles=articles,
        hosted=hosted_build,
        offline=offline_build,
        zip_wall=zip_wall,
        zip_cpu=zip_cpu,
        pages=len(html),
        largest=max(html, key=lambda kv: kv[1]),
        search_index=(hosted / "search" / "search_index.json").stat().st_size,
        hosted_bytes=tree_bytes(hosted),
        offline_bytes=tree_bytes(offline),
        zip_bytes=(hosted / DOWNLOAD).stat().st_size,
    )


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 10 * 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def table(results: list[Result], parallel: bool) -> str:
    head = (
        "articles",
        "pipeline ms/article",
        "pipeline CPU s",
        "MkDocs CPU s",
        "total CPU s",
        "pipeline share",
        "total wall s",
        "pages",
        "largest page",
        "search index",
        "site",
        "offline site",
        "zip",
    )
    rows = [
        (
            f"{r.articles:,}",
            f"{r.per_article * 1000:.1f}",
            f"{r.pipeline_cpu:.1f}",
            f"{r.cpu - r.zip_cpu - r.pipeline_cpu:.1f}",
            f"{r.cpu:.1f}",
            f"{r.share:.1%}",
            f"{r.wall:.1f}",
            f"{r.pages:,}",
            f"{_size(r.largest[1])} {r.largest[0]}",
            _size(r.search_index),
            _size(r.hosted_bytes),
            _size(r.offline_bytes),
            _size(r.zip_bytes),
        )
        for r in results
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    load, cpus = ", ".join(f"{x:.1f}" for x in os.getloadavg()), os.cpu_count()
    notes = [
        "pipeline = briefing.pipeline.build_files, which the plugin runs in each of the two MkDocs builds (hosted,",
        "offline); ms/article from the quicker of the two. MkDocs = the rest of both builds, start-up included.",
        "total = both builds and the offline zip; pipeline share = pipeline CPU / total CPU. CPU time barely moves",
        "with other load on the machine; the wall clock (what the 60 s budget is about) does.",
        f"Builds {'at once' if parallel else 'one after the other'}; load average at the end: {load} on {cpus} CPUs.",
    ]
    return "\n".join([*lines, "", *notes])


def check_budgets(results: list[Result], max_share: float = GENERATOR_SHARE) -> list[tuple[bool, str]]:
    """(met, line) for each budget that applies to the sizes measured."""
    checks: list[tuple[bool, str]] = []
    for r in results:
        n = f"{r.articles:,} articles:"
        share = f"{n} pipeline {r.share:.1%} of the build's CPU time (≤ {max_share:.0%})"
        checks.append((r.share <= max_share, share))
        largest = f"{n} largest page {_size(r.largest[1])} {r.largest[0]} (≤ {_size(LARGEST_PAGE)})"
        checks.append((r.largest[1] <= LARGEST_PAGE, largest))
        if r.articles >= 1000:
            limit = SECONDS_PER_1000 * r.articles / 1000
            checks.append((r.wall <= limit, f"{n} built in {r.wall:.1f} s (≤ {limit:.0f} s)"))
    sized = sorted((r for r in results if r.articles >= 10), key=lambda r: r.articles)
    for small, large in itertools.pairwise(sized):
        growth = large.per_article / small.per_article
        line = f"pipeline per article, {small.articles:,} → {large.articles:,} articles: ×{growth:.2f}"
        checks.append((growth <= PER_ARTICLE_GROWTH, f"{line} (≤ ×{PER_ARTICLE_GROWTH})"))
    return checks


def top_functions(profile: Path, count: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(str(profile), stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(count)
    stats.sort_stats("tottime").print_stats(count)
    return out.getvalue()


def profile_pipeline(seeds: Path, profile: Path) -> None:
    """Profile our pipeline alone, warm (one-off loads paid by a first call), as the builds use it."""
    from briefing.pipeline import build_files

    build_files(seeds)
    prof = cProfile.Profile()
    prof.runcall(build_files, seeds)
    prof.dump_stats(str(profile))


def run(sizes: list[int], seed: int, work: Path, parallel: bool, profile: bool) -> list[Result]:
    results = []
    for n in sizes:
        _say(f"[{n}] writing {n:,} synthetic articles (seed {seed}) ...")
        project = write_project(work / f"corpus-{n}", n, ROOT / "mkdocs.yml", seed)
        mkdocs_profile = work / f"mkdocs-{n}.prof" if profile and n == max(sizes) else None
        r = measure(project, n, parallel, mkdocs_profile)
        results.append(r)
        _say(f"[{n}] built in {r.wall:.1f} s; pipeline {r.pipeline_cpu:.1f} s of {r.cpu:.1f} s CPU")
        if mkdocs_profile:
            pipeline_profile = work / f"pipeline-{n}.prof"
            profile_pipeline(project / "seeds", pipeline_profile)
            print(f"\n## The whole hosted build, {n:,} articles (cProfile)\n")
            print(top_functions(mkdocs_profile))
            print(f"\n## The pipeline alone, {n:,} articles (cProfile)\n")
            print(top_functions(pipeline_profile))
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
        description="Build the site from synthetic corpora; report times, page sizes and the scale budgets.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    default = os.environ.get("BENCH_SIZES") or "1,100,1000"
    parser.add_argument("--sizes", type=_sizes, default=_sizes(default), help=f"articles per corpus ({default})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed (default %(default)s)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it (default: a temp folder)")
    parser.add_argument("--profile", action="store_true", help="cProfile the largest size; print top functions")
    parser.add_argument(
        "--parallel", action="store_true", help="run the two MkDocs builds at once (the publish.py patch in issue 6)"
    )
    parser.add_argument(
        "--max-share",
        type=float,
        default=GENERATOR_SHARE,
        metavar="FRACTION",
        help="the pipeline's budget, as a share of the build's CPU time (default %(default)s)",
    )
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when a budget is missed")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    try:
        results = run(args.sizes, args.seed, work, args.parallel, args.profile)
    except BuildFailed as exc:
        print(f"error: MkDocs failed on a synthetic corpus (kept in {work}):\n{exc}", file=sys.stderr)
        return 4
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(results, args.parallel))
    print()
    checks = check_budgets(results, args.max_share)
    for met, line in checks:
        print(f"{'ok  ' if met else 'FAIL'} {line}")
    missed = sum(1 for met, _line in checks if not met)
    if missed and not args.report_only:
        print(f"\n{missed} budget(s) missed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
