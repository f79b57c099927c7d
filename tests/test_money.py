"""Money rules: currencies, scales, qualifiers, ranges, conversions, years, and what is not money."""

from __future__ import annotations

import pytest

from briefing.extract import extract_article
from briefing.extract.amounts import dollar_for, find_money
from briefing.extract.gazetteer import load_gazetteer
from briefing.extract.kinds import figure_kinds, money_kind
from briefing.extract.regions import figure_region
from briefing.read import parse_article


def one(sentence: str, dollar: str = "USD"):
    [hit] = find_money(sentence, dollar)
    return hit


@pytest.mark.parametrize(
    ("sentence", "amount", "currency", "qualifier", "year"),
    [
        ("JLR wrote off nearly $4.0 billion in 2019.", 4.0e9, "USD", "nearly", 2019),
        ("It lost US$2bn last year.", 2e9, "USD", None, None),
        ("A £1.1bn deal.", 1.1e9, "GBP", None, None),
        ("Profit of €450m in 2023.", 4.5e8, "EUR", None, 2023),
        ("It raised ¥120 billion.", 1.2e11, "JPY", None, None),
        ("An investment of Rs 500 crore.", 5e9, "INR", None, None),
        ("A ₹1,200 crore plant.", 1.2e10, "INR", None, None),
        # Indian business pages capitalise the scale
        ("Net profit was Rs 725.7 Cr.", 7.257e9, "INR", None, None),
        ("It will invest Rs 1 Lakh Crore.", 1e12, "INR", None, None),
        ("It will spend 300 million euros.", 3e8, "EUR", None, None),
        ("About $150 million will go to Geelong.", 1.5e8, "USD", "about", None),
        ("Roughly €2bn is at stake.", 2e9, "EUR", "roughly", None),
        ("It could receive up to £500m in support.", 5e8, "GBP", "up to", None),
        ("Sales were more than $1 trillion.", 1e12, "USD", "more than", None),
        ("A $2bn-plus programme.", 2e9, "USD", "plus", None),
        ("In 2023, Nissan lost 300 million euros.", 3e8, "EUR", None, 2023),
    ],
)
def test_figures(sentence: str, amount: float, currency: str, qualifier: str | None, year: int | None) -> None:
    hit = one(sentence)
    assert (hit.amount, hit.currency, hit.qualifier, hit.year) == (pytest.approx(amount), currency, qualifier, year)


def test_a_range_is_one_fact_with_two_figures() -> None:
    hit = one("They will invest between €2 billion and €2.5 billion.")
    assert (hit.amount, hit.amount_high, hit.currency) == (2e9, 2.5e9, "EUR")
    assert hit.text == "€2 billion and €2.5 billion"


def test_a_bracketed_conversion_converts_the_first_figure() -> None:
    hit = one("A charge of ¥500bn ($4.6bn) hit profits.")
    assert (hit.amount, hit.currency, hit.converted_amount, hit.converted_currency) == (5e11, "JPY", 4.6e9, "USD")


def test_the_same_sum_in_another_currency_after_a_comma_and_or_is_one_figure() -> None:
    hit = one("Kia agreed to buy the unit for 905 million dollars, or about 142 billion yen.")
    assert (hit.amount, hit.currency, hit.converted_amount, hit.converted_currency) == (9.05e8, "USD", 1.42e11, "JPY")


def test_a_bare_dollar_converting_us_dollars_is_a_dollar_the_text_does_not_name() -> None:
    # an Australian page converts into its own dollar without naming it: the bracket is not US dollars
    hit = one("It will take a stake at a cost of US$1.4 billion (about $2.12 billion).")
    assert (hit.amount, hit.currency, hit.converted_amount, hit.converted_currency) == (1.4e9, "USD", None, None)
    assert hit.text == "US$1.4 billion (about $2.12 billion)"
    [hit] = find_money("A cost of US$1.4 billion (about $2.12 billion).", "AUD")
    assert (hit.converted_amount, hit.converted_currency) == (2.12e9, "AUD")


def test_a_range_that_repeats_its_symbol() -> None:
    hit = one("It brings approximately $420-$460 million in estimated annual revenues.")
    assert (hit.amount, hit.amount_high, hit.currency, hit.qualifier) == (4.2e8, 4.6e8, "USD", "about")


