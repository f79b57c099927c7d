"""The quality gate: extraction over tests/corpus must not fall below the pinned floors."""

from __future__ import annotations

import json
import subprocess

import pytest

from quality import BASELINE, CORPUS, FIELDS, corpus_digest, evaluate, load_floors, pinned_digest, table


@pytest.fixture(scope="module")
def scores():
    return evaluate()


def test_corpus_is_large_enough() -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    assert len(articles) >= 100
    for txt in articles:
        assert txt.with_suffix(".expected.yaml").exists(), f"{txt.name} has no expectations file"
        words = len(txt.read_text(encoding="utf-8").split())
        assert 80 <= words <= 400, f"{txt.name}: {words} words"


@pytest.mark.parametrize("field", FIELDS)
def test_field_meets_its_floor(scores, field: str) -> None:
    floor = load_floors()[field]
    s = scores[field]
    assert s.precision >= floor["precision"] and s.recall >= floor["recall"], (
        f"{field}: precision {s.precision:.3f} (floor {floor['precision']}), recall {s.recall:.3f} "
        f"(floor {floor['recall']})\n" + table(scores) + "\n" + "\n".join(s.misses[:40])
    )


def test_floors_only_go_up() -> None:
    """Against the last commit: a lower floor needs a recorded reason (quality.py --allow-lower)."""
    try:
        old_text = subprocess.run(
            ["git", "show", f"HEAD:tests/{BASELINE.name}"],
            cwd=BASELINE.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        pytest.skip("no committed baseline to compare with")
    old = json.loads(old_text)
    new = json.loads(BASELINE.read_text(encoding="utf-8"))
    reasons = len(new.get("history", [])) > len(old.get("history", []))
    for field, floor in old["floors"].items():
        for key, value in floor.items():
            assert new["floors"][field][key] >= value or reasons, f"{field}.{key} lowered without a reason"


def test_the_scored_corpus_is_the_pinned_one() -> None:
    """An edited expectation, or an article added or removed, must not move a score silently."""
    assert corpus_digest() == pinned_digest(), (
        "tests/corpus changed since the floors were pinned: run `.venv/bin/python tests/quality.py --raise-floors`"
        " (and --allow-lower REASON if a score fell) and commit tests/quality_baseline.json with the change"
    )


def test_every_field_has_a_floor() -> None:
    assert set(load_floors()) == set(FIELDS)


def test_must_not_lists_are_scored(scores) -> None:
    """Traps (companies_not, alliances_not, money_not, people_not, title) count: one fallen into is a false positive."""
    assert scores["traps"].tp + scores["traps"].fp >= 300
