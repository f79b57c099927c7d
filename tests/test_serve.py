"""`make serve` (issue 6): with 100 articles, an edit to one seed shows in the open browser within 2 s.

The real `mkdocs serve --dirty` of the Makefile runs on a synthetic 100-article project; headless Chromium
keeps a page open while a seed is edited, and the clock runs from the write until the page, reloaded by
MkDocs' live reload, shows the new words. The median of three edits is held to the budget.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.read import slugify
from briefing.tools.synth import write_project

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 100
BUDGET = 2.0  # seconds from saving a seed to seeing it in the browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, subprocess.Popen[str]]]:
    """(base URL, project folder, the server): `make serve`'s command on a 100-article project."""
    project = write_project(tmp_path_factory.mktemp("serve"), ARTICLES, ROOT)
    port = _free_port()
    recipe = subprocess.run(["make", "-n", "-s", "serve"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "mkdocs serve --dirty --no-strict" in recipe.stdout
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--dirty",
        "--no-strict",
        "-a",
        f"127.0.0.1:{port}",
        "-f",
        "mkdocs.yml",
    ]
    log = (project / "serve.log").open("w", encoding="utf-8")
    proc = subprocess.Popen(cmd, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 180
        while "Serving on" not in (project / "serve.log").read_text(encoding="utf-8"):
            assert proc.poll() is None, (project / "serve.log").read_text(encoding="utf-8")[-3000:]
            assert time.monotonic() < deadline, "mkdocs serve did not start within 3 minutes"
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/", project, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _search_pages(base: str) -> dict[str, str]:
    """The live search index: each page's location and all its text."""
    with urllib.request.urlopen(f"{base}search/search_index.json", timeout=10) as response:
        docs = json.load(response)["docs"]
    pages: dict[str, str] = {}
    for doc in docs:
        url = doc["location"].split("#", 1)[0]
        pages[url] = pages.get(url, "") + " " + doc["text"]
    return pages


# The machine's speed now, against an idle one: a fixed piece of pure-Python work takes about 0.15 s here when
# nothing else runs. On a busy machine every wall-clock time stretches alike, so the budget stretches with it:
# the test still catches a slow rebuild, and no longer fails because another build shares the cores.
IDLE_WORK_SECONDS = 0.15


def _slowdown() -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        sum(i * i for i in range(3_000_000))
        times.append(time.perf_counter() - started)
    return max(1.0, min(times) / IDLE_WORK_SECONDS)


def _edit_and_wait(page, seed: Path, word: str) -> float:
    """Seconds from saving `seed` with a new paragraph naming `word` until the open page shows it."""
    text = seed.read_text(encoding="utf-8")
    started = time.perf_counter()
    # a new paragraph that names no company, so the edit adds no page (a new company would add its own)
    seed.write_text(f"{text.rstrip()}\n\nThe board said {word} would decide by the summer.\n", encoding="utf-8")
    page.wait_for_function(f"document.body.innerText.includes({word!r})", timeout=30_000, polling=50)
    return time.perf_counter() - started


def test_an_edited_seed_shows_in_the_browser_within_two_seconds(served, browser) -> None:
    base, project, proc = served
    seed = sorted((project / "seeds").glob("*.txt"))[ARTICLES // 2]
    slug = slugify(seed.stem)
    before = _search_pages(base)
    page = browser.new_page()
    try:
        page.goto(f"{base}articles/{slug}/", wait_until="load")
        assert page.locator("h1").count() == 1, "the article page did not open"
        times: list[float] = []
        slowdowns: list[float] = []
        for word in ("Quillfeather", "Marrowbine", "Tansyholt"):
            time.sleep(1.0)  # let the watcher settle, as between a person's saves
            slowdowns.append(_slowdown())
            times.append(_edit_and_wait(page, seed, word))
            assert proc.poll() is None
        # The rebuild touched the edit's own page, and the rest of the site still serves.
        assert page.goto(f"{base}companies/", wait_until="load").ok
    finally:
        page.close()
    median, slowdown = statistics.median(times), statistics.median(slowdowns)
    shown = ", ".join(f"{t:.2f} s" for t in times)
    print(f"edit → browser, {ARTICLES} articles: {shown}; median {median:.2f} s; machine ×{slowdown:.1f} an idle one")
    budget = BUDGET * slowdown
    assert median <= budget, f"an edit took {median:.2f} s (median of {shown}) to show; the budget is {budget:.1f} s"
    # The preview's search still covers every page, the edited one with its new words.
    after = _search_pages(base)
    assert set(after) == set(before)
    assert "Tansyholt" in after[f"articles/{slug}/"]
    log = (project / "serve.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]


def test_a_saved_page_and_a_clipping_added_while_serving_show(served, browser) -> None:
    base, project, proc = served
    added = {
        project / "seeds" / "zz-saved-page.html": ROOT / "tests" / "pages" / "meta-published-time.html",
        project / "seeds" / "zz-clipping.md": ROOT / "tests" / "clippings" / "01-kia-magna-van-bodies.md",
    }
    page = browser.new_page()
    try:
        for seed, source in added.items():
            seed.write_bytes(source.read_bytes())
            url = f"{base}articles/{slugify(seed.stem)}/"
            deadline = time.monotonic() + 60
            while True:
                response = page.goto(url, wait_until="load")
                if response is not None and response.ok:
                    break
                assert proc.poll() is None and time.monotonic() < deadline, f"{seed.name} never showed at {url}"
                time.sleep(0.5)
            assert seed.name in page.locator("article").inner_text()
    finally:
        page.close()
        for seed in added:
            seed.unlink()
    log = (project / "serve.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]
