"""Where a deal stands, a purchase of shares, and holdings to come: each case a structure seen in real car news
(a withdrawn offer, shares bought in each other, a deal awaiting approval), written here in our own words."""

from __future__ import annotations

import re

import pytest

from briefing.classify.relationships import build_relationships
from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import ArticleFacts, Facts
from briefing.read import parse_article


def facts(text: str) -> ArticleFacts:
    return extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())


# --- an offer withdrawn, dropped or called off -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "kind"),
    [
        # a figure and a currency in brackets between the verb and the offer
        (
            "Stellantis said on Friday it was withdrawing its $20 billion (€18 billion) merger offer for Renault.",
            {"Stellantis", "Renault"},
            "merger",
        ),
        ("Hyundai withdrew its takeover bid for Kia on Monday.", {"Hyundai", "Kia"}, "acquisition"),
        ("Ford has pulled its all-share merger proposal for Mazda.", {"Ford", "Mazda"}, "merger"),
        ("Ford dropped its unsolicited merger proposal for Mazda.", {"Ford", "Mazda"}, "merger"),
        ("Honda abandoned its revised merger offer for Nissan.", {"Honda", "Nissan"}, "merger"),
        # earlier families stay
        ("Renault and Nissan have called off talks about a merger.", {"Renault", "Nissan"}, "merger"),
        ("Honda and Nissan scrapped their merger plan.", {"Honda", "Nissan"}, "merger"),
    ],
)
def test_a_withdrawn_offer_is_called_off(text: str, parties: set[str], kind: str) -> None:
    [d] = facts(text).deals
    assert (set(d.partners), d.type, d.status) == (parties, kind, "cancelled")


def test_a_withdrawn_offer_was_first_an_offer() -> None:
    # the offer the clause names was made before it was withdrawn: proposal, then called off, in that order
    [d] = facts("Stellantis is withdrawing its merger offer for Renault.").deals
    assert [s.status for s in d.history] == ["in talks", "cancelled"]
    [rel] = build_relationships(Facts([facts("Stellantis is withdrawing its merger offer for Renault.")]))
    assert [s.status for s in rel.history] == ["in talks", "cancelled"] and rel.status == "cancelled"


def test_a_called_off_deal_has_no_earlier_offer_step() -> None:
    [d] = facts("Renault and Nissan have called off talks about a merger.").deals
    assert [s.status for s in d.history] == ["cancelled"]


@pytest.mark.parametrize(
    "text",
    [
        "Honda made a merger offer for Nissan.\n\nThe offer was withdrawn on Monday.",
        "Honda made a merger offer for Nissan.\n\nThe offer lapsed at midnight.",
        "Honda made a merger offer for Nissan.\n\nThe talks fell apart in February.",
    ],
)
def test_a_later_sentence_withdraws_the_offer(text: str) -> None:
    [d] = facts(text).deals
    assert (d.status, [s.status for s in d.history]) == ("cancelled", ["in talks", "cancelled"])


@pytest.mark.parametrize(
    "text",
    [
        # a withdrawal only threatened: the offer stands
        "Stellantis threatened to withdraw its merger offer for Renault.",
        # what is withdrawn is something else; the offer, told after "and", stands
        "Hyundai withdrew its 2025 guidance and made a merger offer for Kia.",
        # withdrawn from a market, not from the deal
        "Honda and Nissan agreed to merge after Nissan withdrew from Russia.",
    ],
)
def test_no_withdrawal_of_the_deal(text: str) -> None:
    assert [d.status for d in facts(text).deals if d.status == "cancelled"] == []
    assert facts(text).deals


# --- a purchase of shares is a stake, never the takeover of the company --------------------------------------


@pytest.mark.parametrize(
    ("text", "investor", "target"),
    [
        (
            "In turn, Mazda will acquire on the open market ¥20 billion ($140 million) of shares in Toyota.",
            "Mazda",
            "Toyota",
        ),
        ("Mazda will also purchase, through the market, ¥20 billion worth of shares in Toyota.", "Mazda", "Toyota"),
        ("Kia is to buy 12 million newly issued shares in Hyundai for about $500 million.", "Kia", "Hyundai"),
        ("Ford will acquire a 3 per cent shareholding in Mazda.", "Ford", "Mazda"),
        ("Renault will buy 5% of Nissan.", "Renault", "Nissan"),
    ],
)
def test_a_purchase_of_shares_is_a_stake(text: str, investor: str, target: str) -> None:
    [d] = facts(text).deals
    assert (d.type, d.with_role("investor"), d.with_role("target")) == ("stake", (investor,), (target,))
    # what the deal is about is never a prepositional phrase, nor a sum of money
    assert not re.match(r"(?:through|on|via|in|at|from|for|by)\b", d.subject), d.subject
    assert not re.search(r"[$¥€£]|\b(?:billion|bn)\b", d.subject), d.subject


