"""Whose figure it is, from the grammar: possessive, "for X", share prices, the subject of the clause."""

from __future__ import annotations

import pytest

from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.read import parse_article
from briefing.render.wording import key_figure


def owners(text: str) -> list[tuple[str, str | None, str | None]]:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    return [(m.text, m.company, m.kind) for m in af.money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kia's operating profit rose to 3.2 trillion won, while Hyundai's fell to 3.0 trillion won.",
            [("3.2 trillion won", "Kia", "operating profit"), ("3.0 trillion won", "Hyundai", None)],
        ),
        ("GM will take a charge of $1.6 billion for Cruise.", [("$1.6 billion", "Cruise", "cost")]),
        ("Shares of Renault fell 3% to 41.37 euros.", [("41.37 euros", "Renault", "share price")]),
        # the price a seller got for shares it held is the price of those shares, not the seller's own
        ("Toyota sold some 12 million shares at 650 yen apiece.", [("650 yen", None, "share price")]),
        ("GM earned US$10.1 billion in 2023.", [("US$10.1 billion", "General Motors", "profit")]),
        # a stake's price is the buyer's, not the seller's whose possessive names the stake
        (
            "GM bought out Honda's 6% stake in Cruise for $1.2 billion.",
            [("$1.2 billion", "General Motors", "deal value")],
        ),
        # a figure of the market is nobody's
        (
            "The global market for batteries will be worth $400 billion by 2030.",
            [("$400 billion", None, "market value")],
        ),
        # the clause that a conjunction opens after a comma has its own subject
        (
            "Kia reported higher sales, while Mazda posted a net loss of $518 million.",
            [("$518 million", "Mazda", "loss")],
        ),
        # the noun after "for" completes the head before it: the price is the figure's kind, not the assets
        (
            "The total purchase price for Volvo and the assets set forth in the agreement was $1.8 billion.",
            [("$1.8 billion", None, "deal value")],
        ),
        # a price with no car in its sentence is no car's price: a deal's when the sentence tells a purchase
        ("Geely said the $1.8 billion price of the Volvo purchase fell.", [("$1.8 billion", "Geely", "deal value")]),
        ("Geely said the $1.8 billion price announced in March fell.", [("$1.8 billion", "Geely", None)]),
        ("The Model 3 has a $35,000 price.", [("$35,000", None, "vehicle price")]),
        # what a buyer takes over ("assets and liabilities") is the verb's object; the sum after "for" its price
        (
            "Kia has acquired certain assets and liabilities of the brake business of Hella, Inc. for approximately "
            "$40 million, subject to adjustments.",
            [("approximately $40 million", "Kia", "deal value")],
        ),
        # "the assets sold" says which assets: a book value, not a price; a plant's sales are no company's
        (
            "While terms were not disclosed, Kia said that 1998 sales for the Ohio facility were $40 million, and the "
            "net book value of the assets sold was $37.7 million.",
            [("$40 million", None, "revenue"), ("$37.7 million", None, "assets")],
        ),
        # an analyst's buy rating is no purchase, a price target a share price; a deal valued at a sum is worth it
        (
            "Analyst Jan Ward at Benchmark reiterated his buy rating and $17 stock price target on Kia.",
            [("$17", None, "share price")],
        ),
        (
            "Kia announced a partnership agreement valued at up to $850 million with Forest River Inc.",
            [("up to $850 million", "Kia", "deal value")],
        ),
        # a stake a company gets, by its worth, is what the deal is worth; a venture's total is no partner's
        ("GM is getting a $2 billion stake in Nikola.", [("$2 billion", "General Motors", "deal value")]),
        (
            "Hyundai signed an initial agreement to create a joint venture with Foton with a total investment of "
            "$400 million.",
            [("$400 million", None, "investment")],
        ),
        # what a sale brings a company is its deal's value; a deal "for" another's business is not that company's
        (
            "The sale would net Ford 52 billion yen based on the closing price.",
            [("52 billion yen", "Ford", "deal value")],
        ),
        (
            "Antolin has closed its USD535 million deal for Magna's interiors businesses.",
            [("USD535 million", "Antolin", None)],
        ),
        # a subject off the list opens its clause, though its name holds a "+"
        (
            "Kia completed a purchase, and Mann+Hummel has agreed to acquire Affinia's unit for $1.3 billion.",
            [("$1.3 billion", None, "deal value")],
        ),
        # a figure in brackets right after a company is that company's; a later clause's receiver is not the opener's
        (
            "Maruti remains the most valuable carmaker, with a market capitalisation of Rs 3,71,540 crore, followed "
            "by Mahindra & Mahindra (Rs 3,56,902 crore).",
            [("Rs 3,71,540 crore", "Maruti Suzuki", "market value"), ("Rs 3,56,902 crore", "Mahindra", "market value")],
        ),
        (
            "BMW AG paid its chief executive €9.1 million, while Volkswagen AG's top executive, Ralf Kessner, received "
            "€7.4 million.",
            [("€9.1 million", "BMW", "pay"), ("€7.4 million", None, None)],
        ),
        # a company's parent named after its role is the one that acts
        (
            "JLR's parent company, Tata Motors, has backed the plan and will help fund a £15bn investment programme.",
            [("£15bn", "Tata Motors", "investment")],
        ),
        # what analysts expect, however they are named, is nobody's
        (
            "Kia said sales rose.\n\nAnalysts polled by Yonhap Infomax had expected a profit of 2.9 trillion won.",
            [("2.9 trillion won", None, "profit")],
        ),
        (
            "Kia's result beat the 3.41 trillion won average forecast of analysts.",
            [("3.41 trillion won", None, "estimate")],
        ),
        (
            "Toyota forecast net profit of ¥3.1 trillion, well below the ¥4.3 trillion that analysts had pencilled in.",
            [("¥3.1 trillion", "Toyota", "profit"), ("¥4.3 trillion", None, "profit")],
        ),
        # a lender's loan named before the noun is the lender's money, not the company's of the sentence
        (
            "GM will provide a letter of credit before the project draws on a $2.3 billion Department of Energy loan.",
            [("$2.3 billion", None, "funding")],
        ),
    ],
)
def test_owner_and_kind(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


def test_a_sentence_without_a_company_keeps_the_subject_of_the_story() -> None:
    text = "Kia posted record sales.\n\nRevenue rose 4% to 28.6 trillion won."
    assert owners(text) == [("28.6 trillion won", "Kia", "revenue")]


# What a figure is comes from the noun that governs it, never from a money word elsewhere in the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure between a determiner and a built thing is what the thing costs, whatever word came before
        (
            "Regulators cleared $90 million in grants to build a roughly $1.8 billion, 1,200-job cathode plant.",
            [("$90 million", None, "subsidy"), ("roughly $1.8 billion", None, "investment")],
        ),
        ("Rivian is building a $5 billion assembly plant in Georgia.", [("$5 billion", "Rivian", "investment")]),
        # "worth" after a project is what is spent on it; after a proposal the text does not say
        ("Officials said the project is worth at least $3 billion.", [("at least $3 billion", None, "investment")]),
        ("A proposal worth $700m from Chery was shelved.", [("$700m", None, None)]),
        ("Tesla is worth about $900 billion.", [("about $900 billion", "Tesla", "market value")]),
        # money paid to build something is an investment, not a price or a salary
        ("Ford will pay $2.2 billion to build the cell plant.", [("$2.2 billion", "Ford", "investment")]),
        ("Jobs at the site come with a starting wage of $48,000.", [("$48,000", None, "pay")]),
        # a money word in an earlier clause with its own speaker does not govern the figure
        (
            "Despite deep losses, the carmaker said it would put $1 billion into the site.",
            [("$1 billion", None, None)],
        ),
        (
            "Gotion won grants for its plant, which it said would need $2 billion.",
            [("$2 billion", "Gotion High-Tech", None)],
        ),
        # the longer money word wins where two overlap ("a share" in "a share sale")
        ("Kia will raise $500 million in a share sale.", [("$500 million", "Kia", "funding")]),
        # a money word after "on" names another figure: "to X on revenue of Y"
        (
            "Net profit for the year fell 4% to ¥2.1 trillion on revenue of ¥40 trillion, Honda said.",
            [("¥2.1 trillion", None, "profit"), ("¥40 trillion", None, "revenue")],
        ),
        # a currency written out in words, with its conversion in brackets, is one figure
        (
            "BYD, which has a market value of 700 billion Hong Kong dollars ($90 billion), declined to comment.",
            [("700 billion Hong Kong dollars ($90 billion)", "BYD", "market value")],
        ),
        # a car's price, an aside in brackets between figure and noun; a rebate is a subsidy, not a deal value
        (
            "Kia won praise for its EV9, the $54,900 (before taxes) three-row electric SUV that seats seven.",
            [("$54,900", "Kia", "vehicle price")],
        ),
        (
            "The list price is lower after a $4,000 state rebate for buying an electric car.",
            [("$4,000", None, "subsidy")],
        ),
        # a figure before a noun that follows a vehicle word is not the vehicle's price
        ("Ford landed a $300 million truck order from a fleet buyer.", [("$300 million", "Ford", None)]),
    ],
)
def test_kind_from_the_governing_noun(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


# Whose figure it is: a company that a relative clause describes, nobody's when a list of companies or a body
# other than a company is the subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honda, which has a market value of $40 billion, does not hold shares in Nissan, which has a market "
            "value of about $10 billion.",
            [("$40 billion", "Honda", "market value"), ("about $10 billion", "Nissan", "market value")],
        ),
        (
            "Samsung SDI and Stellantis will invest another $1.5 billion in the second plant.",
            [("$1.5 billion", None, "investment")],
        ),
        (
            "Toyota will spend $1 billion on the line, and the state gave a $90 million grant.",
            [("$1 billion", "Toyota", "investment"), ("$90 million", None, "subsidy")],
        ),
        ("Kia opened the plant.\n\nThe plant will cost $2 billion over five years.", [("$2 billion", None, "cost")]),
        # a company described before its verb is still the subject: "The Seoul-based carmaker reported"
        (
            "Kia posted record sales.\n\nThe Seoul-based carmaker reported a net profit of 9 trillion won.",
            [("9 trillion won", "Kia", "profit")],
        ),
        # a possessive after a comma names a role of the company before it, not a second subject
        (
            "Geely, Zeekr's largest shareholder, put in $500 million.",
            [("$500 million", "Geely", None)],
        ),
        # "for the Volvo Cars acquisition" names what is bought, not whose the figure is
        (
            "Geely issued a $200 million note for the Volvo Cars acquisition.",
            [("$200 million", "Geely", None)],
        ),
        # the subject of a reported clause owns its figure, not the company that reports it
        (
            "Ford said last week that Volvo made $53 million in the second quarter.",
            [("$53 million", "Volvo Cars", None)],
        ),
        # brands that describe their parent before it are not the subject
        ("Jaguar parent Tata Motors posted a profit of $1 billion.", [("$1 billion", "Tata Motors", "profit")]),
        ("Peugeot-owner PSA posted a profit of €1 billion.", [("€1 billion", "PSA Group", "profit")]),
        (
            "Jeep, Ram and Citroen parent Stellantis will invest €1.5 billion in Leapmotor.",
            [("€1.5 billion", "Stellantis", "investment")],
        ),
        # who paid a price owns it; what is paid to a title holder is a wage
        (
            "Suzuki offered to buy back the shares that Volkswagen reportedly paid 1.7 billion euros for.",
            [("1.7 billion euros", "Volkswagen", "deal value")],
        ),
        (
            "Mercedes-Benz paid Chief Executive Officer Jens Hartmann €10.2 million last year.",
            [("€10.2 million", None, "pay")],
        ),
        # what a venture will have is the venture's, though a partner says so
        (
            "Chery said the venture would have registered capital of 10.9 billion yuan.",
            [("10.9 billion yuan", None, "capital")],
        ),
        # a combined figure of the merging companies is no one's; a market's size is no kind of ours
        (
            "Magna said the deal would create a group with pro forma combined sales of approximately 30 billion euros.",
            [("approximately 30 billion euros", None, "revenue")],
        ),
        (
            "The acquisition strengthens our place in the $48 billion global interiors industry.",
            [("$48 billion", None, None)],
        ),
        # "the deal was worth": the deal's value; "on an enterprise value basis" names the figure's kind
        (
            "ZF will buy TRW Automotive.\n\nZF said the deal was worth $12.4 billion and TRW spoke of about $13.5 "
            "billion on an enterprise value basis.",
            [("$12.4 billion", "ZF", "deal value"), ("about $13.5 billion", "TRW Automotive", "market value")],
        ),
        # the possessive of a company the site does not list owns the figure, not the story's subject
        (
            "Mahindra will buy the rest. The price is a discount to SML's closing price of about 1,773.4 rupees.",
            [("about 1,773.4 rupees", None, "share price")],
        ),
    ],
)
def test_owner_from_the_subject(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


# A wire dateline ("PLACE, Month day (Agency) -") is not the lede's words: the subject is found after it, and
# neither the place nor the agency owns a figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BUSAN, March 9 (Newswire) - Hyundai Motor said on Tuesday its annual revenue grew 5% to 160 trillion won.",
            [("160 trillion won", "Hyundai", "revenue")],
        ),
        (
            "TOKYO (AP) — Honda expects operating profit of 1.2 trillion yen this year.",
            [("1.2 trillion yen", "Honda", "operating profit")],
        ),
        # after the dateline the subject is a thing, not a company: the figure stays nobody's
        ("DETROIT, May 4 (Reuters) - The plant will cost $3 billion, the state said.", [("$3 billion", None, "cost")]),
        ("LONDON, June 2 (Reuters) - Revenue rose 3% to 2 billion pounds.", [("2 billion pounds", None, "revenue")]),
    ],
)
def test_owner_after_a_dateline(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


def test_what_a_figure_is_leaves_the_dateline_out() -> None:
    text = "OSLO, May 2 (Newswire) - Volvo said it will spend $2 billion on a new plant."
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [m.what for m in af.money] == ["Volvo said it will spend $2 billion on a new plant"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a car's price and a rebate that no company gets, late in the story, are no key figure
        (
            "Volvo and Geely will share a plant.\n\nThe plant opens in May.\n\nVolvo sells the EX30, the $36,000 "
            "compact SUV, in Europe.\n\nThe price falls after a $4,000 state rebate.",
            None,
        ),
        # a figure with no owner in the lede is the story ("wiping €20bn off the sector's value")
        ("Car stocks fell on Friday, wiping about €20bn off the sector's market value.", "about €20bn"),
        # a deal's value tells the deal's story wherever it stands
        (
            "Geely has completed its takeover of Zeekr.\n\nThe buyers met.\n\nThe purchase price was $2 billion.",
            "$2 billion",
        ),
        # another deal's value, told as history in a sentence that names its own companies, is not this one's
        (
            "Chery and Jaguar Land Rover have formed a joint venture to build cars in China.\n\nThey will share the "
            "plant.\n\n"
            "Tata Motors bought Jaguar from Ford in 2008 for $2.3 billion.",
            None,
        ),
        # the value of another deal of the same companies, told in its own sentence, is not the main deal's
        (
            "General Motors will buy a 1 percent stake in its joint venture with SAIC Motor.\n\nIn 2009, GM sold "
            "the stake to SAIC for $85 million.",
            None,
        ),
        # the value an earlier deal had "at the time" is no key figure of the one that replaced it
        (
            "General Motors signed a memorandum of understanding with Nikola.\n\nThe MoU replaces the previous "
            "transaction. The transaction was valued at approximately $2 billion at the time.",
            None,
        ),
        # a price a partner paid "last year" for something else is that earlier deal's, not the venture's
        (
            "Renault and Valeo have formed a joint venture to make electric motors.\n\nThe venture will be based "
            "in Normandy.\n\nValeo paid €60 million last year for a small motor maker in Spain.",
            None,
        ),
        # late in the story, a figure of a company that is no party of the main deal is not its story
        (
            "Kia and Chery finalized an agreement to build cars in China.\n\nThey will share a plant.\n\nThe plant "
            "opens in May.\n\nHyundai officials have said there are plans to double its investments in Kia to 1.5 "
            "billion pounds a year.",
            None,
        ),
        # the news, not the earlier period it is compared with; a price paid for a stake is its value, not pay
        (
            "Renault said its net income for the first half of 2021 was 354 million euros or 1.30 euros per share "
            "compared to a loss of 7.29 billion euros or 26.91 euros per share in the first half of 2020.",
            "354 million euros",
        ),
    ],
)
def test_the_key_figure_is_one_that_tells_a_company_or_deal_story(text: str, key: str | None) -> None:
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    found = key_figure(af.money, af.main_deal, af.deals)
    assert (found.text if found else None) == key, [(m.text, m.kind, m.company) for m in af.money]


