"""Build both sites with MkDocs --strict into temporary folders, then swap them in together.

A failed build leaves the previous site/ and site-offline/ untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .errors import EXIT_BUILD, EXIT_OK, BriefingError

ZIP_NAME = "carmaker-briefing-offline.zip"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so two builds of the same input give the same bytes


def _mkdocs(project: Path, out: Path, offline: bool) -> None:
    env = dict(
        os.environ,
        BRIEFING_OFFLINE=str(offline).lower(),
        BRIEFING_DIRECTORY_URLS=str(not offline).lower(),
        NO_MKDOCS_2_WARNING="1",
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
    result = subprocess.run(cmd, env=env, cwd=project, capture_output=True, text=True)
    lines = [ln for ln in (result.stdout + result.stderr).splitlines() if ln.strip()]
    shown = [ln for ln in lines if not ln.startswith("INFO") and "MkDocs 2.0" not in ln and "│" not in ln]
    if result.returncode != 0:
        detail = "\n".join(shown[-15:]) or "\n".join(lines[-15:])
        raise BriefingError(f"MkDocs failed for the {'offline' if offline else 'hosted'} site:\n{detail}")


def write_zip(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"carmaker-briefing/{path.relative_to(folder).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())


def build_sites(project: Path, hosted: Path, offline: Path) -> None:
    project = project.resolve()
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=project))
    try:
        new_hosted, new_offline = staging / "site", staging / "site-offline"
        _mkdocs(project, new_hosted, offline=False)
        _mkdocs(project, new_offline, offline=True)
        downloads = new_hosted / "downloads"
        downloads.mkdir(exist_ok=True)
        write_zip(new_offline, downloads / ZIP_NAME)
        # Both builds succeeded: swap them in, keeping the old ones until the new are in place.
        for new, final in ((new_hosted, hosted), (new_offline, offline)):
            old = staging / f"old-{final.name}"
            if final.exists():
                final.rename(old)
            new.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    project = Path(__file__).resolve().parents[2]
    try:
        build_sites(project, project / "site", project / "site-offline")
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUILD if exc.path is None else exc.exit_code
    print("built site/ (hosted) and site-offline/ (open site-offline/index.html from disk)")
    return EXIT_OK