def test_a_currency_word_after_a_dollar_figure_names_its_currency() -> None:
    hit = one("It was refused an additional $1 trillion won ($1 billion) loan.")
    assert (hit.amount, hit.currency, hit.converted_amount, hit.converted_currency) == (1e12, "KRW", 1e9, "USD")
    assert one("The $2 billion won approval.").currency == "USD"  # "won" the verb


def test_an_exchange_rate_written_with_a_slash_is_no_sum_and_a_currency_named_before_the_figure() -> None:
    hits = find_money(
        "Amerigon would buy the shares at a price of euro 40 per share (or $55 per share at a euro/$1.37 "
        "exchange rate)."
    )
    assert [(h.text, h.currency) for h in hits] == [("euro 40", "EUR"), ("$55", "USD")]
    assert find_money("The euro rose 2 percent, the euro 2 percent higher than a year ago.") == []


def test_bare_dollar_means_the_dollar_the_article_names() -> None:
    article = "Ford Australia made a profit of A$412 million. Revenue rose to $6.9 billion."
    assert dollar_for(article) == "AUD"
    assert one("Revenue rose to $6.9 billion.", dollar_for(article)).currency == "AUD"
    assert dollar_for("BMW made $1bn.") == "USD"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares fell 12% on the news.",
        "It will cut 3,000 jobs.",
        "The 1500 already announced will stay.",
        "It sold 2.5 million cars in 2019.",
        "The V8 engine and the Z4/Supra.",
        "TOKYO, March 3, 2024 (Reuters) - Nissan said.",
    ],
)
def test_not_money(sentence: str) -> None:
    assert find_money(sentence) == []