@pytest.mark.parametrize(
    "text",
    [
        "Honda will acquire all the shares of Nissan.",
        "Hyundai will acquire Kia for $5 billion.",
    ],
)
def test_buying_the_whole_company_stays_an_acquisition(text: str) -> None:
    [d] = facts(text).deals
    assert (d.type, d.with_role("buyer")) == ("acquisition", (d.parties[0].name,))
    assert len(d.with_role("target")) == 1 and not d.with_role("seller")


# --- a holding to come is not a holding now ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Once the transaction is completed Kia will control 3.5 per cent of Ford.",
        "After the share purchase closes, Honda will own 5% of Nissan.",
        "Honda would hold about 8% of Nissan after the deal.",
        "Toyota is set to hold 10 per cent of Mazda once regulators approve.",
    ],
)
def test_a_holding_to_come_is_no_present_ownership(text: str) -> None:
    af = facts(text)
    assert af.ownership == []
    assert all(r.status != "active" for r in build_relationships(Facts([af])))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honda holds 5% of Nissan.", [("Honda", "Nissan", "5%")]),
        ("Kia now controls 3.5 per cent of Ford.", [("Kia", "Ford", "3.5%")]),
        ("Toyota has owned 10 per cent of Mazda since 2017.", [("Toyota", "Mazda", "10%")]),
    ],
)
def test_a_present_holding_stays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(o.owner, o.owned, o.share) for o in facts(text).ownership] == expected


# --- a later sentence says the deal awaits approval ------------------------------------------------------------


def test_a_purchase_told_in_the_past_that_is_still_to_complete_is_agreed() -> None:
    text = (
        "Magna buys Visteon plants\n\n"
        "Magna International said today it expanded its seating business by purchasing key pieces of Visteon Corp.\n\n"
        '"This makes us a leader," Magna chairman Ray Scott said.\n\n'
        "The deal is expected to be completed by July, when the plants change hands."
    )
    f = facts(text)
    [d] = f.deals
    assert d.type == "acquisition" and d.status == "agreed"
    assert [s.status for s in d.history] == ["completed", "agreed"]
    assert f.ownership == []  # parts of a company bought, and not yet


def test_parts_of_a_company_bought_make_no_owner_of_the_company() -> None:
    f = facts("Magna International bought key pieces of Visteon Corp. in 2019.")
    [d] = f.deals
    assert d.status == "completed" and f.ownership == []


@pytest.mark.parametrize(
    "follow_up",
    [
        "These share transactions will take place once they have been approved by regulators.",
        "The share purchase is subject to approval by competition authorities.",
        "The transaction awaits approval from regulators in India.",
    ],
)
def test_a_following_sentence_makes_the_deal_await_approval(follow_up: str) -> None:
    text = f"Mazda will buy ¥20 billion of shares in Toyota.\n\n{follow_up}"
    [d] = facts(text).deals
    assert d.type == "stake" and d.status == "agreed"
    assert [s.status for s in d.history] == ["announced", "agreed"]


def test_the_transaction_is_the_one_trade_told_however_far_back() -> None:
    text = (
        "Mazda will buy ¥20 billion of shares in Toyota.\n\nThe two formed a joint venture with Denso in 2019.\n\n"
        "Mazda makes cars in Hiroshima.\n\nThe transaction is subject to regulatory approval."
    )
    stake = next(d for d in facts(text).deals if d.type == "stake")
    assert [s.status for s in stake.history] == ["announced", "agreed"]


@pytest.mark.parametrize(
    "text",
    [
        # approval of something else
        "Mazda will buy ¥20 billion of shares in Toyota.\n\nThe new plant will open once approved by regulators.",
        # not right after the deal: another paragraph stands between them, and "the plan" names no trade
        "Mazda will buy ¥20 billion of shares in Toyota.\n\nMazda makes cars in Hiroshima.\n\n"
        "The plan is subject to regulatory approval.",
    ],
)
def test_approval_of_what_is_not_the_deal_changes_nothing(text: str) -> None:
    [d] = facts(text).deals
    assert [s.status for s in d.history] == ["announced"]


# --- each holding of a list keeps the words of its own share ---------------------------------------------------


