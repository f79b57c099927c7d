"""Several articles make one site: one page per company, facts keep their article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefing.pipeline import build_files

CORPUS = Path(__file__).with_name("corpus")


def test_corpus_as_one_site(tmp_path: Path) -> None:
    for txt in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(txt, tmp_path / txt.name)
    files, _ignored, _abbr = build_files(tmp_path)
    facts = json.loads(files["facts.json"])
    slugs = {a["slug"] for a in facts["articles"]}
    assert len(slugs) == 6
    # one entry per company across articles, mentions grouped by article on its page
    names = [c["name"] for c in facts["companies"]]
    assert len(names) == len(set(names))
    bmw = next(c for c in facts["companies"] if c["name"] == "BMW")
    assert len({m["article"] for m in bmw["mentions"]}) >= 2
    page = files["companies/bmw.md"]
    assert page.count("\n### ") >= 2  # a heading per article
    # every fact names its article; citations on shared pages say which article
    for fact in facts["alliances"] + facts["money"]:
        assert fact["article"] in slugs
    assert any(f"[{slug} ¶" in files["alliances.md"] for slug in slugs)
    for slug in slugs:
        assert f"articles/{slug}.md" in files


def test_jaguar_and_jaguar_land_rover_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Jaguar Land Rover said Jaguar sales fell.\n", encoding="utf-8")
    facts = json.loads(build_files(tmp_path)[0]["facts.json"])
    assert sorted(c["name"] for c in facts["companies"]) == ["Jaguar", "Jaguar Land Rover"]
