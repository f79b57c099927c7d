"""Across articles: dates as stated, relationships with their history, figures that disagree.

The sentences are written here; each test pins one rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefing.classify.conflicts import find_conflicts
from briefing.classify.relationships import Relationship, build_relationships
from briefing.classify.timeline import build_timeline
from briefing.extract import extract_article
from briefing.extract.dates import stated_dates
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import Deal, Facts, Money, Party, Ref
from briefing.read import plan_folder, read_article

# --- Dates, as precise as stated ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Honda bought the stake in 2019.", ["2019"]),
        ("In 2021, Honda opened a plant in Ohio.", ["2021"]),  # a date that opens the sentence
        ("The two signed the deal in March 2024 in Seoul.", ["2024-03"]),
        ("The deal was signed on 3 March 2025.", ["2025-03-03"]),
        ("The deal was signed on March 3, 2025, in Detroit.", ["2025-03-03"]),
        ("Tata has owned JLR since 2008.", ["2008"]),
        ("Production starts from mid-2027.", ["2027"]),
        ("It launched the 2025 model and aims for profit by 2030.", []),  # a model year, a target
        ("The venture was signed on Monday.", []),  # a weekday is no date without a calendar
        ("Sales in the 2023-24 fiscal year rose.", []),
        ("The plant was planned in 2019 and opened in 2023.", ["2019", "2023"]),
    ],
)
def test_a_sentence_states_its_dates_as_precisely_as_written(sentence: str, values: list[str]) -> None:
    assert [d.value for d in stated_dates(sentence, None)] == values


def test_last_year_is_resolved_only_against_the_articles_own_date() -> None:
    sentence = "Kia bought the stake last year and will close the deal next month."
    assert stated_dates(sentence, None) == []
    found = stated_dates(sentence, date(2025, 12, 10))
    assert [(d.value, d.derived) for d in found] == [("2024", True), ("2026-01", True)]


# --- Relationships across articles ----------------------------------------------------------------------------------

STORIES = {
    "a.txt": "---\ndate: 2025-01-10\n---\nHyundai and Kia are in talks to form a battery joint venture, people "
    "familiar with the matter said on Friday.\n",
    "b.txt": "---\ndate: 2025-03-02\n---\nHyundai and Kia signed an agreement on Monday to form a battery joint "
    "venture in Georgia.\n",
    "c.txt": "Hyundai and Kia completed the formation of their battery joint venture on Tuesday.\n",
}


def _facts(tmp_path: Path, stories: dict[str, str]) -> Facts:
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    gazetteer = load_gazetteer()
    return Facts([extract_article(read_article(p, s), gazetteer) for p, s in plan_folder(tmp_path)[0]])


def test_one_relationship_gathers_every_report_in_story_order(tmp_path: Path) -> None:
    # Dated reports by their date, then the undated in the seeds' order.
    relationships = build_relationships(_facts(tmp_path, STORIES))
    assert len(relationships) == 1
    rel = relationships[0]
    assert rel.parties == ("Hyundai", "Kia")
    assert [(s.status, s.date) for s in rel.history] == [
        ("rumoured", date(2025, 1, 10)),
        ("agreed", date(2025, 3, 2)),
        ("completed", None),
    ]
    assert rel.articles == ["a", "b", "c"]
    # Where it stands is the latest dated report: an undated one cannot be placed after it, and is shown apart.
    assert rel.status == "agreed" and [s.status for s in rel.undated_steps] == ["completed"]


def test_the_timeline_holds_the_articles_own_dates_and_the_dates_deals_state(tmp_path: Path) -> None:
    stories = {**STORIES, "d.txt": "Toyota bought a 20% stake in Subaru in 2019, the company said.\n"}
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.kind, e.article) for e in events] == [
        ("2019", "deal", "d"),
        ("2025-01-10", "published", "a"),
        ("2025-03-02", "published", "b"),
    ]


def test_a_planned_step_dates_the_plan_not_the_deal(tmp_path: Path) -> None:
    # the supply starts in 2027; when the deal was made, the text does not say
    stories = {
        "e.txt": "Kia and LG Energy Solution signed a supply pact. LG Energy Solution plans to begin supplying"
        " cells to Kia in 2027.\n"
    }
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.kind) for e in events] == [("2027", "said")]
    assert "plans to begin supplying" in events[0].clause


def test_what_an_agreed_venture_will_do_dates_no_agreement(tmp_path: Path) -> None:
    stories = {
        "w.txt": "Kia and Baidu agreed on Monday to form a venture that will start selling driverless taxis in 2028.\n"
    }
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.kind) for e in events] == [("2028", "said")]


def test_a_date_of_what_another_did_before_is_not_the_offers(tmp_path: Path) -> None:
    stories = {
        "v.txt": "Suzuki news\n\nSources said Suzuki has offered to buy back the shares that Volkswagen paid 1.7 "
        "billion euros for back in 2009.\n"
    }
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.kind) for e in events if e.kind == "deal"] == []


def test_a_date_after_after_is_the_earlier_purchase_not_the_step_to_come(tmp_path: Path) -> None:
    stories = {
        "a.txt": "Kia news\n\nThe Kia-Hyundai group is moving to take a majority stake in Rivian, after the Korean "
        "partner's $2 billion purchase of a 20 percent stake in 2019.\n"
    }
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.kind) for e in events if e.kind == "deal"] == []


def test_each_date_of_a_sentence_goes_with_the_companies_of_its_own_clause(tmp_path: Path) -> None:
    stories = {
        "z.txt": "ZF news\n\nThe German company has been a consolidator, buying TRW Automotive Holdings in 2014 and "
        "attempting to acquire Wabco Holdings in 2017.\n"
    }
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.parties) for e in events] == [
        ("2014", ("TRW Automotive Holdings",)),
        ("2017", ("Wabco Holdings",)),
    ]


def test_makers_named_only_by_their_models_date_nothing(tmp_path: Path) -> None:
    stories = {
        "m.txt": "Van deal\n\nIn 2019, the agreement led to the launch of a compact van, built on the same platform "
        "as the Peugeot Partner, Vauxhall Combo and Citroën Berlingo.\n\nIn 2021, Toyota opened a plant in Poland.\n"
    }
    events = build_timeline(_facts(tmp_path, stories))
    assert [(e.date, e.parties) for e in events if e.kind == "said"] == [("2021", ("Toyota",))]


# --- Figures that disagree ------------------------------------------------------------------------------------------


def _fig(text: str, amount: float, currency: str, article: str, **kw: object) -> Money:
    base: dict[str, object] = {"company": "Hyundai", "kind": "revenue", "period": "2024"}
    return Money(text=text, amount=amount, currency=currency, ref=Ref(article, 0, 0), **{**base, **kw})  # type: ignore[arg-type]


def test_two_articles_giving_different_amounts_for_one_figure_conflict() -> None:
    a, b = _fig("£350 million", 350e6, "GBP", "a"), _fig("£380 million", 380e6, "GBP", "b")
    (conflict,) = find_conflicts([a, b], [])
    assert (conflict.company, conflict.kind, conflict.period, conflict.figures) == (
        "Hyundai",
        "revenue",
        "2024",
        (a, b),
    )


def test_a_stated_conversion_is_compared_with_its_own_rounding() -> None:
    # Both the won and the dollars differ: the dollars' rounding (0.01 and 0.1 billion), not the won's
    # (0.1 trillion), decides whether $2.52bn and $2.7bn can be one figure.
    a = _fig(
        "3.5 trillion won (US$2.52 billion)", 3.5e12, "KRW", "a", converted_amount=2.52e9, converted_currency="USD"
    )
    b = _fig("3.8 trillion won ($2.7 billion)", 3.8e12, "KRW", "b", converted_amount=2.7e9, converted_currency="USD")
    assert len(find_conflicts([a, b], [])) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One figure converted at two outlets' rates: a conversion is approximate.
        (
            _fig("$2.5 billion (€2.31 billion)", 2.5e9, "USD", "a", converted_amount=2.31e9, converted_currency="EUR"),
            _fig("€2.24 billion", 2.24e9, "EUR", "b"),
        ),
        # The same figure, rounded: the precision it was stated with decides.
        (_fig("$1.46 billion", 1.46e9, "USD", "a"), _fig("about $1.5 billion", 1.5e9, "USD", "b", qualifier="about")),
        (_fig("$1.46 billion", 1.46e9, "USD", "a"), _fig("$1.5 billion", 1.5e9, "USD", "b")),
        # The same figure in two currencies, through the conversion one sentence states.
        (
            _fig("$2.2 billion (€2 billion)", 2.2e9, "USD", "a", converted_amount=2e9, converted_currency="EUR"),
            _fig("€2 billion", 2e9, "EUR", "b"),
        ),
        # Two currencies and no stated conversion: nothing to compare.
        (_fig("€2 billion", 2e9, "EUR", "a"), _fig("$2.6 billion", 2.6e9, "USD", "b")),
        # A bound the other amount keeps.
        (
            _fig("more than £350 million", 350e6, "GBP", "a", qualifier="more than"),
            _fig("£380 million", 380e6, "GBP", "b"),
        ),
        # Another period, another company, another kind, the same article.
        (_fig("£350 million", 350e6, "GBP", "a"), _fig("£380 million", 380e6, "GBP", "b", period="2023")),
        (_fig("£350 million", 350e6, "GBP", "a"), _fig("£380 million", 380e6, "GBP", "b", company="Kia")),
        (_fig("£350 million", 350e6, "GBP", "a"), _fig("£380 million", 380e6, "GBP", "b", kind="profit")),
        (_fig("£350 million", 350e6, "GBP", "a"), _fig("£380 million", 380e6, "GBP", "a")),
        # A share price moves by the hour; a figure with no period of a results kind cannot be placed.
        (_fig("$51.74", 51.74, "USD", "a", kind="share price"), _fig("$49.10", 49.1, "USD", "b", kind="share price")),
        # A figure for one market is not the company's whole.
        (_fig("£350 million", 350e6, "GBP", "a"), _fig("£120 million", 120e6, "GBP", "b", region="Europe")),
        # Earnings per share are reported, adjusted and diluted: outlets quote different ones for one quarter.
        (
            _fig("$1.70", 1.70, "USD", "a", kind="profit per share"),
            _fig("$2.53", 2.53, "USD", "b", kind="profit per share"),
        ),
        (_fig("£350 million", 350e6, "GBP", "a", period=None), _fig("£380 million", 380e6, "GBP", "b", period=None)),
        # A period stated without its year, in two undated stories, may be two years' quarters.
        (_fig("£350 million", 350e6, "GBP", "a", period="Q2"), _fig("£380 million", 380e6, "GBP", "b", period="Q2")),
    ],
)
def test_figures_that_can_be_one_figure_do_not_conflict(a: Money, b: Money) -> None:
    assert find_conflicts([a, b], []) == []


def _conflicts(tmp_path: Path, stories: dict[str, str]) -> list[tuple[str, str, str | None, tuple[str, str]]]:
    facts = _facts(tmp_path, stories)
    money = [m for af in facts.articles for m in af.money]
    found = find_conflicts(money, build_relationships(facts))
    return [(c.company, c.kind, c.period, (c.figures[0].text, c.figures[1].text)) for c in found]


def test_the_buyers_and_the_sellers_story_of_one_sale_meet_under_its_target(tmp_path: Path) -> None:
    stories = {
        "a.txt": "---\ndate: 2025-02-03\n---\nVolvo Group agreed to buy Nikola from Iveco for $310 million.\n",
        "b.txt": "---\ndate: 2025-02-04\n---\nIveco will sell Nikola to Volvo Group for $335 million.\n",
    }
    assert _conflicts(tmp_path, stories) == [("Nikola", "deal value", None, ("$310 million", "$335 million"))]


def test_a_partys_sum_for_the_venture_is_the_ventures_figure(tmp_path: Path) -> None:
    # The sentences name only one party: "the venture" ties each figure to the article's deal.
    venture = "Hyundai and Kia signed an agreement to form a battery joint venture in Georgia."
    stories = {
        "a.txt": f"---\ndate: 2025-03-02\n---\n{venture}\n\nKia will invest $1.1 billion in the venture.\n",
        "b.txt": f"---\ndate: 2025-03-09\n---\n{venture}\n\nKia has committed $1.4 billion to the venture.\n",
    }
    assert _conflicts(tmp_path, stories) == [("Kia", "investment", None, ("$1.1 billion", "$1.4 billion"))]
    # Without "the venture", a sum is no figure of the deal: no period, no deal, nothing to compare.
    stories["b.txt"] = f"---\ndate: 2025-03-09\n---\n{venture}\n\nKia will invest $1.4 billion in Alabama.\n"
    assert _conflicts(tmp_path, stories) == []


def test_one_results_figure_told_for_two_periods_is_no_conflict(tmp_path: Path) -> None:
    stories = {
        "a.txt": "---\ndate: 2025-07-28\n---\nMazda said its operating profit for the April-June quarter was "
        "¥50 billion.\n",
        "b.txt": "---\ndate: 2025-07-29\n---\nMazda said its operating profit for the second quarter was "
        "¥58 billion.\n",  # another notation: a Japanese carmaker's second quarter is July-September
        "c.txt": "---\ndate: 2025-07-29\n---\nMazda posted operating profit of ¥61 billion for the three months "
        "to June.\n",
    }
    assert _conflicts(tmp_path, stories) == [
        ("Mazda", "operating profit", "April-June 2025", ("¥50 billion", "¥61 billion"))
    ]


def test_two_deals_between_the_same_companies_keep_their_own_targets() -> None:
    # Article a tells Renault buying Nissan's share of a plant (target Nissan), article b Renault selling Nissan
    # shares back to it (no target): their prices are two deals' figures, not one told twice.
    parties = ("Nissan", "Renault")
    ref_a, ref_b = Ref("a", 0, 0), Ref("b", 0, 0)
    bought = Deal("acquisition", (Party("Renault", "buyer"), Party("Nissan", "target")), "completed", "", "", ref_a, "")
    sold = Deal("sale", (Party("Renault", "seller"), Party("Nissan", "buyer")), "agreed", "", "", ref_b, "")
    rel = Relationship(parties, [replace(bought, evidence=(ref_a,)), replace(sold, evidence=(ref_b,))])
    a = _fig("€320 million", 320e6, "EUR", "a", company=None, kind="deal value", period=None, deal=parties)
    b = _fig("€580 million", 580e6, "EUR", "b", company="Renault", kind="deal value", period=None, deal=parties)
    assert find_conflicts([a, b], [rel]) == []
    # The same target in both: one deal's price, told twice.
    rel.deals[1] = replace(bought, ref=ref_b, evidence=(ref_b,))
    (conflict,) = find_conflicts([a, b], [rel])
    assert (conflict.company, conflict.kind, conflict.period) == ("Nissan", "deal value", None)


def test_the_maker_of_a_car_someone_converted_dates_nothing(tmp_path: Path) -> None:
    stories = {"r.txt": "Founder\n\nIvan Horvat founded his company in 2009 after converting a BMW E30 into a racer.\n"}
    assert [e for e in build_timeline(_facts(tmp_path, stories)) if e.kind == "said"] == []