# Results figures: what is paid for shares, a venture's income, a figure compared with its pair, per-share
# earnings, an analyst's estimate, money put into a venture, a subject with a clause before its verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares bought or sold "for" an amount: the amount is what is paid, not a price per share
        (
            "Under the plan, Nissan will sell 40 million shares to Renault, its French partner, for 120 billion yen.",
            [("120 billion yen", None, "deal value")],
        ),
        ("Mazda bought 5 million shares in the supplier for $80 million.", [("$80 million", "Mazda", "deal value")]),
        # a company's share of what its affiliates or ventures earn is not its revenue
        (
            "Honda said income from its affiliates in Asia fell to $300 million.",
            [("$300 million", "Honda", "equity income")],
        ),
        (
            "Ford booked $210 million in equity income from its joint ventures.",
            [("$210 million", "Ford", "equity income")],
        ),
        (
            "Ford said it earned $210 million in Asian joint venture equity income, down from $260 million a year ago.",
            [("$210 million", "Ford", "equity income"), ("$260 million", "Ford", "equity income")],
        ),
        # the figure compared with is of the same kind as its pair
        (
            "Mazda said net income fell to $410 million, down slightly from $430 million a year earlier.",
            [("$410 million", "Mazda", "profit"), ("$430 million", "Mazda", "profit")],
        ),
        (
            "Operating profit dropped to $900 million, or 4% of sales, from $1.1 billion, Mazda said.",
            [("$900 million", None, "operating profit"), ("$1.1 billion", None, "operating profit")],
        ),
        # what is invested is the investor's, the company right before the verb
        (
            "Nio has signed an agreement with CYVN in which CYVN will invest $2.2 billion in new shares.",
            [("$2.2 billion", "CYVN Holdings", "investment")],
        ),
        # a description of the company that opens the sentence leaves it the subject
        (
            "Japanese automaker Honda Motor Co. Ltd. reported that its profit amounted to 244.3 billion yen.",
            [("244.3 billion yen", "Honda", "profit")],
        ),
        # a figure per share beside a total is of the total's kind, per share, beside the total and the compared total
        (
            "Subaru reported net income of $800 million, or $1.05 per share, up 14 percent from $700 million, "
            "or 92 cents a share, a year earlier.",
            [
                ("$800 million", "Subaru", "profit"),
                ("$1.05", "Subaru", "profit per share"),
                ("$700 million", "Subaru", "profit"),
                ("92 cents", "Subaru", "profit per share"),
            ],
        ),
        # what analysts expect is nobody's figure: of the kind their words name, else an estimate
        (
            "Kia posted record sales.\n\nAnalysts had been looking for earnings of about 2.10 euros a share.",
            [("about 2.10 euros", None, "profit per share")],
        ),
        (
            "Kia posted record sales.\n\nAnalysts expected revenue of 30 trillion won.",
            [("30 trillion won", None, "revenue")],
        ),
        (
            "Kia said profit rose to 2 trillion won.\n\nAnalysts were expecting about 1.9 trillion won.",
            [("2 trillion won", "Kia", "profit"), ("about 1.9 trillion won", None, "estimate")],
        ),
        # money put into a venture of several partners is none of theirs
        (
            "Toyota Motor Corporation (Toyota), Panasonic Corporation (Panasonic) and Aisin Corporation (AISIN) will "
            "set up a battery venture this year.\n\nA first investment of 15 billion Japanese yen will be put into "
            "the new venture.",
            [("15 billion Japanese yen", None, "investment")],
        ),
        (
            "Toyota will set up a battery venture with Panasonic.\n\nSpending of $300 million will go into this "
            "venture.",
            [("$300 million", None, "investment")],
        ),
        # but what a company named by a pronoun puts into it is that company's
        (
            "Toyota will set up a battery venture with Panasonic.\n\nIt will invest $300 million in the venture.",
            [("$300 million", "Toyota", "investment")],
        ),
        # a relative clause between the subject and its verb leaves the subject the figure's owner
        (
            "Leading parts maker Denso Corp., which has shares traded in Nagoya, said its first-half net profit "
            "rose 10 percent to 120 billion yen.",
            [("120 billion yen", "Denso", "profit")],
        ),
        (
            "Big truck maker Isuzu Motors Co., whose shares trade in Tokyo, said its net profit fell to 50 billion "
            "yen.",
            [("50 billion yen", "Isuzu", "profit")],
        ),
    ],
)
def test_results_figures(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


# Shares or a stake bought for a sum: the sum is the purchase's value and the buyer's, however the sentence
# words it ("shares valued at", "N worth of stock", "a stake worth", "for N"); a price per share, a closing
# price and what a holding would be worth stay what they are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honda will buy 12 million new shares in Isuzu valued at about ¥40 billion ($270 million).",
            [("about ¥40 billion ($270 million)", "Honda", "deal value")],
        ),
        (
            "In exchange Isuzu will acquire on the open market ¥20 billion ($135 million) worth of stock in Honda.",
            [("¥20 billion ($135 million)", "Isuzu", "deal value")],
        ),
        (
            "Nissan agreed to take a stake in the battery maker worth $300 million.",
            [("$300 million", "Nissan", "deal value")],
        ),
        ("Mazda took a 3% stake in the supplier for $90 million.", [("$90 million", "Mazda", "deal value")]),
        (
            "Under the pact Subaru will purchase Honda shares worth up to ¥15 billion.",
            [("up to ¥15 billion", "Subaru", "deal value")],
        ),
        # "each" after a worth is each party's; after "for" it is each share's
        (
            "Kia and Mazda will swap shares worth about $500 million each.",
            [("about $500 million", None, "deal value")],
        ),
        ("Mazda bought the shares for $12 each.", [("$12", None, "share price")]),
        # a real share price
        (
            "Isuzu shares closed at ¥2,100 after Honda said it would buy new shares.",
            [("¥2,100", "Isuzu", "share price")],
        ),
        # a cost per share is no price paid
        (
            "Penske Automotive expects to incur approximately $0.02 per share in acquisition-related costs.",
            [("approximately $0.02", "Penske Automotive", "cost per share")],
        ),
        # "for each share": a price per share
        (
            "PKC shareholders are being offered a cash consideration of euro 23.55 for each share in PKC.",
            [("euro 23.55", None, "deal value per share")],
        ),
        # a total after the price per share a buyer pays is the deal's value
        (
            "DaimlerChrysler plans to buy the rest at $23 per share, a total of approximately $423 million.",
            [
                ("$23", "Mercedes-Benz Group", "deal value per share"),
                ("approximately $423 million", "Mercedes-Benz Group", "deal value"),
            ],
        ),
        # what the buyer pays for each share is no market price of the stock
        ("Honda will buy the new shares at ¥3,300 a share.", [("¥3,300", "Honda", "deal value per share")]),
        ("Navistar said it will accept $44.50 per share.", [("$44.50", "Navistar", "deal value per share")]),
        ("Shares of Isuzu fell to ¥1,950.", [("¥1,950", "Isuzu", "share price")]),
        # a stake sold at its worth, the full stop of a legal form inside the clause
        (
            "Volkswagen AG will sell a Suzuki Motor Corp. stake valued at about ¥463 billion back to Suzuki.",
            [("about ¥463 billion", "Volkswagen Group", "deal value")],
        ),
        # what a holding would be worth is not a price paid
        (
            "A 5% holding in Isuzu would be worth about ¥60 billion at Friday's close.",
            [("about ¥60 billion", None, "market value")],
        ),
    ],
)
def test_shares_bought_for_a_sum(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


# "a plan it unveiled": the figure is the company's that "it" means, when only one company can be meant.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal will help Subaru build more EVs under a 2.5 trillion-yen ($17 billion) investment plan it "
            "announced last year.",
            [("2.5 trillion-yen ($17 billion)", "Subaru", "investment")],
        ),
        (
            "Suppliers expect Kia to draw on the $3 billion it raised from bond sales.",
            [("$3 billion", "Kia", "funding")],
        ),
        # two companies: "it" could be either, so the figure has no owner
        (
            "The deal will help Subaru and Mazda build EVs under a $17 billion investment plan it announced.",
            [("$17 billion", None, "investment")],
        ),
        ("Toyota said Subaru would use the $2 billion it raised in May.", [("$2 billion", None, "funding")]),
    ],
)
def test_a_figure_told_by_it(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


# A company or unit named by its worth ("its $800 million software company") and "values X at N" are
# valuations: the company valued owns the figure when it is a company the site knows, else nobody does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ford agreed to invest $500 million in cash and fold its $800 million software company into the startup.",
            [("$500 million", "Ford", "investment"), ("$800 million", "Ford", "market value")],
        ),
        ("The agreement values Rivian at $10 billion.", [("$10 billion", "Rivian", "market value")]),
        (
            "The transaction values Lucid, the California electric carmaker, at about $8 billion.",
            [("about $8 billion", "Lucid", "market value")],
        ),
        ("Ford said the deal values the startup at $7 billion.", [("$7 billion", None, "market value")]),
        ("The deal values the startup at $7 billion.", [("$7 billion", None, "market value")]),
    ],
)
def test_valuations(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners(text) == expected


def test_a_figure_and_its_figure_per_share_share_a_period() -> None:
    text = (
        "T\n\nRenault said its net income for the first half of 2021 was 354 million euros or 1.30 euros per share "
        "compared to a loss of 7.29 billion euros or 26.91 euros per share in the first half of 2020.\n"
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(m.text, m.period) for m in af.money] == [
        ("354 million euros", "H1 2021"),
        ("1.30 euros", "H1 2021"),
        ("7.29 billion euros", "H1 2020"),
        ("26.91 euros", "H1 2020"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the size of a venture two companies set up is neither's
        (
            "Kia said on Monday it will set up a $3 billion joint venture with Rivian next year.",
            [("$3 billion", None, "investment")],
        ),
        # the parts of a combined sum are no more one company's than the sum; goods "worth of" have no kind
        (
            "Kia and its two affiliates will invest a combined $2 billion in the venture, which breaks down to "
            "$1.5 billion in cash and $500 million worth of patents.",
            [("$2 billion", None, "investment"), ("$1.5 billion", None, "cash"), ("$500 million", None, None)],
        ),
        # a sum the listed companies put in together is not the last one's
        (
            "Rivian will take half of the venture, while Hyundai Motor Co, Hyundai Mobis Co and Kia Motors Corp will "
            "contribute a combined $1.2 billion in cash.",
            [("$1.2 billion", None, "investment")],
        ),
        # what a stake is sold "for" per share is the deal's price per share, not the buyer's share price
        (
            "Faurecia struck the deal with family shareholders over their 60% stake for 60 euros per share.",
            [("60 euros", "Faurecia", "deal value per share")],
        ),
        # shares bought "worth of" are still a deal's value
        ("Kia bought $500 million worth of shares in Rivian.", [("$500 million", "Kia", "deal value")]),
    ],
)
def test_a_venture_size_a_combined_sum_and_goods_worth(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert owners(text) == expected


def test_the_merging_companies_sales_together_are_none_of_theirs() -> None:
    text = (
        "T\n\nKia and Hyundai said they would merge four suppliers.\n\nKia will hold a 66.6% stake in the merged "
        "company, and the rest will be owned by Hyundai.\n\nThe combined sales of the four firms would be around 1.8 "
        "trillion yen."
    )
    af = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer())
    assert [(m.text, m.company) for m in af.money] == [("around 1.8 trillion yen", None)]


def test_a_stake_sized_by_its_price_and_its_share_is_bought_for_that_price() -> None:
    assert owners("Ford will buy a $1.2 billion, 25 percent equity stake in Mazda.") == [
        ("$1.2 billion", "Ford", "deal value")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares granted as payment, with a decimal in their number, are worth what the deal pays
        (
            "Kia also will grant Rivian 28.4 million new Kia shares, worth about $100 million, in the deal.",
            [("about $100 million", "Kia", "deal value")],
        ),
        # what contracts are worth is their value, not a company's market value
        (
            "The contracts with Kia under the new partnership are worth in excess of $450 million.",
            [("in excess of $450 million", None, "deal value")],
        ),
    ],
)
def test_shares_granted_and_contracts_are_worth_a_deals_value(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Isuzu is acquiring the business for 250 billion yen (RM9.5bil).",
            [("250 billion yen (RM9.5bil)", "Isuzu", "deal value")],
        ),
        # a subject off the company list owns its figure, not the company before it
        (
            "Daihatsu's investment is RM171.6 million for the 41% stake while Sojitz is investing RM41.9mil for its "
            "10% stake.",
            [("RM171.6 million", "Daihatsu", "investment"), ("RM41.9mil", None, "investment")],
        ),
        # what two companies exchange is both sides'
        (
            "Hyundai Motor Group and Kia have decided to exchange shares worth about 750 billion won.",
            [("about 750 billion won", None, "deal value")],
        ),
    ],
)
def test_malaysian_scales_an_unlisted_subject_and_a_swap(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert owners(text) == expected


def test_the_figure_of_a_company_still_to_come_is_no_ones() -> None:
    text = "Nissan will merge with Honda.\n\nIt said the combined company will have annual sales of $90 billion."
    assert [(t, c) for t, c, _k in owners(text)] == [("$90 billion", None)]
    # ... but what a party invests in the new company is its own
    text = "Daihatsu's investment in the new company is $50 million, Daihatsu said."
    assert [(t, c) for t, c, _k in owners(text)] == [("$50 million", "Daihatsu")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a plant sold, and what a customer bought from it, are neither the customer's nor the seller's
        (
            "Lear ends seat venture\n\nLear Corporation announced today that it has completed two deals.\n\n"
            "Lear now has assumed full ownership of the Dayton plant, which employs 200 people and had 2020 sales of "
            "$30 million, including sales of $9 million to Lear.",
            [("$30 million", None, "revenue"), ("$9 million", None, "revenue")],
        ),
        # a described company valued is that company's worth, not the buyer's
        (
            "Kia agreed with Ford to buy a majority of the battery startup, valued at $2 billion.",
            [("$2 billion", None, "market value")],
        ),
        # the price a buyer pays for a business is the deal's, no car's
        (
            "Valeo will buy the unit from Ford for an aggregate price of about $90 million.",
            [("about $90 million", "Valeo", "deal value")],
        ),
    ],
)
def test_figures_of_plants_startups_and_prices(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert owners(text) == expected


def test_what_a_deal_adds_to_earnings_per_share_is_no_share_price() -> None:
    text = "The purchase will add about 18 cents per share to Lear's 2024 earnings, Lear said."
    assert [(t, k) for t, _c, k in owners(text)] == [("about 18 cents", "profit per share")]
    # ... while a share's move to a price stays a share price
    assert [k for _t, _c, k in owners("Shares rose 24 cents a share to $10.")] == ["share price", "share price"]


def test_synergies_a_deal_brings_are_savings_not_its_price() -> None:
    text = "The acquisition will result in total annual synergies of $40 million, Lear said."
    assert [(t, k) for t, _c, k in owners(text)] == [("$40 million", "savings")]


def test_the_size_of_a_fund_set_up_with_another_is_no_partners_own() -> None:
    text = "Geely would invest 3 billion yuan to create the 5 billion yuan fund with a state investor."
    assert [(t, c) for t, c, _k in owners(text)] == [("3 billion yuan", "Geely"), ("5 billion yuan", None)]