def test_each_holding_keeps_the_cue_of_its_own_share() -> None:
    af = facts("At present Honda owns about 12 per cent of Isuzu, and roughly 3.0 percent of Suzuki.")
    got = {o.owned: (o.share, o.cue) for o in af.ownership}
    assert got["Isuzu"] == ("12%", "owns about 12 per cent of")
    share, cue = got["Suzuki"]
    assert share == "3.0%" and "3.0 percent" in cue and "12 per cent" not in cue


# --- shares held in each other -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honda and Nissan trimmed their cross-shareholdings to 10 per cent each in 2021.",
            {("Honda", "Nissan", "10%"), ("Nissan", "Honda", "10%")},
        ),
        ("Mazda and Toyota hold 5% stakes in each other.", {("Mazda", "Toyota", "5%"), ("Toyota", "Mazda", "5%")}),
        # a cross-holding still to come is no holding now
        ("Honda and Nissan will cut their cross-shareholdings to 10 per cent each.", set()),
        # a third company named before: who holds what of whom is not clear
        ("Honda, Nissan and Mitsubishi Motors hold 3% of each other.", set()),
    ],
)
def test_cross_holdings_go_both_ways(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(o.owner, o.owned, o.share) for o in facts(text).ownership} == expected


def test_approval_moves_only_the_deal_it_is_told_of() -> None:
    text = (
        "Kia and Ford will form a joint venture.\n\nMazda will buy ¥20 billion of shares in Toyota.\n\n"
        "The transaction awaits approval from regulators."
    )
    got = {frozenset(d.partners): d.status for d in facts(text).deals}
    assert got == {frozenset({"Kia", "Ford"}): "announced", frozenset({"Mazda", "Toyota"}): "agreed"}


# --- talks that stopped ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kia held early talks about buying Lotus, but the talks were suspended.",
        "Kia and Lotus have suspended their merger talks.",
        "Kia and Lotus have put their merger talks on hold.",
    ],
)
def test_suspended_talks_are_no_talks_in_progress(text: str) -> None:
    assert [d.status for d in facts(text).deals] == ["cancelled"], [(d.type, d.status) for d in facts(text).deals]


def test_cross_shareholdings_made_equal_are_a_stake_deal() -> None:
    text = "Kia and Lotus agreed to make their cross-shareholdings equal at 10 percent, in a deal that changes a pact."
    assert [(d.type, d.status, set(d.partners)) for d in facts(text).deals] == [("stake", "agreed", {"Kia", "Lotus"})]


@pytest.mark.parametrize(
    "text",
    [
        "Kia said it would keep working with Lotus to grow the brand in China.",
        "Kia will keep working with Lotus on engines.",
    ],
)
def test_cooperation_that_goes_on_is_no_new_deal(text: str) -> None:
    assert [d.status for d in facts(text).deals] == ["active"]


def test_a_stake_raised_in_a_venture_with_a_partner_tells_the_venture() -> None:
    text = "Kia plans to raise its stake in its 50-50 joint venture in India with Lotus to 75 per cent."
    assert [(d.type, d.status, set(d.partners)) for d in facts(text).deals] == [
        ("joint venture", "active", {"Kia", "Lotus"})
    ]
    # a stake in a venture the clause does not say is with someone is still nobody's deal
    assert facts("Kia holds a 20 percent stake in that venture, while Lotus holds the rest.").deals == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In 2009, Kia sold the stake to Lotus for $85 million.", "completed"),
        ("Kia sold its 20 percent stake to Geely last year.", "completed"),
        ("Kia agreed to sell its stake to Lotus.", "agreed"),
    ],
)
def test_a_sale_told_in_the_past_is_done(text: str, status: str) -> None:
    assert [d.status for d in facts(text).deals] == [status]


def test_two_deals_of_one_relationship_keep_their_own_status() -> None:
    # a licensing deal told as history stays announced when the same two companies agree a joint venture
    text = (
        "Toyota and Mazda have agreed to form a joint venture to build cars in Alabama.\n\n"
        "In 2010 Mazda announced it would license Toyota's hybrid technology for a new model."
    )
    [rel] = build_relationships(Facts([facts(text)]))
    assert rel.latest_of("joint venture").status == "agreed"
    assert rel.latest_of("licensing").status == "announced"
    assert rel.split
    # one type, or types that stand in one place, read as one status
    [one] = build_relationships(Facts([facts("Toyota and Mazda have agreed to form a joint venture.")]))
    assert not one.split and one.latest_of("joint venture").status == "agreed"