def test_a_year_is_attached_only_when_stated_for_the_figure() -> None:
    assert one("The 2019 plan cost $4bn.").year is None
    assert one("It lost $1.2bn in 2023.").year == 2023
    assert one("Of the 2,000 staff, $3m was spent.").year is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("JLR wrote off nearly $4.0 billion in 2019.", ["write-off"]),
        ("Kia made a profit of $1bn.", ["profit"]),
        ("Toyota booked an impairment of ¥160bn.", ["impairment"]),
        ("It has $5bn.", [None]),
        # the word that governs each figure, not the first kind word of the clause
        (
            "Nio posted a net loss of 5.1 billion yuan against a profit of 4.2 billion yuan a year earlier.",
            ["loss", "profit"],
        ),
        (
            "Kia's operating profit rose to 3.2 trillion won, while revenue hit 27 trillion won.",
            ["operating profit", "revenue"],
        ),
        ("Shares of Renault fell 3% to 41.37 euros.", ["share price"]),
        ("GM will take a $1.6 billion charge.", ["cost"]),
        ("Stellantis paid €1.5bn for the stake.", ["deal value"]),
        ("The company is valued at $12bn.", ["market value"]),
        ("Mahindra will provide a guarantee to creditors of €114.5 million.", ["guarantee"]),
        # what a deal adds to earnings per share is profit (per share: figure_kinds), not a price paid
        ("The Delphi acquisition will add about $0.31 per share in adjusted earnings annually.", ["profit"]),
        # an analyst's price target is a share price, not a car's
        ("The analyst raised GM's price target to $48 from $43.", ["share price", "share price"]),
        # what the exchange says a company is worth, and the value a deal puts on it
        ("The price is three times KamAZ's market price, which was $806 million on Wednesday.", ["market value"]),
        ("The all-stock deal puts Delphi's enterprise value at $3.3 billion.", ["market value"]),
        # the sentence's subject is a trade, whatever stands between it and its "was worth"
        (
            "The transaction, part of a long-term partnership, would involve a capital increase and was worth "
            "560 million euros in all.",
            ["deal value"],
        ),
        # what the owners put into a company is its capital; a kind word after "and the" is the next clause's
        (
            "The share capital of the new company will be USD 54 M and the total investment will amount to USD 97 M.",
            ["capital", "investment"],
        ),
        ("It agreed to this to get a government bailout of RM1.5 billion.", ["funding"]),
        # a sum committed or pledged to something is put into it
        ("Hero has committed ₹900 crore to the new plant over three years.", ["investment"]),
        ("Volvo pledged a further $300 million towards the charging network.", ["investment"]),
        # a commitment word without "to" after the figure, or with a kind word nearer, is not one
        ("The lender committed $300 million, the filing said.", [None]),
        ("Kia committed to a loan of $300 million to the dealer group.", ["funding"]),
        # what analysts or the market expected is an estimate, not the company's figure
        ("Sales came to $4.1bn, above market expectations of $3.9bn.", ["revenue", "estimate"]),
        ("Profit was $700m, short of analysts' average expectation of $750m.", ["profit", "estimate"]),
        # each figure takes the noun right before it, and capital put in is funding
        ("It had assets of 4.2 billion yuan and liabilities of 5.6 billion yuan.", ["assets", "debt"]),
        ("The partners injected 1.6 billion yuan into the venture.", ["funding"]),
        # registered capital raised by a sum is funding; the capital a venture has is no kind we know
        ("Its sales unit will raise its registered capital by 450 million yuan.", ["funding"]),
        # the noun right after "in" names the figure; income before tax is a profit
        ("GM overcame $1.5 billion in costs from its recall to post a profit.", ["cost"]),
        ("Kia reported pretax income of $463 million in China.", ["profit"]),
        ("Ford paid $2 billion in cash for the stake.", ["deal value"]),
        ("Volvo agreed to buy Kestrel Diesel Corp., an Ohio engine maker, for $410 million in cash.", ["deal value"]),
        # a price per share may name the company and the class of the share; a closing price is the share's
        ("It is a discount to the closing price of 1,773.4 rupees on Friday.", ["share price"]),
        # what a company aims for is its target, not a figure it has: "aim for 9 billion euros in turnover"
        ("The venture will aim for 9 billion euros in annual turnover by 2030.", ["target"]),
        ("Kia aims to reach $20bn in revenue for the unit.", ["target"]),
        ("Kia has a sales goal of $20bn and made revenue of $15bn last year.", ["target", "revenue"]),
        # what a company would pay is a price, not a wage
        ("Geely would pay around $200 million through a capital increase.", ["deal value"]),
        # a price paid for a share of a company is its value; what associates contribute is equity income
        ("Nissan will pay ¥237 billion for 34 percent of Mitsubishi.", ["deal value"]),
        ("The contribution of associated companies came to 160 million euros.", ["equity income"]),
        # what partners contribute is put in; "in cash" says how, and cash a company has is its cash
        (
            "Kia and Hyundai Mobis will contribute $1.6 billion in cash and $400 million in services.",
            ["investment", "investment"],
        ),
        ("Kia had $5bn in cash at the end of June.", ["cash"]),
        # shares sold to raise money: funding, not a share's price
        ("Lear completed a $200 million sale of common stock in a private placement.", ["funding"]),
        # what a venture "is valued at" is its worth; a project valued at a sum is what is spent on it
        ("Called LG Magna e-Powertrain, the JV is valued at about $1 billion.", ["market value"]),
        ("The project is valued at about $1 billion.", ["investment"]),
        # EBITDA spelled out with its serial comma is one noun; a business's book value is what it owns
        (
            "The unit reported revenue of 116 billion yen and earnings before interest, taxes, depreciation, and "
            "amortization of 13 billion yen.",
            ["revenue", "operating profit"],
        ),
        ("The business has a book value of 59.2 billion yen.", ["assets"]),
        # a line of credit is money raised, whatever debt the sentence names
        ("BorgWarner opened an undrawn $900 million line of credit to satisfy takeover rules.", ["funding"]),
        ("Geely will set up a platform for Boyue where the implied value was RM290 million.", ["market value"]),
        # the change by which a forecast moved is not a figure of its kind; a settlement paid is a fine
        ("Revenue was revised down by 150 billion yen to 15.45 trillion yen.", [None, "revenue"]),
        ("It raised its operating-profit forecast from ¥725bn to ¥745bn.", ["operating profit", "operating profit"]),
        ("Honda agreed to pay $484m to settle a class action.", ["fine"]),
        # a stake named by its worth: what it is worth, and a deal's value when it changes hands
        ("Toyota holds a $5 billion stake in Subaru.", ["market value"]),
        ("GM will receive a $2 billion equity stake in Nikola.", ["deal value"]),
        # how far a figure beat or missed the estimate is not a figure of its kind
        ("Revenue of $47.3 billion beat estimates by $3.1 billion.", ["revenue", None]),
        ("Kia missed analysts' forecasts by $200 million.", [None]),
        # a gloss in brackets names no kind, and a kind word after "while" is the next clause's
        (
            "Its operating profit (earnings before interest and taxes) rose 60% to $2.6bn while total revenue rose "
            "14% to $22bn.",
            ["operating profit", "revenue"],
        ),
        # one-off items, and profit before them, are neither revenue nor profit; what a paper's poll expects is
        # an estimate; earnings before interest are an operating profit
        ("Profit rose, driven by an exceptional income of $363 million on the sale of a unit.", ["exceptional item"]),
        ("Its profit before exceptional items stood at $1 billion.", ["profit before exceptional items"]),
        ("Revenue beat a Bloomberg estimate of $12.9 billion.", ["estimate"]),
        ("Net profit was short of the estimated $1.2 billion.", ["estimate"]),
        ("Operating profit, or earnings before interest and tax, rose to $1.9 billion.", ["operating profit"]),
        # a venture's capital is money raised for it; a move in brackets after a percentage is no price
        ("The 50:50 venture will have an initial capitalisation of $74 million.", ["funding"]),
        ("Kia shares closed 2.7% ($1.20) lower at $44.10 on Friday.", [None, "share price"]),
        # a deal's worth set off with commas is its value
        ("The deal, worth $1.6 billion, gives Kia a seat on the board.", ["deal value"]),
        # the parent company's own books and the group's are two figures for one quarter
        (
            "Group net profit rose to Rs 2,222 crore, while standalone net profit fell to Rs 432 crore on "
            "standalone revenue of Rs 12,000 crore.",
            ["profit", "standalone profit", "standalone revenue"],
        ),
    ],
)
def test_money_kind_comes_from_the_word_that_governs_it(sentence: str, kind: list[str | None]) -> None:
    assert [money_kind(sentence, h.start, h.end) for h in find_money(sentence)] == kind


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a figure divided by the company's shares is never the total it is divided from
        ("Ford earned 45 cents a share, up from 30 cents a year earlier.", ["profit per share", "profit per share"]),
        ("GM made net income of $2.6 billion, or $1.70 per share.", ["profit", "profit per share"]),
        ("Kia raised its dividend to 1,600 won per share.", ["dividend per share"]),
        # the company's name and the class of share may stand before "share"
        ("Traton will pay USD 44.50 per Navistar common share.", ["deal value per share"]),
        ("BMW will cut its dividend to 4.10 euros per ordinary share.", ["dividend per share"]),
        # what an offer pays a share, and the value it puts on the company, are the deal's
        (
            "Schaeffler offered 75 euros per Continental share, valuing the company at 12 billion euros.",
            ["deal value per share", "deal value"],
        ),
        ("Ford's adjusted EPS of $0.41 beat estimates.", ["profit per share"]),
        # the price a share trades at stays a share price; the move that took it there is no price
        ("Its shares rose $2.29 to $35.77.", [None, "share price"]),
        ("Ford shares gained 4 percent, or 33 cents, to $8.56.", [None, "share price"]),
    ],
)
def test_a_figure_per_share_is_its_own_kind(sentence: str, kinds: list[str | None]) -> None:
    assert figure_kinds(sentence, [(h.start, h.end) for h in find_money(sentence)]) == kinds


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        ("GM made a profit of $2.1 billion in North America in the quarter.", ["North America"]),
        ("Its China revenue fell to $4 billion.", ["China"]),
        ("In China, Kia's profit fell to $300 million.", ["China"]),
        ("Toyota will invest $2 billion in the US and Canada.", ["the US and Canada"]),
        ("Kia earned $1bn, while revenue in Europe rose to $9bn.", [None, "Europe"]),
        # a place that qualifies a noun, or another clause's, is no region of the figure
        ("Ford paid $2.1 billion in U.S. tariffs.", [None]),
        ("Tariffs on cars it ships to the US cost it about $1.4 billion.", [None]),
        ("Weak sales in Europe and $3.1bn of charges hit the group.", [None]),
        ("Hyundai Motor India had raised $1 billion from anchor investors.", [None]),
        # a part of the company: its segment, division or business
        ("Revenue from the truck segment during the quarter stood at $7.4 billion.", ["truck segment"]),
        ("Revenues for Kia's commercial vehicle business rose 4% to $500 million.", ["commercial vehicle business"]),
    ],
)
def test_a_figure_keeps_the_market_it_is_stated_for(sentence: str, regions: list[str | None]) -> None:
    assert [figure_region(sentence, h.start, h.end) for h in find_money(sentence)] == regions


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # after a verb, "from X to Y" and "by X to Y" are a change: two figures
        ("The sales forecast was hiked from ¥14.5-trillion to ¥15.05-trillion.", ["¥14.5-trillion", "¥15.05-trillion"]),
        (
            "Revenue was revised down by 150 billion yen to 15.45 trillion yen.",
            ["150 billion yen", "15.45 trillion yen"],
        ),
        # a price or a span from X to Y is one range
        ("It is priced from ₹21.90 lakh to ₹30.50 lakh.", ["₹21.90 lakh to ₹30.50 lakh"]),
        ("Estimates ranged from $2bn to $3bn.", ["$2bn to $3bn"]),
        # a sentence that gives an exchange rate gives no sums
        ("Honda expects the yen to average ¥109 to the dollar, cheaper than the ¥107 projected earlier.", []),
    ],
)
def test_changes_ranges_and_rates(sentence: str, texts: list[str]) -> None:
    assert [h.text for h in find_money(sentence)] == texts


