"""Build both sites with MkDocs --strict into temporary folders, then swap them in together.

The seeds are read and checked first, so a user's mistake is reported as `seeds/x.txt:12: ...` before MkDocs
starts. A failed build leaves the previous site/ and site-offline/ untouched.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from briefing.site import handoff
from briefing.errors import EXIT_INTERRUPTED, EXIT_OK, BriefingError, BuildError, OutputError, display_path
from briefing.pipeline import PROGRESS_EVERY, build_files
from briefing.site.plugin import DOWNLOAD
from briefing.read import describe_ignored, find_seeds

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
EPILOG = """\
errors are printed as "error: seeds/x.txt:12: what is wrong and how to fix it".

exit codes:
  0  success: site/ and site-offline/ were replaced together
  2  a seed file or the seeds folder is unusable (the message names it), or bad arguments
  3  a domain data file is invalid
  4  MkDocs failed (its messages follow); the previous site is kept
  5  the output folders cannot be written; the previous site is kept
  130  interrupted (Ctrl-C); the previous site is kept

SOURCE_DATE_EPOCH, when set, dates the build (sitemap, zip entries); otherwise the newest seed's
modification time does, so two builds of the same files are byte-identical.
"""


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for the one option we need; MkDocs' own tags (!ENV, !!python/name) become None."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def seeds_folder(project: Path) -> Path:
    """The folder the briefing plugin reads, from mkdocs.yml (MkDocs itself reports a broken mkdocs.yml)."""
    seeds = "seeds"
    try:
        config: Any = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError):
        config = None
    plugins = config.get("plugins") if isinstance(config, dict) else None
    for entry in plugins if isinstance(plugins, list) else []:
        options = entry.get("briefing") if isinstance(entry, dict) else None
        if isinstance(options, dict) and isinstance(options.get("seeds"), str):
            seeds = options["seeds"]
    return project / seeds


def source_date_epoch(seeds: Path) -> int:
    """SOURCE_DATE_EPOCH when set; else the newest seed's modification time, which two builds share."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is not None:
        if not value.strip().isdigit():
            raise BriefingError(f"SOURCE_DATE_EPOCH is {value!r}; it must be a whole number of seconds since 1970.")
        return int(value)
    paths, _ignored = find_seeds(seeds)
    return max(int(p.stat().st_mtime) for p in paths)