def test_a_relationship_ends_where_its_article_leaves_the_deal() -> None:
    # a new deal announced first, an older collaboration in effect after it: the new deal stands last
    text = (
        "Toyota and Subaru have announced that the two will jointly develop a new platform.\n\n"
        "A business collaboration between Toyota and Subaru in 2005 has seen cooperation in various fields.\n"
    )
    [rel] = build_relationships(Facts([facts(text)]))
    # the older collaboration is told with no word of its status, so it is no step of its own
    assert ([s.status for s in rel.history], rel.status) == (["announced"], "announced")


def test_a_holding_sold_ends_on_the_sale() -> None:
    # the sale of a whole holding told first, the holding's earlier increases after it: the sale stands last
    text = (
        "Honda said on Monday it would sell its remaining stake in Isuzu on the open market.\n\n"
        "Honda has held an equity stake in Isuzu since 1985. Its stake was later diluted to 3 percent, but in "
        "1999 Honda increased its holding in Isuzu to 12 percent.\n"
    )
    [rel] = build_relationships(Facts([facts(text)]))
    assert rel.latest.kind == "sale" and rel.status == "announced"


@pytest.mark.parametrize(
    "text",
    [
        'Hyundai proposed a "merger of equals" with Kia last month, which was welcomed by investors.',
        "Hyundai proposed an all-share merger with Kia on Tuesday.",
    ],
)
def test_a_merger_proposed_is_talks_not_a_merger_done(text: str) -> None:
    [d] = facts(text).deals
    assert (d.type, d.status, d.subject) == ("merger", "in talks", "")


def test_how_a_deal_was_greeted_is_not_what_it_is_about() -> None:
    [d] = facts("Investors greeted the Rivian-Volkswagen partnership with excitement on Wednesday.").deals
    assert d.subject == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ties of the past: "in the past", "a legacy of"
        (
            "Ford, by contrast, has tried loose alliances in the past, including with Mazda and Suzuki.",
            {(frozenset({"Ford", "Mazda"}), "ended", ""), (frozenset({"Ford", "Suzuki"}), "ended", "")},
        ),
        (
            "The plant, a legacy of Renault's tie-up with Samsung Motors, has lost money.",
            {(frozenset({"Renault", "Samsung Motors"}), "ended", "")},
        ),
        # recent, and going on
        (
            "Toyota and Subaru have worked together closely in the past two years.",
            {(frozenset({"Toyota", "Subaru"}), "active", "closely in the past two years")},
        ),
        # a like deal of others is theirs, not a party's to this one
        (
            "In May, Honda signed an agreement with Nissan to study joint projects, a move mirrored now by Kia "
            "and Ford.",
            {(frozenset({"Honda", "Nissan"}), "agreed", "")},
        ),
    ],
)
def test_ties_of_the_past_and_like_deals_of_others(text: str, expected: set[tuple[frozenset[str], str, str]]) -> None:
    assert {(frozenset(d.partners), d.status, d.subject) for d in facts(text).deals} == expected


def test_a_deal_named_in_passing_does_not_say_where_it_stands() -> None:
    # the first sentence only names the deal; the second says it is still to be carried out
    text = (
        "Lucid gets its partner\n\n"
        "Investors welcomed the Lucid-Nissan partnership with enthusiasm as Lucid shares rose more than 15% on "
        "Thursday. Attention now turns to how Lucid and Nissan will set up their joint venture.\n"
    )
    [d] = facts(text).deals
    assert (d.type, d.status) == ("joint venture", "announced")
    assert [s.status for s in d.history] == ["announced"]  # no step "in effect" that no words stated


def test_a_condition_that_the_deal_is_not_ended_ends_nothing() -> None:
    text = (
        "As long as the agreement with Nissan is not terminated, Renault cannot sell its Nissan stake for five years."
    )
    assert all(d.status != "cancelled" for d in facts(text).deals)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named paper's account of a deal done is the deal done; a plan it reports stays a rumour
        (
            "The report said that on May 3, Geely acquired Renault's 20 per cent shares in the venture.",
            {(frozenset({"Geely", "Renault"}), "sale", "completed")},
        ),
        (
            "Toyota plans to raise its stake in Subaru, Nikkei reported on Friday.",
            {(frozenset({"Toyota", "Subaru"}), "stake", "rumoured")},
        ),
        # the subject's venture, named before it: the venture is no party; "ended a 13-year partnership"
        (
            "Geely Auto has taken full control of Smart, its joint venture brand with Mercedes-Benz Group, a paper "
            "said.",
            {(frozenset({"Geely Auto", "Mercedes-Benz Group"}), "joint venture", "active")},
        ),
        (
            "This ended a 13-year partnership between Geely and Mercedes-Benz.",
            {(frozenset({"Geely", "Mercedes-Benz"}), "partnership", "ended")},
        ),
    ],
)
def test_a_papers_report_a_venture_named_first_and_an_end(
    text: str, expected: set[tuple[frozenset[str], str, str]]
) -> None:
    assert {(frozenset(d.partners), d.type, d.status) for d in facts(text).deals} == expected
    assert not any(o.owned == "Renault" for o in facts(text).ownership)  # Renault's shares, not Renault