def test_x_to_y_is_a_range_but_from_x_to_y_is_a_change() -> None:
    hit = one("GM expects profit of $12.5 billion to $13 billion.")
    assert (hit.amount, hit.amount_high) == (1.25e10, 1.3e10)
    assert [h.amount for h in find_money("Profit rose from $1bn to $2bn.")] == [1e9, 2e9]


def test_year_followed_by_a_comma_and_not_borrowed_across_clauses() -> None:
    assert one("Traton made €4.0bn in 2024, and its shares jumped.").year == 2024
    hits = find_money("It lost £289m before tax in 2024 and has net debt of more than £1.1bn.")
    assert [h.year for h in hits] == [2024, None]


@pytest.mark.parametrize(
    ("text", "amount", "currency", "high"),
    [
        ("Revenue was $47.3B.", 4.73e10, "USD", None),
        ("It lost $690M.", 6.9e8, "USD", None),
        ("Its value is ₹3.81 lakh crore.", 3.81e12, "INR", None),
        ("Revenue was Rs 1,50,236.40 crore.", 1.5023640e12, "INR", None),
        ("A deal could value the unit at Rs 12,000-15,000 crore.", 1.2e11, "INR", 1.5e11),
        ("The shares closed at 88.4p.", 0.884, "GBP", None),
        ("It is priced from ₹21.90 lakh to ₹30.50 lakh.", 2.19e6, "INR", 3.05e6),
    ],
)
def test_real_world_number_forms(text: str, amount: float, currency: str, high: float | None) -> None:
    hit = one(text)
    assert (round(hit.amount, 6), hit.currency, hit.amount_high) == (round(amount, 6), currency, high)


