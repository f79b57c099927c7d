"""The README's parts that describe code are the code's: regenerated, never edited by hand (make readme)."""

from __future__ import annotations

from briefing.tools import readme


def test_the_readme_describes_the_code_as_it_is() -> None:
    assert readme.main(["--check"]) == 0, "run `make readme` and commit README.md"


def test_every_module_has_a_docstring_saying_what_it_holds() -> None:
    rows = [row for row in readme.modules().splitlines()[2:]]
    assert len(rows) >= 40 and all(row.split("|")[2].strip() for row in rows)


def test_the_exit_codes_are_all_there() -> None:
    codes = [row.split("|")[1].strip() for row in readme.exit_codes().splitlines()[2:]]
    assert codes == ["0", "2", "3", "4", "5", "130"]