def test_a_memorandum_signed_is_agreed_and_makers_named_by_models_are_no_partners() -> None:
    text = (
        "In November 2022, Kia signed a memorandum of understanding with SK On to secure battery supply. Both "
        "have been working together on models such as Hyundai IONIQ 5, Kia EV6 and Genesis GV60."
    )
    found = {(frozenset(d.partners), d.type, d.status) for d in facts(text).deals}
    assert (frozenset({"Kia", "SK On"}), "mou", "agreed") in found
    assert not any("Genesis" in p for p, _t, _s in found)
    # a non-binding memorandum stays talks
    [d] = facts("Kia and SK On signed a non-binding memorandum of understanding to study a venture.").deals
    assert d.status == "in talks"


def test_a_previous_agreement_replaced_has_ended() -> None:
    text = (
        "General Motors announced that it has replaced its previous agreement of acquiring an equity stake in Nikola "
        "with a new deal on fuel cells."
    )
    stake = next(d for d in facts(text).deals if d.type == "stake")
    assert (stake.status, stake.past) == ("ended", True)


# --- an alliance that ends, told as newspapers tell a break-up ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Daimler announced it was ending its fraught tie-up with Hyundai.",
        "Daimler said its alliance with Hyundai had also ended in tears.",
        "Daimler and Hyundai are going their separate ways, ending their alliance.",
        "Daimler tried to downplay the unravelling of its tie-up with Hyundai.",
        "Daimler shrugged off the failure of its alliance with Hyundai.",
    ],
)
def test_an_alliance_that_ends_reads_as_ended(text: str) -> None:
    [d] = facts(f"Headline\n\n{text}\n").deals
    assert (set(d.partners), d.status) == ({"Mercedes-Benz Group", "Hyundai"}, "ended")


def test_a_company_in_an_opening_phrase_is_no_partner_of_the_main_clause() -> None:
    # "its alliance" is the car maker's, the sentence's subject, not Mitsubishi's named in the opening phrase
    for text in (
        "After Daimler cut financing for Mitsubishi Motors, the car maker said its alliance with Hyundai had ended.",
        "Coming after the Mitsubishi Motors debacle, the failure of its alliance with Hyundai has hurt Daimler.",
    ):
        assert {"Mitsubishi Motors", "Hyundai"} not in [set(d.partners) for d in facts(f"H\n\n{text}\n").deals]


def test_the_headlines_own_kind_of_deal_is_the_main_one() -> None:
    text = (
        "Daimler ends alliance with Hyundai\n\n"
        "Hyundai is to take over Daimler's 50-percent stake in their truck venture.\n\n"
        "Daimler tried to downplay the unravelling of its tie-up with Hyundai.\n"
    )
    [main] = [d for d in facts(text).deals if d.main]
    assert (main.type, main.status) == ("partnership", "ended")


def test_a_previously_announced_venture_they_will_not_complete_is_called_off() -> None:
    text = (
        "Headline\n\nFord and Mahindra & Mahindra have determined they will not complete a previously announced "
        "automotive joint venture between their respective companies.\n"
    )
    [d] = facts(text).deals
    assert (d.type, set(d.partners), d.status) == ("joint venture", {"Ford", "Mahindra"}, "cancelled")
    # a plain denial stays no deal
    assert facts("Headline\n\nFord said it will not form a joint venture with Mahindra.\n").deals == []


def test_a_completed_dissolution_of_a_venture_ends_it() -> None:
    text = "Headline\n\nBYD and Toyota have completed the dissolution of the 50:50 joint venture they set up in 2020.\n"
    [d] = facts(text).deals
    assert (set(d.partners), d.status) == ({"BYD", "Toyota"}, "ended")


def test_a_status_word_in_marks_the_sentence_uses_as_its_noun_counts() -> None:
    text = "Headline\n\nStellantis announced the “orderly termination” of its joint venture with GAC.\n"
    [d] = facts(text).deals
    assert (set(d.partners), d.status) == ({"Stellantis", "GAC"}, "cancelled")


def test_a_partnership_commenced_is_in_effect() -> None:
    [d] = facts("Headline\n\nHonda and LG Energy Solution commenced a partnership last year.\n").deals
    assert d.status == "active"