def test_an_exchange_rate_note_is_no_figure() -> None:
    assert find_money("($1 = 1,379.50 won)") == []


def test_a_conversion_keeps_its_approximation_inside_the_bracket() -> None:
    hit = one("Kia will invest 1.4 trillion won (approximately €890 million) in Zilina.")
    assert (hit.amount, hit.converted_amount, hit.converted_currency) == (1.4e12, 8.9e8, "EUR")


def test_a_rise_from_one_figure_to_another_is_two_figures() -> None:
    assert len(find_money("Profit rose from $1bn to $2bn.")) == 2


def test_us_dollars_are_not_singapore_dollars() -> None:
    assert dollar_for("It earned US$5 billion; its order book is $9.3 billion.") == "USD"


# Amounts written in words are figures, stated as written; the number and scale words are data (money.yaml).
@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency", "qualifier"),
    [
        ("Renault will spend two billion euros on the plant.", "two billion euros", 2e9, "EUR", None),
        ("The group raised half a billion pounds from investors.", "half a billion pounds", 5e8, "GBP", None),
        ("Volvo put about one billion dollars into the venture.", "about one billion dollars", 1e9, "USD", "about"),
        ("The plant cost twenty-five million euros.", "twenty-five million euros", 2.5e7, "EUR", None),
        ("A billion euros was set aside for the recall.", "A billion euros", 1e9, "EUR", None),
        ("Kia booked one trillion won in profit.", "one trillion won", 1e12, "KRW", None),
    ],
)
def test_amounts_in_words(sentence: str, text: str, amount: float, currency: str, qualifier: str | None) -> None:
    [hit] = find_money(sentence)
    assert (hit.text, hit.amount, hit.currency, hit.qualifier) == (text, amount, currency, qualifier)
    assert sentence[hit.start : hit.end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "It is one of the largest makers of trucks.",
        "Whether the bet pays off is a billion-dollar question.",
        "It sold a million vehicles last year.",
        "The mill ships two million pounds of steel a year.",
        "Half a million won the right to vote.",
        # part of a longer spelled number: none rather than a wrong amount
        "They spent two hundred million euros.",
        "Sales topped three and a half billion euros.",
        "The bill will be between one and two billion euros.",
    ],
)
def test_no_amount_in_words(sentence: str) -> None:
    assert find_money(sentence) == []


