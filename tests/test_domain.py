"""Every data file is checked against its schema: a malformed one stops the build with exit code 3, naming the
file, the key and what was expected."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import cli, domain
from briefing.domain import files

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    copy = tmp_path / "data"
    shutil.copytree(domain.DATA, copy)
    monkeypatch.setattr(files, "DATA", copy)  # where the loaders read; domain.DATA is only its re-export
    domain.clear()
    yield copy
    monkeypatch.undo()
    domain.clear()


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("deals.yaml", "  mou:\n", "  memo:\n", "types.memo: expected one of partnership"),
        (
            "deals.yaml",
            "    - called off\n",
            "    - '(called off'\n",
            "status.cancelled[0]: '(called off' is not a valid",
        ),
        ("money.yaml", "  billion: 1.0e+9\n", "  billion: lots\n", "scales.billion: expected a number, got 'lots'"),
        ("money.yaml", "  two: 2\n", "  two: many\n", "spelled_numbers.two: expected a number"),
        ("money.yaml", "  two: 2\n", "  Two: 2\n", "spelled_numbers.Two: expected lower-case words"),
        (
            "money.yaml",
            "spelled_scales: [trillion, billion, million]",
            "spelled_scales: [trillion, zillion]",
            "spelled_scales[1]: expected a scale word",
        ),
        (
            "money.yaml",
            "  fiscal_year_end: March\n",
            "  fiscal_year_end: Spring\n",
            "periods.fiscal_year_end: expected a month",
        ),
        ("money.yaml", 'first: "1"', 'first: "5"', "periods.ordinals.first: expected a quarter number"),
        (
            "money.yaml",
            "reported_kinds: [revenue,",
            "reported_kinds: [turnover,",
            "periods.reported_kinds[0]: expected a kind",
        ),
        ("people.yaml", "speech_verbs:\n", "speech_verb:\n", "speech_verbs: missing"),
        ("topics.yaml", "reasons:\n", "reasons: 12\nold_reasons:\n", "reasons: expected a non-empty list"),
        ("references.yaml", "  German: DE\n", "  German: [DE]\n", "nationalities.German: expected a string"),
        ("glossary.yaml", "terms:\n", "terms: []\nold_terms:\n", "terms: expected a non-empty mapping"),
    ],
)
def test_a_malformed_data_file_exits_3_naming_the_key(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, old: str, new: str, message: str
) -> None:
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert cli.main([str(ROOT / "seeds"), str(tmp_path / "out")]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}") or f"{name}: " in err
    assert message in err, err


def test_every_shipped_data_file_passes_its_schema() -> None:
    domain.check_all()


def test_clear_forgets_everything_made_from_the_data_files() -> None:
    # `make serve` relies on it: a cache clear() missed keeps the old rules after an edit of data/
    from briefing.extract import organisations, people
    from briefing.extract.gazetteer import load_gazetteer

    made = (load_gazetteer, organisations.load_organisations, organisations._pattern, people._matches)
    load_gazetteer()
    organisations.organisation_spans("IG Metall said so.")
    people.find_people("Anna Berg, chief executive, said so.", set())
    assert all(fn.cache_info().currsize for fn in made)
    domain.clear()
    assert [fn.cache_info().currsize for fn in made] == [0, 0, 0, 0]
