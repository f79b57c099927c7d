"""Publishing as the README documents it: `mkdocs gh-deploy --strict` from a clone, to a remote's gh-pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GIT_ENV = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def _git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, **GIT_ENV)
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_mkdocs_gh_deploy_publishes_the_site_to_gh_pages(tmp_path: Path) -> None:
    remote, clone = tmp_path / "remote.git", tmp_path / "clone"
    _git("init", "-q", "--bare", str(remote), cwd=tmp_path)
    _git("clone", "-q", "--no-hardlinks", str(ROOT), str(clone), cwd=tmp_path)  # what is committed, as CI sees it
    _git("remote", "set-url", "origin", str(remote), cwd=clone)

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **GIT_ENV)
    cmd = [sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--force"]  # README: mkdocs gh-deploy --strict
    result = subprocess.run(cmd, cwd=clone, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

    published = _git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for page in ("index.html", ".nojekyll", "partnership/index.html", "companies/bmw/index.html", "facts.json"):
        assert page in published, page
    assert not [p for p in published if p.endswith(".map")]  # as make site: no source maps
    index = _git("show", "gh-pages:index.html", cwd=remote)
    assert "BMW" in index and "fonts.googleapis" not in index and "unpkg.com" not in index  # private, as make site


def test_the_workflow_builds_tests_publishes_and_keeps_the_offline_zip() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    steps = jobs["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert "make site" in runs and "make test" in runs
    assert runs.index("make site") < runs.index("make test")
    uses = {s.get("uses", "").split("@")[0]: s for s in steps}
    assert uses["actions/upload-artifact"]["with"]["path"] == "site/downloads/*.zip"
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "site/"
    deploy = jobs["deploy"]
    assert "build" in deploy["needs"] and any(
        s.get("uses", "").startswith("actions/deploy-pages") for s in deploy["steps"]
    )
    assert workflow["permissions"] == {"contents": "read"}  # write access only where deploying needs it
    assert deploy["permissions"]["pages"] == "write" and deploy["permissions"]["id-token"] == "write"