# A decimal comma (South African and European papers): "9,3-billion" is 9.3 billion; a comma before three digits
# still groups thousands.
@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The group spends $9,3-billion a year on research.", 9.3e9),
        ("Renault put €2,5 billion into the plan.", 2.5e9),
        ("It spent $2.5-billion on tooling.", 2.5e9),
        ("It paid $1,250 million for the stake.", 1.25e9),
        ("The car costs $12,500.", 12500.0),
    ],
)
def test_a_decimal_comma_before_a_scale(sentence: str, amount: float) -> None:
    assert one(sentence).amount == pytest.approx(amount)


# A currency named with its country ("Japanese yen") is that currency.
@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("The venture will be capitalised at 3 billion Japanese yen.", 3e9, "JPY"),
        ("Its partner paid 40 million Chinese yuan for the licence.", 4e7, "CNY"),
        ("The supplier lost 90 billion South Korean won.", 9e10, "KRW"),
    ],
)
def test_a_currency_named_with_its_country(sentence: str, amount: float, currency: str) -> None:
    hit = one(sentence)
    assert (hit.amount, hit.currency) == (amount, currency)


def test_a_bracket_of_several_conversions_is_one_fact() -> None:
    hit = one("A first outlay of 15 billion Japanese yen (about Rs 8.1 billion, $120 million) goes into the plant.")
    assert (hit.amount, hit.currency, hit.converted_amount, hit.converted_currency) == (1.5e10, "JPY", 8.1e9, "INR")
    assert hit.text.endswith("$120 million)")


def test_the_same_sum_in_another_currency_after_or_is_one_fact() -> None:
    hit = one("SMP will acquire Nissens for around $388 million or 360 million euros in cash.")
    assert (hit.amount, hit.currency, hit.converted_amount, hit.converted_currency) == (3.88e8, "USD", 3.6e8, "EUR")
    # a figure per share after "or" is another figure, of the same currency
    assert len(find_money("Net income was $2.6 billion, or $1.70 per share.")) == 2


# A scale word joined to its currency word by a hyphen ("a 2.4 trillion-yen plan", as Japanese and Korean papers
# write it) is one figure, and a bracket after it converts it.
@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency", "converted"),
    [
        (
            "Hino laid out a 2.4 trillion-yen ($16 billion) overhaul of its truck range.",
            "2.4 trillion-yen ($16 billion)",
            2.4e12,
            "JPY",
            1.6e10,
        ),
        ("The supplier won a 95 billion-won order from Kia.", "95 billion-won", 9.5e10, "KRW", None),
        ("Tata set aside a 300 million-euro fund for the site.", "300 million-euro", 3e8, "EUR", None),
        ("Maruti will build a Rs 2,000-crore paint shop.", "Rs 2,000-crore", 2e10, "INR", None),
    ],
)
def test_a_scale_hyphenated_to_its_currency(
    sentence: str, text: str, amount: float, currency: str, converted: float | None
) -> None:
    hit = one(sentence)
    assert (hit.text, hit.amount, hit.currency, hit.converted_amount) == (text, amount, currency, converted)


@pytest.mark.parametrize(
    "sentence",
    [
        "($1 = 151.4100 yen)",
        "($1 = 0.9210 euro)",
        "The yen-denominated bonds sold out.",
        # a hyphenated word after a number that is no currency
        "It will add a 2-million-unit plant.",
    ],
)
def test_no_hyphenated_figure(sentence: str) -> None:
    assert find_money(sentence) == []


