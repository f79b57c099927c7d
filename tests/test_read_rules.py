"""Reading rules: headlines, bylines, attribution lines, excerpts and derived titles."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.dates import article_date
from briefing.read import derive_title, is_headline, parse_article


def test_title_case_headline_even_without_blank_line() -> None:
    article = parse_article("Honda And Nissan Agree To Share Plants\nHonda and Nissan agreed.\n", "t.txt", "t")
    assert article.headline == "Honda And Nissan Agree To Share Plants"
    assert article.title_from == "headline"


def test_a_headline_may_end_in_an_abbreviation() -> None:
    text = "Kia, LG Sign Pact for Cell Plant in U.S.\n\nSEOUL, May 2 (Wire) - Kia said it signed a pact with LG.\n"
    assert parse_article(text, "t.txt", "t").headline == "Kia, LG Sign Pact for Cell Plant in U.S."
    assert is_headline("Geely Buys Stake in Orbis Motor Corp.")
    assert not is_headline("Kia Sold More Cars In May.")


def test_sentence_case_headline_needs_a_blank_line() -> None:
    text = "Stellantis to take 21% stake in Leapmotor\n\nStellantis will buy 21% of Leapmotor.\n"
    assert parse_article(text, "t.txt", "t").headline == "Stellantis to take 21% stake in Leapmotor"
    assert not is_headline("Stellantis to take 21% stake in Leapmotor")
    assert not is_headline("It wrote off $4bn.", set_apart=True)
    # a paper's long sentence-case headline, with an apposition between its commas
    line = (
        "Mazda Motor, a late convert to the electric car, sets up a US$2 billion fund to invest in new batteries "
        "with Denso"
    )
    assert len(line.split()) > 20 and parse_article(f"{line}\n\nMazda set up a fund.\n", "t.txt", "t").headline == line


def test_a_releases_long_title_case_headline() -> None:
    line = (
        "Workhorse and GreenPower Sign Supply Agreement for Delivery of 1,500 GreenPower EV Star Cab and Chassis for "
        "Workhorse W750 Step Vans"
    )
    assert (
        len(line.split()) > 20 and parse_article(f"{line}\n\nThe two signed a deal.\n", "t.txt", "t").headline == line
    )


def test_a_three_word_headline_set_apart() -> None:
    text = "Harley buys MV\n\nHarley-Davidson has signed a deal to buy the MV Agusta group.\n"
    assert parse_article(text, "t.txt", "t").headline == "Harley buys MV"


def test_a_headline_set_apart_may_open_with_a_figure_but_a_date_is_no_headline() -> None:
    text = "3 Korean parts makers to merge\n\nSEOUL: Hyundai said the three would merge.\n"
    assert parse_article(text, "t.txt", "t").headline == "3 Korean parts makers to merge"
    dated = parse_article("14 March 2015\n\nHyundai said the three would merge.\n", "t.txt", "t")
    assert dated.title_from == "first-sentence"


def test_a_short_question_set_apart_is_a_headline() -> None:
    text = "Analysis: Can Aston Martin work with new stakeholder Geely?\n\nGeely has bought shares in Aston Martin.\n"
    assert parse_article(text, "t.txt", "t").headline == "Analysis: Can Aston Martin work with new stakeholder Geely?"


def test_byline_is_not_a_paragraph() -> None:
    text = "Ford Cuts Jobs\n\nBy Jane Doe and John Roe\n\nFord will cut 3,000 jobs.\n"
    article = parse_article(text, "t.txt", "t")
    assert article.byline == "By Jane Doe and John Roe"
    assert [p.text for p in article.paragraphs] == ["Ford will cut 3,000 jobs."]


def test_a_byline_and_a_date_line_after_a_standfirst() -> None:
    text = (
        "GM Korea Declines to Confirm Offer\n\nAn effort to buy the stake would fit GM's moves in Asia.\n\n"
        "Vince Courtenay, Correspondent\n\nOctober 22, 2012\n\nGM Korea declines to confirm media reports.\n"
    )
    article = parse_article(text, "t.txt", "t")
    assert (article.byline, article.date_line) == ("Vince Courtenay, Correspondent", "October 22, 2012")
    assert [p.text for p in article.paragraphs] == [
        "An effort to buy the stake would fit GM's moves in Asia.",
        "GM Korea declines to confirm media reports.",
    ]
    assert article_date(article) == date(2012, 10, 22)


def test_a_wire_dateline_with_its_year_dates_the_story() -> None:
    text = "Joint Statement\n\nHIROSHIMA, Japan, Aug 24, 2021 - (JCN Newswire) - Mazda and FAW said today so.\n"
    assert article_date(parse_article(text, "t.txt", "t")) == date(2021, 8, 24)
    # a dateline without its year gives no date
    assert article_date(parse_article("Deal\n\nBEIJING Jan 26 - Volvo signed a deal.\n", "t.txt", "t")) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a Korean paper's page line: the month with a stop, the time and the writer
        ("September. 16, 2021 07:32. by Jin-Ho Park jin@paper.example.", date(2021, 9, 16)),
        # an Indian wire's: the agency and the city, then when it was updated
        ("PTI New Delhi | Updated on June 15, 2021", date(2021, 6, 15)),
        ("Updated: March 3, 2024 10:15 AM IST", date(2024, 3, 3)),
    ],
)
def test_a_papers_date_line_with_its_time_and_writer_dates_the_story(line: str, day: date) -> None:
    article = parse_article(f"Kia Buys A Plant\n\n{line}\n\nKia bought a plant.\n", "t.txt", "t")
    assert (article_date(article), [p.text for p in article.paragraphs]) == (day, ["Kia bought a plant."])


def test_a_bylines_date_dates_the_story() -> None:
    article = parse_article(
        "Kia Buys A Plant\n\nBy AP Thursday, December 17, 2009\n\nKia bought a plant.\n", "t.txt", "t"
    )
    assert (article.byline, article_date(article)) == ("By AP Thursday, December 17, 2009", date(2009, 12, 17))


def test_a_release_wires_dateline_dates_the_story() -> None:
    text = (
        "Lear Sells Unit\n\nSOUTHFIELD, Mich., March 4, 2023 /PRNewswire/ -- Lear Corporation announced today a sale.\n"
    )
    assert article_date(parse_article(text, "t.txt", "t")) == date(2023, 3, 4)


def test_a_releases_dateline_in_title_case_with_its_full_date_dates_the_story() -> None:
    text = "Kia Buys A Unit\n\nNew York, NY, April 1, 2019 ….… Kia, Inc. said it bought a unit of Hella.\n"
    article = parse_article(text, "t.txt", "t")
    assert article_date(article) == date(2019, 4, 1)
    # the run of marks after the date is the dateline's end, no sentence of its own
    assert article.paragraphs[0].sentences[0].text == "New York, NY, April 1, 2019 ….…"


def test_a_press_releases_company_profile_is_no_part_of_the_story() -> None:
    text = (
        "Penske Ends Talks\n\nPenske Automotive Group said it ended talks with General Motors.\n\nThe two could not "
        "agree.\n\nAbout Penske Automotive\n\nPenske Automotive Group operates 310 retail franchises.\n"
    )
    assert [p.text for p in parse_article(text, "t.txt", "t").paragraphs] == [
        "Penske Automotive Group said it ended talks with General Motors.",
        "The two could not agree.",
    ]


def test_source_line_and_excerpt() -> None:
    text = "BMW and JLR will team up.\nSource: Reuters\n[…] JLR lost money. […]\n"
    article = parse_article(text, "t.txt", "t")
    assert article.source == "Reuters"
    assert [p.kind for p in article.paragraphs] == ["body", "excerpt"]


def test_derived_title_drops_the_lead_in() -> None:
    first = "In an ever-accelerating race to introduce new EV technology, BMW and JLR will team up to share costs."
    assert derive_title(first) == "BMW and JLR will team up to share costs"


def test_a_heading_on_its_own_line_between_sentences_is_a_paragraph_of_its_own() -> None:
    # a web page copied with single line breaks: the heading must not run into the quote after it
    text = (
        "Kia and LG form a venture\n\nKia and LG formed a venture.\nThe deal closes in July.\nWhat They Are Saying\n"
        "“It is a new phase,” said Kim Jin-yong.\n"
    )
    paragraphs = [p.text for p in parse_article(text, "t.txt", "t").paragraphs]
    assert paragraphs == [
        "Kia and LG formed a venture. The deal closes in July.",
        "What They Are Saying",
        "“It is a new phase,” said Kim Jin-yong.",
    ]
    # ... and so is one that opens a block, when a quote follows it
    after_blank = (
        "Kia and LG form a venture\n\nKia and LG formed it.\n\nWhat They Are Saying\n“It is new,” says Kim Do-hyun.\n"
    )
    assert [p.text for p in parse_article(after_blank, "t.txt", "t").paragraphs][1:] == [
        "What They Are Saying",
        "“It is new,” says Kim Do-hyun.",
    ]
    says = (
        "Kia and LG form a venture\n\nKia and LG formed it.\n\nWhat They Are Saying\nSays Kim Do-hyun: “It is new.”\n"
    )
    assert [p.text for p in parse_article(says, "t.txt", "t").paragraphs][1] == "What They Are Saying"
    # a line of a wrapped sentence is no heading: the line before it does not end a sentence
    wrapped = "Kia and LG form a venture\n\nThe venture will supply\nHyundai Motor Group\nfrom next year.\n"
    assert [p.text for p in parse_article(wrapped, "t.txt", "t").paragraphs] == [
        "The venture will supply Hyundai Motor Group from next year."
    ]


def test_lines_that_each_end_a_sentence_are_a_paragraph_each() -> None:
    # a wire copied with single line breaks; the last line is a credit that ends no sentence
    text = (
        "ZF to buy TRW\n\nZF will buy TRW, the two firms said.\nZF will pay $105.60 a share, TRW said.\n"
        "TRW said its board had approved it.\nCopyright Agence, 2014\n"
    )
    assert [p.text for p in parse_article(text, "t.txt", "t").paragraphs] == [
        "ZF will buy TRW, the two firms said.",
        "ZF will pay $105.60 a share, TRW said.",
        "TRW said its board had approved it.",
        "Copyright Agence, 2014",
    ]
