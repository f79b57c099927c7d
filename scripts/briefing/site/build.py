"""Build both sites with MkDocs in this process, --strict, into staging folders, then swap them in together.

The pipeline runs once: a mistake in a seed is reported as `seeds/x.txt:12: ...` before MkDocs starts, and both
builds get the same pages, handed to the plugin object. The hosted site is mkdocs.yml; the offline one is
mkdocs.offline.yml, which inherits it and says how it differs. A failed build leaves the previous site/ and
site-offline/ untouched.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from briefing.errors import EXIT_INTERRUPTED, EXIT_OK, BriefingError, BuildError, OutputError, display_path
from briefing.pipeline import PROGRESS_EVERY, Generated, build_files
from briefing.read import describe_ignored, find_seeds
from briefing.site.plugin import DOWNLOAD, BriefingPlugin

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
CONFIGS = (("mkdocs.yml", "hosted"), ("mkdocs.offline.yml", "offline"))
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


def seeds_folder(project: Path) -> Path:
    """The folder the briefing plugin reads, as mkdocs.yml configures it."""
    with _mkdocs_log() as _messages:
        try:
            config = load_config(str(project / "mkdocs.yml"))
        except MkDocsException as exc:
            raise BuildError(f"mkdocs.yml cannot be read: {exc}", project / "mkdocs.yml") from None
    plugin = config.plugins["briefing"]
    assert isinstance(plugin, BriefingPlugin)
    return project / plugin.config.seeds


def source_date_epoch(seeds: Path) -> int:
    """SOURCE_DATE_EPOCH when set; else the newest seed's modification time, which two builds share."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is not None:
        if not value.strip().isdigit():
            raise BriefingError(f"SOURCE_DATE_EPOCH is {value!r}; it must be a whole number of seconds since 1970.")
        return int(value)
    paths, _ignored = find_seeds(seeds)
    return max(int(p.stat().st_mtime) for p in paths)


class _Messages(logging.Handler):
    """MkDocs' warnings and errors of one build, to show when it fails (its INFO lines are left out)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


@contextmanager
def _mkdocs_log() -> Iterator[_Messages]:
    logger = logging.getLogger("mkdocs")
    handler, level = _Messages(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)  # strict mode counts the warnings a handler sees
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def build_one(config_file: Path, out: Path, generated: Generated, epoch: int, name: str) -> None:
    """One site: MkDocs' own build, strict, with the pages handed to the plugin object."""
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)  # MkDocs dates the sitemap by it: identical rebuilds
    with _mkdocs_log() as messages:
        try:
            config = load_config(str(config_file), site_dir=str(out), strict=True)
            plugin = config.plugins["briefing"]
            assert isinstance(plugin, BriefingPlugin)
            plugin.generated = generated
            build(config)
        except (MkDocsException, SystemExit) as exc:
            detail = "\n".join([*messages.lines[-15:], str(exc)]).strip()
            raise BuildError(f"MkDocs failed for the {name} site:\n{detail}") from None


# The pages both worker processes build from. Forked workers inherit it: the pages are not copied or pickled.
_SHARED: Generated | None = None


def _build_in_worker(config_file: Path, out: Path, epoch: int, name: str) -> None:
    assert _SHARED is not None
    build_one(config_file, out, _SHARED, epoch, name)


def _build_both(project: Path, outs: list[Path], generated: Generated, epoch: int) -> None:
    """The two builds share nothing but the pages: in two forked processes they take the time of one."""
    global _SHARED
    jobs = [(project / config, out, name) for (config, name), out in zip(CONFIGS, outs, strict=True)]
    if "fork" not in multiprocessing.get_all_start_methods():
        for config_file, out, name in jobs:
            build_one(config_file, out, generated, epoch, name)
        return
    _SHARED = generated
    try:
        with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_build_in_worker, config_file, out, epoch, name) for config_file, out, name in jobs]
            for future in futures:
                future.result()
    finally:
        _SHARED = None


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

    `timings`, when given, gets each step's wall-clock seconds.
    """
    spent = timings if timings is not None else {}
    project = project.resolve()
    seeds = seeds_folder(project)
    wall = time.perf_counter()
    generated = build_files(seeds, progress=_say)
    spent["pipeline_wall"] = time.perf_counter() - wall
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
        if len(find_seeds(seeds)[0]) >= PROGRESS_EVERY:  # one article builds in seconds, quietly
            _say("building the hosted and the offline site ...")
        wall = time.perf_counter()
        _build_both(project, [new_hosted, new_offline], generated, epoch)
        spent["mkdocs_wall"] = time.perf_counter() - wall
        wall = time.perf_counter()
        zip_path = new_hosted / DOWNLOAD
        zip_path.parent.mkdir(exist_ok=True)
        write_zip(new_offline, zip_path, epoch)
        spent["zip_wall"] = time.perf_counter() - wall
        _swap([(new_hosted, hosted, hosted_stage), (new_offline, offline, offline_stage)])
    finally:
        for staging in stagings.values():
            shutil.rmtree(staging, ignore_errors=True)
    return generated.ignored


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