# Currencies of South-East Asian and other papers, in words and symbols.
@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("Geely will pay 460 million ringgit for the stake.", 4.6e8, "MYR"),
        ("The offer was worth RM1.2 billion, the paper said.", 1.2e9, "MYR"),
        ("Foxconn will invest NT$3 billion in the plant.", 3e9, "TWD"),
        ("The carmaker will spend 20 billion baht on the factory.", 2e10, "THB"),
        ("The maker will invest Rp 4 trillion in Java.", 4e12, "IDR"),
        ("Sales rose to 9 billion Mexican pesos.", 9e9, "MXN"),
        # Australian papers put a foreign dollar's letters after the sign
        ("Volvo will invest $US275m in the venture.", 2.75e8, "USD"),
        ("The bid was worth $NZ40 million.", 4e7, "NZD"),
    ],
)
def test_currencies_of_asian_and_other_papers(sentence: str, amount: float, currency: str) -> None:
    found = one(sentence)
    assert (found.amount, found.currency) == (pytest.approx(amount), currency)


@pytest.mark.parametrize(
    "sentence",
    # capitals that only look like a currency: no figure
    ["The RM team met 3 times.", "Rp and RM are initials of two managers, both 40 years old."],
)
def test_no_figure_from_currency_like_capitals(sentence: str) -> None:
    assert find_money(sentence) == []


def test_what_a_figure_is_keeps_a_pair_of_nouns_joined_by_and() -> None:
    text = "T\n\nIts revenue and other income rose by 24 per cent to Rs 13,355 crore.\n"
    [m] = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer()).money
    assert m.what.startswith("Its revenue and other income rose")


def test_what_a_figure_is_keeps_a_gloss_in_brackets_whole() -> None:
    text = "T\n\nIts operating profit (earnings before interest and taxes) rose 60% to $2.6bn while revenue rose.\n"
    [m] = extract_article(parse_article(text, "t.txt", "t"), load_gazetteer()).money
    assert m.what.startswith("Its operating profit (earnings before interest and taxes) rose")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Its president is pursuing a goal to boost annual revenue to ¥3.7 trillion by March 2020.", "target"),
        ("Kia aims to lift sales to $90 billion by 2030.", "target"),
        ("Revenue rose to ¥3.7 trillion.", "revenue"),
        ("Kia aims to invest $9 billion by 2030.", "investment"),
    ],
)
def test_a_result_a_company_means_to_reach_is_a_target(sentence: str, kind: str) -> None:
    [hit] = find_money(sentence)
    assert figure_kinds(sentence, [(hit.start, hit.end)]) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("XPeng's cars typically sell for around $27,500 or more.", "vehicle price"),
        ("Changan said it is seeking a floor price of 1.63 billion yuan for its stake in the venture.", "deal value"),
    ],
)
def test_what_cars_sell_for_and_a_floor_price(sentence: str, kind: str) -> None:
    [hit] = find_money(sentence)
    assert figure_kinds(sentence, [(hit.start, hit.end)]) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "It announced a long-term plan to increase revenues to £2 billion and secure earnings of £500 million.",
            "target",
        ),
        ("Mahindra has agreed to subscribe to new stock of SsangYong worth $378 million.", "deal value"),
    ],
)
def test_a_plans_results_and_stock_subscribed_to(sentence: str, kind: str) -> None:
    hits = find_money(sentence)
    assert set(figure_kinds(sentence, [(h.start, h.end) for h in hits])) == {kind}


def test_shares_sold_at_a_price_each_are_a_deals_value() -> None:
    sentence = "Dongfeng said it had sold 36.1 million Stellantis shares at a price of 16.65 euros each."
    [hit] = find_money(sentence)
    assert figure_kinds(sentence, [(hit.start, hit.end)]) == ["deal value"]
    sentence = "Kia sells the cars at a price of $20,000 each."
    [hit] = find_money(sentence)
    assert figure_kinds(sentence, [(hit.start, hit.end)]) == ["vehicle price"]


def test_an_emission_standard_is_no_sum_of_euros() -> None:
    assert [
        h.text for h in find_money("The engines meet Euro 2, Euro 3 and Euro 4 norms; the plant cost Euro 5 million.")
    ] == ["Euro 5 million"]
