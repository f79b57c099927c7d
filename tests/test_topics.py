"""Topic rules: each paragraph's topics, with the reason that fired."""

from __future__ import annotations

import re

import pytest

from briefing.classify.topics import _first_keyword, classify, open_question, reason
from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.read import parse_article

ARTICLE = """Honda and Nissan will share battery plants to cut costs.

The two companies said the deal would save money.

Separately, Toyota and Subaru will co-develop a sports car.

Nissan lost ¥50bn in the quarter and its shares fell.

The weather in Tokyo was mild.
"""


def test_topics_per_paragraph_with_reasons() -> None:
    af = extract_article(parse_article(ARTICLE, "t.txt", "t"), load_gazetteer())
    topics = [p.topics for p in af.article.paragraphs]
    assert topics == [["partnership"], ["partnership"], ["alliances"], ["finances"], ["other"]]
    reasons = [p.reasons for p in af.article.paragraphs]
    assert reasons[0] == ["partnership: states the main deal: Honda × Nissan"]
    assert reasons[1] == ["partnership: refers to the deal (“the two companies”)"]
    assert reasons[3] == ["finances: gives a figure: ¥50bn"]
    assert reasons[4] == ["other: no topic rule fired"]


def test_main_deal_must_be_in_the_lede() -> None:
    text = (
        "Ford made a record profit.\n\nIt sold more.\n\nFord’s Ranger is built with Volkswagen under a global alliance."
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [d.main for d in af.deals] == [False]
    assert af.article.paragraphs[2].topics == ["alliances"]


def test_classify_keywords() -> None:
    assert classify("Sales slowdown hurt margins.", [], [], []) == [("finances", "uses the word “sales slowdown”")]
    assert classify("Carmakers are sharing technology.", [], [], []) == [
        ("partnership", "speaks of cooperation (“sharing”)")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "No word as to what vehicles or any timelines for the moment.",
        "Nothing has been agreed yet, the company said.",
        "The memorandum is non-binding.",
        "The deal awaits approval from regulators in Brussels.",
        "Financial terms were not disclosed.",
        "Kia declined to comment on the price.",
        "The two sides have yet to decide where the cars will be built.",
        "The name of the venture is to be announced later.",
    ],
)
def test_open_questions(sentence: str) -> None:
    assert open_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "BMW and JLR will team up.",
        "The plant opened in 2019 and employs 3,000 people.",
        "Kia said the talks went well.",
        # a schedule is a plan, not an unknown
        "The tie-up, first due to be finalised last autumn, was delayed by a recall.",
        "The sale is scheduled to be finalised in May.",
    ],
)
def test_not_open_questions(sentence: str) -> None:
    assert open_question(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The carmakers want to share development costs for small EVs.", True),
        ("Both hope economies of scale will cut the price of batteries.", True),
        ("Toyota’s market share rose to 32% in Japan.", False),  # market share is no reason
        ("Its car-sharing unit lost money again.", False),
        ("Shares of Kia rose 4%.", False),
        # a purpose is the deal's only when the sentence names the deal before it
        ("The venture aims to sell its vans across Europe.", True),
        ("Volvo signed the pact to secure cells for its Ghent plant.", True),
        ("Kia and Hyundai aim to sell 2 million EVs a year by 2030.", False),
        ("Renault has been pressing Nissan to accelerate its turnaround.", False),
    ],
)
def test_reasons(sentence: str, found: bool) -> None:
    assert (reason(sentence) is not None) == found


def test_sentence_labels_carry_their_rule() -> None:
    text = (
        "Honda and Nissan will share battery plants.\n\n"
        "The two companies want to cut costs as rivals from China undercut them. No price was given.\n\n"
        "Nissan lost ¥50bn in the quarter."
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    labels = [(lb.label, lb.ref.anchor) for lb in af.labels]
    assert ("why", "p1-s0") in labels and ("open", "p1-s1") in labels and ("finance", "p2-s0") in labels
    assert all(lb.reason for lb in af.labels)


def _first_keyword_one_by_one(text: str, words: tuple[str, ...]) -> str | None:
    """The rule as first written: each word, longest first, searched on its own."""
    for word in sorted(words, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
            return word
    return None


@pytest.mark.parametrize(
    "text",
    [
        "The joint venture will share costs.",
        "A venture, not a joint venture.",
        "Co-operation and cooperation.",
        "Nothing here.",
        "VENTURE capital",
        "cost-cutting costs",
    ],
)
def test_first_keyword_in_one_pass_agrees_with_one_word_at_a_time(text: str) -> None:
    words = ("venture", "joint venture", "cooperation", "cost", "costs", "share", "capital")
    assert _first_keyword(text, words) == _first_keyword_one_by_one(text, words)
