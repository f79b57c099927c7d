"""Golden pages: a small article in, the exact Markdown out. Refresh on purpose with UPDATE_GOLDEN=1."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
import yaml

from briefing.pipeline import build_files

GOLDEN = Path(__file__).with_name("golden")
CASES = sorted(GOLDEN.glob("*.yaml"))


class _Literal(str):
    pass


yaml.add_representer(_Literal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style="|"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden(case: Path, tmp_path: Path) -> None:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    (tmp_path / f"{spec['slug']}.txt").write_text(spec["article"], encoding="utf-8")
    files = build_files(tmp_path).files
    if os.environ.get("UPDATE_GOLDEN"):
        spec["pages"] = {path: _Literal(files[path]) for path in spec["pages"]}
        spec["article"] = _Literal(spec["article"])
        case.write_text(yaml.dump(spec, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        return
    for path, expected in spec["pages"].items():
        actual = files[path]
        if actual != expected:
            diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "Expected", "Actual", lineterm="")
            pytest.fail(f"{case.name}: {path} differs (UPDATE_GOLDEN=1 to accept)\n" + "\n".join(diff))


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 2


def test_each_paragraph_of_the_source_page_stays_a_paragraph(tmp_path: Path) -> None:
    import markdown

    (tmp_path / "a.txt").write_text("Honda said so.\n\nNissan said so too. It agreed.\n\nToyota did not.\n")
    page = build_files(tmp_path).files["articles/a.md"]
    html = markdown.markdown(page, extensions=["attr_list", "md_in_html"])
    bodies = [p for p in html.split("<p>") if 'class="para-no"' in p]
    assert len(bodies) == 3  # one <p> per paragraph of the article, never merged
    assert 'Nissan said so too.</span> <span class="sentence" id="p1-s1">It agreed.' in page
