"""Many articles, one briefing: the overlapping corpus in tests/multi/ (33 articles written here, the same deals
told by several outlets at different stages) against its expectations (tests/multi/expected.yaml).

What must never be said is pinned exactly: no pair the text does not pair, no date where the text gives none,
no conflict between figures that can be one figure. What should be found is pinned by floors that may only
rise, as tests/quality.py does for single articles. The built site is then read in Chromium: no page but an
article's own text is taller than 4,000 px, no map label overlaps another or a company, and axe finds nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from audit import tools
from briefing.extract import extract_article
from briefing.extract.dates import article_date
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import Facts
from briefing.read import plan_folder, read_article
from briefing.render.catalog import Catalog, build_catalog
from briefing.site.build import build_sites
from hostile import make_project
from test_audit import _axe, _context
from test_audit import npm_tools as npm_tools  # the session fixture that installs the npm tools

HERE = Path(__file__).parent / "multi"
EXPECTED = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
MAX_HEIGHT = 4000  # px at 1280 × 900, every page but an article's own text

# Floors: what the extraction finds today of what a reader finds. Raise them when it finds more.
RELATIONSHIPS_FOUND = 16  # of 22 expected relationships, the companies paired
RELATIONSHIPS_STANDING = 13  # ... and standing where the latest report leaves them
TIMELINE_FOUND = 18  # of 28 expected dated events
CONFLICTS_FOUND = 4  # of 4 expected conflicts


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    gazetteer = load_gazetteer()
    facts = Facts([extract_article(read_article(p, s), gazetteer) for p, s in plan_folder(HERE)[0]])
    return build_catalog(facts, gazetteer)


def _labels(text: str) -> dict[str, str]:
    from briefing.read import parse_article

    gazetteer = load_gazetteer()
    facts = Facts([extract_article(parse_article(text, "t.txt", "t"), gazetteer)])
    return {name: e.label for name, e in build_catalog(facts, gazetteer).companies.items()}


def test_a_company_first_named_by_its_former_name_keeps_it_on_the_pages() -> None:
    text = "GM buys into Subaru\n\nGeneral Motors will take a stake in Fuji Heavy Industries (makers of Subaru cars).\n"
    assert _labels(text)["Subaru"] == "Fuji Heavy Industries"
    assert _labels("Delphi deal\n\nDelphi Automotive Systems said it bought a unit of Eaton.\n")["Aptiv"] == (
        "Delphi Automotive Systems"
    )
    # named first by today's name, it keeps today's name
    assert (
        _labels("Subaru news\n\nSubaru, once Fuji Heavy Industries, will sell cars to Toyota.\n")["Subaru"] == "Subaru"
    )


# --- Relationships ----------------------------------------------------------------------------------------------------


def test_no_relationship_the_text_does_not_state(catalog: Catalog) -> None:
    found = {r.parties for r in catalog.relationships}
    assert [x["parties"] for x in EXPECTED["relationships_not"] if tuple(sorted(x["parties"])) in found] == []


def test_relationships_are_found_across_articles(catalog: Catalog) -> None:
    by_parties = {r.parties: r for r in catalog.relationships}
    found = [by_parties.get(tuple(sorted(x["parties"]))) for x in EXPECTED["relationships"]]
    standing = [
        x for x, r in zip(EXPECTED["relationships"], found, strict=True) if r is not None and r.status == x["final"]
    ]
    print(f"\nrelationships: {sum(r is not None for r in found)} found, {len(standing)} standing right")
    assert sum(r is not None for r in found) >= RELATIONSHIPS_FOUND
    assert len(standing) >= RELATIONSHIPS_STANDING


def test_a_relationship_told_at_three_stages_has_them_in_story_order(catalog: Catalog) -> None:
    (rel,) = [r for r in catalog.relationships if r.parties == ("Mazda", "Subaru")]
    assert [s.status for s in rel.history] == ["rumoured", "in talks", "cancelled"]
    dated = [s.date for s in rel.history if s.date]
    assert dated == sorted(dated) and rel.status == "cancelled"


# --- Dates and the timeline -------------------------------------------------------------------------------------------


def test_articles_are_dated_only_by_their_own_date() -> None:
    dates = {s: article_date(read_article(p, s)) for p, s in plan_folder(HERE)[0]}
    assert {s: d.isoformat() for s, d in dates.items() if d} == EXPECTED["article_dates"]


def _events(catalog: Catalog) -> list[tuple[str, str, bool, str]]:
    """(date, article, derived, sentence) of every event the text dates."""
    texts = {}
    for p, slug in plan_folder(HERE)[0]:
        article = read_article(p, slug)
        for para in article.paragraphs:
            for s in para.sentences:
                texts[(slug, para.index, s.index)] = s.text
    return [
        (e.date, e.article, e.derived, texts[(e.article, e.ref.paragraph, e.ref.sentence)])
        for e in catalog.timeline
        if e.ref is not None
    ]


def test_no_date_where_the_text_gives_none(catalog: Catalog) -> None:
    events = _events(catalog)
    wrong = [x for x in EXPECTED["timeline_not"] for e in events if e[1] == x["article"] and x["contains"] in e[3]]
    assert wrong == []


def test_every_dated_event_has_the_date_as_stated(catalog: Catalog) -> None:
    events = _events(catalog)
    found, wrong = 0, []
    for x in EXPECTED["timeline"]:
        hits = [e for e in events if e[1] == x["article"] and x["contains"] in e[3]]
        if hits:
            found += 1
            if (x["date"], x["derived"]) not in {(e[0], e[2]) for e in hits}:
                wrong.append((x["date"], x["contains"], [(e[0], e[2]) for e in hits]))
    print(f"\ntimeline: {found} of {len(EXPECTED['timeline'])} dated events found")
    assert wrong == []
    assert found >= TIMELINE_FOUND


# --- Figures that disagree --------------------------------------------------------------------------------------------


def _flags(catalog: Catalog, company: str | None, amounts: list[str]) -> bool:
    """Whether a conflict flagged for `company` (any, when None) sets exactly these amounts against each other,
    each figure as written (with its bracketed conversion, if any)."""
    return any(
        (company is None or c.company == company)
        and all(any(a in m.text for m in c.figures) for a in amounts)
        and all(any(a in m.text for a in amounts) for m in c.figures)
        for c in catalog.conflicts
    )


def test_no_conflict_between_figures_that_can_be_one(catalog: Catalog) -> None:
    assert [x for x in EXPECTED["conflicts_not"] if _flags(catalog, None, x["amounts"])] == []


def test_conflicts_are_found(catalog: Catalog) -> None:
    found = [x for x in EXPECTED["conflicts"] if _flags(catalog, x["company"], x["amounts"])]
    print(f"\nconflicts: {len(found)} of {len(EXPECTED['conflicts'])} found, {len(catalog.conflicts)} flagged")
    assert len(found) >= CONFLICTS_FOUND
    assert len(catalog.conflicts) <= len(found) + 1  # what is flagged is what a reader flags


# --- The built site, in Chromium -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def multi_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = {p.name: p.read_bytes() for p in HERE.glob("*.txt")}
    project = make_project(tmp_path_factory.mktemp("multi") / "project", seeds)
    out = project / "out"
    build_sites(project, out / "site", out / "site-offline")
    shutil.rmtree(out / "site")
    return out / "site-offline"


def _section_pages(site: Path) -> list[Path]:
    # The 404 page is served by the hosted site for a missing address; on disk it has no use.
    pages = site.rglob("*.html")
    return sorted(
        p for p in pages if p.name != "404.html" and not (p.parent.name == "articles" and p.name != "index.html")
    )


@pytest.mark.slow
@pytest.mark.browser
def test_no_page_but_an_articles_text_is_taller_than_4000_px(browser, multi_site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        heights = {}
        for html in _section_pages(multi_site):
            page.goto(html.as_uri(), wait_until="load")
            heights[html.relative_to(multi_site).as_posix()] = page.evaluate("document.documentElement.scrollHeight")
    finally:
        page.close()
    tallest = sorted(heights.items(), key=lambda kv: -kv[1])[:3]
    print(f"\ntallest pages at 1280 px: {tallest}")
    assert {"timeline.html", "alliances.html", "finances.html", "index.html"} <= set(heights)
    assert [(name, h) for name, h in heights.items() if h > MAX_HEIGHT] == []


# Every drawn label and company box of every map on the page, as the browser lays them out.
BOXES = """() => [...document.querySelectorAll('.alliance-map svg')].map(svg => [
  ...svg.querySelectorAll('text.edge-label, g.company rect')].map(el => {
    const b = el.getBBox(); return [el.tagName, b.x, b.y, b.x + b.width, b.y + b.height]; }))"""


def _overlap(a: list[float], b: list[float]) -> float:
    w = min(a[3], b[3]) - max(a[1], b[1])
    h = min(a[4], b[4]) - max(a[2], b[2])
    return w * h if w > 0.5 and h > 0.5 else 0.0


@pytest.mark.slow
@pytest.mark.browser
def test_no_map_label_overlaps_another_label_or_a_company(browser, multi_site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    overlaps, maps = [], 0
    try:
        for html in _section_pages(multi_site):
            page.goto(html.as_uri(), wait_until="load")
            for boxes in page.evaluate(BOXES):
                maps += 1
                labels = [b for b in boxes if b[0] == "text"]
                for i, label in enumerate(labels):
                    for other in [*labels[i + 1 :], *(b for b in boxes if b[0] == "rect")]:
                        if _overlap(label, other):
                            overlaps.append((html.name, label, other))
    finally:
        page.close()
    assert maps >= 5  # the overview map and the company maps
    assert overlaps == []


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation_on_the_pages_of_many_articles(browser, multi_site: Path, npm_tools, scheme) -> None:
    names = ["index.html", "alliances.html", "timeline.html", "finances.html", "companies/toyota.html"]
    context = _context(browser, color_scheme=scheme)
    page = context.new_page()
    problems = []
    try:
        for name in names:
            page.goto((multi_site / name).as_uri(), wait_until="load")
            problems += [f"{name}: {v['id']} {v['help']}: {v['nodes']}" for v in _axe(page)]
    finally:
        context.close()
    assert problems == []


@pytest.mark.slow
def test_the_pages_of_many_articles_are_valid_html(multi_site: Path, npm_tools) -> None:
    pages = [multi_site / n for n in ("index.html", "alliances.html", "timeline.html", "finances.html")]
    assert [str(e) for e in tools.vnu(pages)] == []