def _mkdocs(project: Path, out: Path, offline: bool, epoch: int, generated: Path) -> None:
    env = dict(
        os.environ,
        **{handoff.ENV: str(generated)},  # the pages, made once for both builds
        BRIEFING_OFFLINE=str(offline).lower(),
        BRIEFING_DIRECTORY_URLS=str(not offline).lower(),
        NO_MKDOCS_2_WARNING="1",
        SOURCE_DATE_EPOCH=str(epoch),
        BRIEFING_PURGED_CSS="true",  # the pages link the cut stylesheet that _purge_css writes next
    )
    # Never -q with --strict: quiet logging hides the warnings strict mode counts.
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--clean",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(out),
    ]
    proc = subprocess.Popen(cmd, env=env, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
    lines = [ln for ln in lines if ln.strip()]
    shown = [ln for ln in lines if not ln.startswith("INFO") and "MkDocs 2.0" not in ln and "│" not in ln]
    if proc.wait() != 0:
        detail = "\n".join(shown[-15:]) or "\n".join(lines[-15:])
        raise BuildError(f"MkDocs failed for the {'offline' if offline else 'hosted'} site:\n{detail}")


PURGED_CSS = "assets/stylesheets/material.purged.css"
REPOSITORY = Path(__file__).resolve().parents[3]  # its scripts/ and node_modules/, whichever project is built


def _purge_css(sites: list[Path]) -> None:
    """Cut the theme's stylesheets to the rules both sites use (scripts/purge_css.mjs, PurgeCSS from npm)."""
    script = REPOSITORY / "scripts" / "purge_css.mjs"
    node = shutil.which("node")
    if node is None:
        raise BuildError("Node.js is missing; it trims the theme's stylesheet. Install nodejs (20) and npm.")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "purged.css"
        result = subprocess.run(
            [node, str(script), "--out", str(out), *map(str, sites)], cwd=REPOSITORY, capture_output=True, text=True
        )
        if result.returncode != 0 or not out.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
            raise BuildError(
                "trimming the theme's stylesheet failed (run `make site`, which installs the npm tools):\n"
                + "\n".join(detail)
            )
        for site in sites:
            shutil.copyfile(out, site / PURGED_CSS)


def write_zip(folder: Path, target: Path, epoch: int | None = None) -> None:
    stamp = ZIP_TIME if epoch is None else max(ZIP_TIME, time.gmtime(epoch)[:6])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"carmaker-briefing/{path.relative_to(folder).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())


def _swap(moves: list[tuple[Path, Path, Path]]) -> None:
    """(new folder, final place, staging folder beside it): move each new folder in; on failure put all back."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for new, final, staging in moves:
            backup = None
            if final.exists() or final.is_symlink():
                backup = staging / f"old-{final.name}"
                final.rename(backup)
            done.append((final, backup))
            new.rename(final)
    except OSError as exc:
        for final, backup in reversed(done):
            if backup is not None:
                if final.exists():
                    shutil.rmtree(final, ignore_errors=True)
                backup.rename(final)
        message = f"cannot replace the site ({exc.strerror}); the previous one is kept."
        raise OutputError(message, exc.filename) from None


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def build_sites(project: Path, hosted: Path, offline: Path, timings: dict[str, float] | None = None) -> list[Path]:
    """Make the pages, build both sites, swap them in. Returns the seeds-folder entries that were ignored.

    `timings`, when given, gets each step's wall-clock seconds, and the pipeline's CPU seconds.
    """
    spent = timings if timings is not None else {}
    project = project.resolve()
    seeds = seeds_folder(project)
    # Once, before MkDocs: a mistake in a seed reads `seeds/x.txt:12: ...`, and both builds share the pages.
    wall, cpu = time.perf_counter(), time.process_time()
    # Without the cycle collector: the pipeline makes millions of small objects and no garbage cycles, so
    # its passes only cost time (4% of the pipeline's at 1,000 articles), never memory.
    collecting = gc.isenabled()
    gc.disable()
    try:
        generated = build_files(seeds, progress=_say)
    finally:
        if collecting:
            gc.enable()
    spent["pipeline_wall"], spent["pipeline_cpu"] = time.perf_counter() - wall, time.process_time() - cpu
    epoch = source_date_epoch(seeds)
    stagings: dict[Path, Path] = {}
    try:
        for final in (hosted, offline):
            final.parent.mkdir(parents=True, exist_ok=True)
            # Beside the final folder, so the swap is a rename within one file system, never a copy.
            if final.parent.resolve() not in stagings:
                stagings[final.parent.resolve()] = Path(tempfile.mkdtemp(prefix=".build-", dir=final.parent))
    except OSError as exc:
        for staging in stagings.values():
            shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"cannot create the output folder ({exc.strerror}).", exc.filename or hosted) from None
    try:
        hosted_stage, offline_stage = stagings[hosted.parent.resolve()], stagings[offline.parent.resolve()]
        new_hosted, new_offline = hosted_stage / "site", offline_stage / "site-offline"
        shared = hosted_stage / "generated.pickle"
        wall, cpu = time.perf_counter(), time.process_time()
        handoff.write(shared, seeds, generated)
        # Writing the pages for the builds is the pipeline's cost too (reading them back is the builds').
        spent["pipeline_wall"] += time.perf_counter() - wall
        spent["pipeline_cpu"] += time.process_time() - cpu
        if len(find_seeds(seeds)[0]) >= PROGRESS_EVERY:  # one article builds in seconds, quietly
            _say("building the hosted and the offline site ...")
        # The two builds share nothing but the pages: at once, on two cores, they take the time of one.
        wall = time.perf_counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            sites = ((new_hosted, False), (new_offline, True))
            for build in [pool.submit(_mkdocs, project, out, offline, epoch, shared) for out, offline in sites]:
                build.result()
        spent["mkdocs_wall"] = time.perf_counter() - wall
        wall = time.perf_counter()
        _purge_css([new_hosted, new_offline])
        spent["purge_css_wall"] = time.perf_counter() - wall
        wall = time.perf_counter()
        zip_path = new_hosted / DOWNLOAD
        zip_path.parent.mkdir(exist_ok=True)
        write_zip(new_offline, zip_path, epoch)
        spent["zip_wall"] = time.perf_counter() - wall
        _swap([(new_hosted, hosted, hosted_stage), (new_offline, offline, offline_stage)])
    finally:
        for staging in stagings.values():
            shutil.rmtree(staging, ignore_errors=True)
    return generated[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_site.py",
        description="Build site/ (hosted) and site-offline/ (opened from disk) with MkDocs --strict, atomically.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=Path(__file__).resolve().parents[3],
        help="folder holding mkdocs.yml; the sites go to its site/ and site-offline/ (default: this repository)",
    )
    parser.add_argument(
        "--timings",
        type=Path,
        metavar="FILE",
        help="also write each step's seconds there as JSON (scripts/bench.py reads it)",
    )
    args = parser.parse_args(argv)
    project: Path = args.project
    timings: dict[str, float] = {}
    try:
        ignored = build_sites(project, project / "site", project / "site-offline", timings)
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted; the previous site is kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    for path in ignored:
        print(f"note: {describe_ignored(path)}", file=sys.stderr)
    if args.timings:
        args.timings.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")
    print(
        f"built {display_path(project / 'site')}/ (hosted) and {display_path(project / 'site-offline')}/ "
        "(open its index.html from disk)"
    )
    return EXIT_OK
