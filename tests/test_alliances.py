"""Alliance and ownership rules over single sentences."""

from __future__ import annotations

import pytest

from briefing.extract import extract_article
from briefing.gazetteer import load_gazetteer
from briefing.read import parse_article


def alliances(text: str) -> list[tuple[frozenset[str], str, str]]:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    return [(frozenset(a.partners), a.subject, a.cue) for a in af.alliances]


def partner_sets(text: str) -> list[frozenset[str]]:
    return [p for p, _s, _c in alliances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BMW and JLR will team up to share development costs.", [{"BMW", "Jaguar Land Rover"}]),
        ("FCA and Renault have become bedfellows.", [{"Fiat Chrysler Automobiles", "Renault"}]),
        ("Honda and Nissan will form a joint venture.", [{"Honda", "Nissan"}]),
        ("Renault and Geely agreed a share swap.", [{"Renault", "Geely"}]),
        ("Toyota took a stake in Mazda.", [{"Toyota", "Mazda"}]),
        ("Hyundai and Isuzu will co-develop trucks.", [{"Hyundai", "Isuzu"}]),
        # a part of one company's in another's sentence
        ("JLR is set to grab a BMW V8 engine.", [{"Jaguar Land Rover", "BMW"}]),
        # a shared model pair
        ("We all know about BMW and Toyota and the whole Z4/Supra story.", [{"BMW", "Toyota"}]),
        # three-way deal
        ("Honda, Nissan and Mitsubishi Motors will merge.", [{"Honda", "Nissan", "Mitsubishi Motors"}]),
        # one supplier, several customers: separate deals
        ("CATL supplies BMW and Mercedes-Benz.", [{"CATL", "BMW"}, {"CATL", "Mercedes-Benz"}]),
        # several deals in one sentence
        (
            "Toyota and BMW gave us the Z4/Supra, Toyota and Subaru the GR86/BRZ twins.",
            [{"Toyota", "BMW"}, {"Toyota", "Subaru"}],
        ),
        # a relative clause has the company before it as subject
        ("Asked whether Toyota, which holds a 5% stake in Isuzu, objected, Hyundai said no.", [{"Toyota", "Isuzu"}]),
    ],
)
def test_alliances_found(text: str, expected: list[set[str]]) -> None:
    assert partner_sets(text) == [frozenset(e) for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "BMW did not however invest in Jaguar Land Rover at the time.",
        "The partners face rivals such as Honda, Kia and Ford.",
        "Tata Motors and Mahindra are bigger than Kia.",
        "Dongfeng and Changan have called off talks about a merger.",
        "Foxconn held talks about buying a stake in Nissan but did not invest.",
        "Toyota built a plant to supply Lexus models.",  # a brand of the same group
        "Carl-Peter Forster, a former BMW executive and ex-Tata Motors boss, spoke.",  # companies in a role
    ],
)
def test_not_alliances(text: str) -> None:
    assert partner_sets(text) == []


def test_subject_is_the_article_own_words() -> None:
    [(_p, subject, cue)] = alliances("BMW and JLR will team up to share development costs.")
    assert (subject, cue) == ("share development costs", "team up")


def test_ownership_is_kept_apart() -> None:
    af = extract_article(parse_article("Geely, which owns Volvo Cars, said so.", "t.txt", "t"), load_gazetteer())
    assert [(o.owner, o.owned) for o in af.ownership] == [("Geely", "Volvo Cars")]
    assert af.alliances == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volkswagen Group already owns 87.5% of Traton, the parent company of Scania and MAN Truck & Bus.",
            [("Volkswagen Group", "Traton"), ("Traton", "Scania"), ("Traton", "MAN Truck & Bus")],
        ),
        ("Rolls-Royce, which BMW also owns, delivered a record.", [("BMW", "Rolls-Royce")]),
        ("Vauxhall’s parent company, Stellantis, converted the site.", [("Stellantis", "Vauxhall")]),
        ("Volkswagen AG will take full control of truck maker Traton.", [("Volkswagen Group", "Traton")]),
        ("Jaguar, owned by Tata Motors, fell.", [("Tata Motors", "Jaguar")]),
        ("JLR already buys BMW engines.", []),  # buying parts is not buying the company
    ],
)
def test_ownership_patterns(text: str, expected: list[tuple[str, str]]) -> None:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(o.owner, o.owned) for o in af.ownership] == expected


def test_buying_a_percentage_is_a_stake_and_investing_an_amount_counts() -> None:
    assert partner_sets("Stellantis will invest €1.5bn to buy around 21% of Leapmotor.") == [
        frozenset({"Stellantis", "Leapmotor"})
    ]
    assert partner_sets("Volkswagen agreed to invest $700 million in Xpeng.") == [frozenset({"Volkswagen", "XPeng"})]


def test_money_concerns_the_subject_of_its_clause() -> None:
    af = extract_article(
        parse_article("Stellantis to take a stake in China's Leapmotor for $1.6 billion, it said.", "t.txt", "t"),
        load_gazetteer(),
    )
    assert [m.company for m in af.money] == ["Stellantis"]
