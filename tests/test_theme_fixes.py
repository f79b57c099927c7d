"""The theme's markup fixes, on the theme's real output."""

from __future__ import annotations

from pathlib import Path

from briefing.site.theme import fix_page, purge_css

PAGE = (
    '<body><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
    '<div class="md-search" data-md-component="search" role="dialog">'
    '<label class="md-nav__title" for="__toc"><span></span>Contents</label></body>'
)


def test_fixes() -> None:
    html, missing = fix_page(PAGE)
    assert missing == []
    assert 'autocomplete="off">' not in html.replace('<form id="__toggles" autocomplete="off" hidden></form>', "")
    assert html.count('form="__toggles"') == 2 and html.count("<form ") == 1
    assert 'role="dialog" aria-label="Search"' in html
    assert '<div class="md-nav__title"><span></span>Contents</div>' in html


def test_toc_label_kept_when_its_toggle_exists() -> None:
    page = PAGE + '<input type="checkbox" id="__toc">'
    assert 'for="__toc"' in fix_page(page)[0]


def test_changed_theme_markup_is_reported() -> None:
    assert fix_page('<div data-md-component="search">')[1] == ["checkbox toggles", "search dialog"]


def test_built_pages_carry_the_fixes_and_the_trimmed_stylesheet(built: tuple[Path, Path]) -> None:
    for site in built:
        styles = site / "assets" / "stylesheets"
        [main] = styles.glob("main.*.min.css")
        [palette] = styles.glob("palette.*.min.css")
        # trimmed in place, inside the build: the pages link the theme's own files, and they are small
        assert "cut by scripts/briefing/site/purge_css.mjs" in main.read_text(encoding="utf-8")
        assert palette.stat().st_size < 200 and main.stat().st_size < 80_000
        for page in site.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            assert 'type="checkbox" id="__drawer" autocomplete' not in html, page
            assert f"stylesheets/{main.name}" in html, page


def test_trimming_reads_every_distinct_tag_of_every_page(tmp_path: Path) -> None:
    """The pages' tags are read once each, as neutral elements: a cell out of its table still counts."""
    styles, scripts = tmp_path / "assets" / "stylesheets", tmp_path / "assets" / "javascripts"
    styles.mkdir(parents=True)
    scripts.mkdir(parents=True)
    rules = ".c449{color:red}.in-cell{color:red}td.num{color:red}.after-quote{color:red}"
    rules += "[data-x=y]{color:red}.unused{color:red}"
    (styles / "main.0a.min.css").write_text(rules, encoding="utf-8")
    (styles / "palette.0b.min.css").write_text("th{color:blue}", encoding="utf-8")
    (scripts / "bundle.0c.min.js").write_text("", encoding="utf-8")
    (tmp_path / "index.html").write_text('<p title="a > b" class="after-quote">x</p>', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    # Hundreds of distinct cells: they are read in batches, and a batch may begin with a cell.
    cells = "".join(f'<td class="c{i}">{i}</td>' for i in range(450))
    (tmp_path / "sub" / "index.html").write_text(
        f'<table><tr><th>a</th>{cells}<td class="num in-cell" data-x="y">1</td></tr></table>', encoding="utf-8"
    )
    purge_css(tmp_path)
    kept = (styles / "main.0a.min.css").read_text(encoding="utf-8")
    for rule in (".c449", ".in-cell", "td.num", ".after-quote", "[data-x=y]", "th{"):
        assert rule in kept, rule
    assert ".unused" not in kept
