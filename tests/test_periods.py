"""The period a figure is for, as precise as its clause states it. Sentences written here; one rule each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.extract import extract_article
from briefing.extract.amounts import find_money
from briefing.extract.figure_periods import figure_period
from briefing.extract.gazetteer import load_gazetteer
from briefing.extract.periods import find_periods
from briefing.read import parse_article, plan_folder, read_article

JULY = date(2025, 7, 30)


@pytest.mark.parametrize(
    ("text", "day", "labels"),
    [
        # A fiscal year ending in a month, however it is written.
        ("sales in the fiscal year ended March 31, 2024 were", None, ["year to March 2024"]),
        ("sales in the year to March 2024 were", None, ["year to March 2024"]),
        ("sales in the financial year ending 31 March 2026", None, ["year to March 2026"]),
        ("FY2026 sales", None, ["year to March 2026"]),
        ("FY26 sales", None, ["year to March 2026"]),
        ("sales in FY2025-26", None, ["year to March 2026"]),
        ("the 2025-26 financial year", None, ["year to March 2026"]),
        ("fiscal 2025 sales", None, ["fiscal 2025"]),  # as written: papers disagree on which year it is
        # a span of years after a preposition is a fiscal year, as Indian papers write it; never calendar 2016
        ("from Rs 3,924 crore in 2016-17", None, ["year to March 2017"]),
        ("profit for 2023–24 rose", None, ["year to March 2024"]),
        # Quarters and halves: by ordinal or by months, two notations.
        ("in the third quarter of 2024", None, ["Q3 2024"]),
        ("its fourth-quarter loss", None, ["Q4"]),
        ("Q1 2023 deliveries", None, ["Q1 2023"]),
        ("the July-September period", None, ["July-September"]),
        ("the three months to September", None, ["July-September"]),
        ("the quarter ended September 30, 2024", None, ["July-September 2024"]),
        ("the first half of 2024", None, ["H1 2024"]),
        ("the six months to September", None, ["April-September"]),
        # Calendar years after a preposition; "last year" only against the article's date.
        ("in 2022", None, ["2022"]),
        ("for 2022", None, ["2022"]),
        ("last year", None, []),
        ("last year", JULY, ["2024"]),
        # A month that only names a day, an indefinite quarter, a model year: no period.
        ("on March 3, 2025", None, []),
        ("a best-ever result for a third quarter", None, []),
        ("the 2026 model", None, []),
        ("a span from April to May", None, []),
        # a quarter or half named by its months, joined by "to"
        ("for the April to June period", None, ["April-June"]),
        # a quarter named by the month it ends in, as Indian papers write it
        ("for the March quarter", None, ["January-March"]),
        ("in the September quarter of 2024", None, ["July-September 2024"]),
        # "the same period in 2023": the months stated before, in that year; alone, no period at all
        (
            "earned in April-September 2024 against the same period in 2023",
            None,
            ["April-September 2024", "April-September 2023"],
        ),
        ("up from the same quarter in 2022", None, []),
    ],
)
def test_a_period_is_labelled_as_precisely_as_stated(text: str, day: date | None, labels: list[str]) -> None:
    assert [p.label for p in find_periods(text, day)] == labels


@pytest.mark.parametrize(
    ("text", "day", "label"),
    [
        # The year of a period without one is the article's, when the period ended shortly before it.
        ("the April-June quarter", JULY, "April-June 2025"),
        ("the second quarter", JULY, "Q2 2025"),
        ("the year ended March 31", date(2025, 5, 20), "year to March 2025"),
        ("the fourth quarter", date(2025, 1, 28), "Q4 2024"),
        # A period that had not ended, or ended long before: no year, never a guess.
        ("the third quarter", JULY, "Q3"),
        ("the first quarter", date(2025, 11, 2), "Q1"),
        ("the October-December quarter", JULY, "October-December"),
    ],
)
def test_an_unstated_year_comes_only_from_a_recent_article_date(text: str, day: date, label: str) -> None:
    assert [p.label for p in find_periods(text, day)] == [label]


def _periods_of(sentence: str, day: date | None = None) -> list[str | None]:
    hits = find_money(sentence)
    periods = find_periods(sentence, day)
    spans = [(h.start, h.end) for h in hits]
    out = []
    for h in hits:
        p = figure_period(sentence, h.start, h.end, [s for s in spans if s != (h.start, h.end)], periods)
        out.append(p.label if p else None)
    return out


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # The figure's own clause states it, before or after.
        ("Sales for the July-September quarter reached $9.1 billion.", ["July-September"]),
        ("Kia earned $2.3 billion in the third quarter of 2024, the company said.", ["Q3 2024"]),
        # A period set off at the head of the sentence is every figure's.
        ("In the first half, Mazda earned $610 million and sold $1.2 billion of parts.", ["H1 2025", "H1 2025"]),
        # The period after the second of two figures is the second's: the first is compared with it.
        ("Profit climbed to $812 million from $640 million in the year to March 2024.", [None, "year to March 2024"]),
        # Another clause's period is not the figure's.
        ("Sales rose in the second quarter, and the group will spend $2 billion on a plant.", [None]),
        # A compared figure takes no year from "last year" (it may be the same quarter a year before): it keeps
        # the article's words for its period, so that no reader takes it for the current figure.
        ("Profit for the quarter was $310 million, up from $250 million last year.", [None, "last year"]),
        ("Volvo earned $1.1 billion last year.", ["2024"]),
        # "In the January-June period, ...": a period that opens the sentence with its noun is every figure's
        (
            "In the January-June period, revenue rose to $5 billion and profit to $400 million.",
            ["January-June 2025"] * 2,
        ),
        # a period before a compared figure is its pair's: "a year ago" puts the compared one in another year
        ("Income fell to $80 million in the second quarter from $120 million a year ago.", ["Q2 2025", "a year ago"]),
        # a rate is no year's total: "a year" right after the figure, but not "a year earlier"
        ("The group plans to lift its spending on the brand to 1.5 billion pounds a year.", ["per year"]),
        ("The plant will save €40 million annually and cost $9 million a month.", ["per year", "per month"]),
        ("Revenue was $2 billion, against $1.8 billion a year earlier.", [None, "a year earlier"]),
        # "in the year-ago quarter" after any figure is another period, in the article's words
        ("Kia had posted a loss of $3.2 billion in the year-ago quarter.", ["the year-ago quarter"]),
        ("Kia had reported a profit of $3.2 billion during the same period last year.", ["the same period last year"]),
        # the period a change is measured against is not the change's own
        (
            "Volvo made $53 million in the second quarter, a $290 million improvement from the second quarter of 2009.",
            ["Q2 2025", None],
        ),
        # the end of a span or a deadline is not the figure's period
        ("Kia plans capital spending of $15 billion for the three years till FY21.", [None]),
        ("Kia will invest $5 billion by 2030.", [None]),
        # a quarter of a fiscal year is that quarter
        ("Revenue during the second quarter of FY20 was $10.9 billion.", ["Q2 of the year to March 2020"]),
        # the period after "since" is when a stretch began: it is the later figure's, not the first's
        (
            "It is the first time Kia has made over $1 billion in quarterly profit since the third quarter of 2017 "
            "when it made $1.2 billion.",
            [None, "Q3 2017"],
        ),
    ],
)
def test_a_figure_takes_the_period_of_its_own_words(sentence: str, periods: list[str | None]) -> None:
    assert _periods_of(sentence, JULY) == periods


def _money(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gazetteer = load_gazetteer()
    ((path, seed),) = plan_folder(tmp_path)[0]
    facts = extract_article(read_article(path, seed), gazetteer)
    return [(m.text, m.company, m.period) for m in facts.money]


def test_a_results_lead_gives_its_period_to_the_figures_reported_after_it(tmp_path: Path) -> None:
    story = (
        "---\ndate: 2025-05-14\n---\n"
        "Mazda said on Wednesday its net profit dropped 20% in the year ended March 31 on weaker demand in China.\n\n"
        "Net profit was 180 billion yen, against 210 billion yen a year earlier. Revenue climbed to "
        "¥5.1 trillion.\n\n"
        "For the year to March 2026, Mazda forecast revenue of ¥5.3 trillion. It said costs would "
        "eat 40 billion yen of its profit.\n"
    )
    assert _money(tmp_path, story) == [
        ("180 billion yen", "Mazda", "year to March 2025"),  # reported: the lead's period
        ("210 billion yen", "Mazda", "a year earlier"),  # compared with, in the article's words
        ("¥5.1 trillion", "Mazda", "year to March 2025"),
        ("¥5.3 trillion", "Mazda", "year to March 2026 (forecast)"),  # its own period, a forecast
        ("40 billion yen", None, None),  # a forecast takes none from the lead
    ]


def test_a_lead_without_one_period_gives_none(tmp_path: Path) -> None:
    story = (
        "---\ndate: 2025-05-14\n---\n"
        "Mazda said its profit fell in the year ended March 31 and would fall again in the first half.\n\n"
        "Revenue climbed to ¥5.1 trillion.\n"
    )
    assert _money(tmp_path, story) == [("¥5.1 trillion", "Mazda", None)]


def test_a_compared_figure_a_year_earlier_is_for_that_period() -> None:
    text = "T\n\nKia said operating profit for the April-June quarter rose to 4 trillion won from 3 trillion won"
    text += " a year earlier.\n"
    money = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer()).money
    assert [(m.text, m.period) for m in money] == [
        ("4 trillion won", "April-June"),
        ("3 trillion won", "a year earlier"),
    ]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # the company's own forecast of a reported figure: marked, never read as a result
        ("Kia now expects revenue will grow 13% to 110 trillion won in 2026.", ["2026 (forecast)"]),
        ("For the year to March 2026, Mazda forecast revenue of ¥5.3 trillion.", ["year to March 2026 (forecast)"]),
        # a result measured against a forecast is a result
        ("Revenue rose more than expected to $5 billion in 2025.", ["2025"]),
        ("Profit beat forecasts at $2 billion in 2025.", ["2025"]),
        ("Nissan projected an annual net loss of $518 million.", ["forecast"]),
    ],
)
def test_a_companys_forecast_is_marked(sentence: str, periods: list[str | None]) -> None:
    money = extract_article(parse_article(f"T\n\n{sentence}\n", "t.txt", "t"), load_gazetteer()).money
    assert [m.period for m in money] == periods
