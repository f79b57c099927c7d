"""What a money figure is (revenue, a loss, a deal's value ...), from the word that governs it (kind words in
data/money.yaml `kinds`)."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.amounts import MOVE_VERBS
from briefing.extract.figure_periods import APPOSED, PER_SHARE, compared
from briefing.extract.heads import built_patterns, head_kind, kind_words
from briefing.extract.person_names import load_lexicon
from briefing.extract.trades import deal_worth, traded_sum

# ... but "earnings before interest, taxes, depreciation, and amortization of X" (EBITDA spelled out) is one noun
_CLAUSE_EDGE = re.compile(r"[;:]\s|,\s+(?:and|but|while|whereas)\s(?!amorti[sz]ation\b)|\s+(?:while|whereas|but)\s")
# "paid $3.5 billion to build the plant": money spent on building is an investment, not a price or a salary.
_TO_BUILD = re.compile(
    r"\s+(?:in order\s+)?to\s+(?:build|construct|expand|equip|retool|upgrade|set up|establish|open)\b"
)
_PAY_VERB = re.compile(r"\b(?:will|would|to|could|can|must|should|may|might)\s+pay$")
_TO_SETTLE = re.compile(r"\s+(?:in\s+order\s+)?to\s+(?:settle|resolve|end)\b")
_NEW_CLAUSE = re.compile(
    r"\b(?:said|says|told|added)\b|,\s+(?:it|they|he|she|we|the\s+[\w-]+)\s+"
    r"(?:would|will|could|has|have|had|is|are|was|were|plans?|expects?|hopes?)\b"
)
_MARGIN = re.compile(
    r"\b(?:beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeds|lagged|trailed)"
    r"\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_PAID_IN = re.compile(r"\bin\s+(?:cash|shares|stock)$", re.IGNORECASE)
_MOVED = re.compile(rf"\b(?:{MOVE_VERBS}|lost)\s+(?:(?:[\d.]+\s*(?:%|percent|per\s?cent),?\s+or\s+)|(?:by\s+)?)$")
_PCT_OPEN = re.compile(r"\d\s*(?:%|percent|per\s?cent)\s*\(\s*$")
_MOVE_CLOSE = re.compile(r"\s*\)\s*(?:lower|higher|up|down|to)\b")
_BY = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
_TO_FIGURE = re.compile(r",?\s+to\s+\S{0,4}\d")
# A goal a company means to raise a result to, set before the result's word and the figure
_RESULTS = frozenset({"revenue", "profit", "operating profit", "net profit", "sales"})
_GOAL = re.compile(
    r"\b(?:goal|target|aim|aims|aiming|aimed|ambition|seeks?|seeking|plan)\s+(?:is\s+)?to\s+(?:boost|raise|lift|increase|"
    r"grow|double|triple|push|take)\b[^;:]*\b(?:to|of)\s+$",
    re.IGNORECASE,
)
_CARS_SELL_FOR = re.compile(
    r"\b(?:cars?|vehicles?|models?|SUVs?|EVs?|sedans?|pickups?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:sell|sells|sold|retail|retails|cost|costs|start|starts)\s+(?:for|at|from)\s+(?:around\s+|about\s+)?$",
)
# "the sale of 36.1 million Stellantis shares ... at a price of 16.65 euros each": a price per share sold
_EACH_SHARE = re.compile(r"\s+each\b")


def _each_share(sentence: str, span: tuple[int, int]) -> bool:
    return bool(_EACH_SHARE.match(sentence, span[1]) and re.search(r"\bshares\b", sentence[: span[0]]))


_WORTH_OF = re.compile(r"\s+worth\s+of\s", re.IGNORECASE)
_WORTH = frozenset({"worth", "valued at", "valuing", "values", "valuation"})


@domain.compiled
def _venture_words() -> frozenset[str]:
    return frozenset(w.lower() for w in domain.money().venture_words)


def beat_margin(sentence: str, start: int) -> bool:
    """ "beats by $0.08", "missed forecasts by $200 million": the figure is how far another one beat or missed."""
    return bool(_MARGIN.search(sentence, max(0, start - 60), start))


@domain.compiled
def _commitment() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(domain.money().commitments, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:[\w-]+\s+){{0,2}})$", re.IGNORECASE)


def _committed(sentence: str, lo: int, start: int, end: int) -> bool:
    """ "has committed ₹500 crore to the plant", "pledged a further $1bn towards": a commitment word right
    before the figure in its clause, "to", "towards" or "into" right after it."""
    return bool(_commitment().search(sentence, lo, start)) and bool(
        re.match(r"\s+(?:to|towards|toward|into)\s", sentence[end:])
    )


def money_kind(sentence: str, start: int, end: int) -> str | None:
    """What a figure is, from the word that governs it: the noun its phrase names ("a $2.4bn factory"), else
    the nearest kind word before it in its clause, else one within three words after it ("$2bn in revenue").
    What analysts expect is an estimate unless a kind word after their verb names what it is an estimate of
    ("analysts had forecast a loss of X": a loss, and nobody's, extract/figures.py); what shares or a stake
    change hands for is the deal's value, however it is worded (extract/trades.py)."""
    if beat_margin(sentence, start):
        return None  # "EPS of $0.41 beats by $0.08": how far a figure beat the estimate, not a figure of its kind
    if (_BY.search(sentence, max(0, start - 40), start) or _MOVED.search(sentence, max(0, start - 60), start)) and (
        _TO_FIGURE.match(sentence, end)
    ):
        # "revised downward by ¥150bn to ¥15.45trn", "shares gained 4 percent, or 33 cents, to $8.56": the change,
        # not a figure of the kind
        return None
    if _PCT_OPEN.search(sentence, max(0, start - 20), start) and _MOVE_CLOSE.match(sentence, end):
        return None  # "closed 2.69% (JPY 90.0) lower at JPY 3,261.0": the move in brackets, not a price
    if _CARS_SELL_FOR.search(sentence, max(0, start - 80), start):
        return "vehicle price"  # "XPeng's cars typically sell for around $27,500": what a car costs
    if _WORTH_OF.match(sentence, end) and not traded_sum(sentence, start, end):
        return None  # "$400 million worth of intellectual property": what the goods are worth, of no kind we name
    if _PRICE_TARGET_AFTER.match(sentence, end):
        return "share price"  # "his $17 stock price target on Lightning": an analyst's target for the stock
    kind = _governing_kind(sentence, start, end)
    if (verb := expected(sentence, start)) and not (kind and kind_words()[0].search(sentence, verb, start)):
        return "estimate"
    if kind in (None, "share price", "market value") and traded_sum(sentence, start, end):
        return "deal value"  # "shares valued at X", "X worth of stock", "a stake for X"
    if kind == "cost" and _AT_A_COST.search(sentence, max(0, start - 160), start):
        return "deal value"  # "will take a 12 per cent stake in VECV at a cost of US$310 million": its price
    if kind in _RESULTS and _GOAL.search(
        sentence, max([0] + [m.end() for m in _CLAUSE_EDGE.finditer(sentence[:start])]), start
    ):
        return "target"  # "is pursuing a goal to boost annual revenue to ¥3.7 trillion": no revenue it has
    return kind


@domain.compiled
def _estimators() -> re.Pattern[str]:
    r = domain.money()
    return re.compile(
        # "Analysts polled by Yonhap Infomax had expected": the pollster between them and their verb
        rf"(?<![\w-])(?:{_words(r.estimators)})\s+(?:(?:polled|surveyed)\s+by\s+(?:[A-Z][\w&.-]*\s+){{1,3}})?"
        rf"(?:(?:had|have|has|were|was|are|is|been|on\s+average)\s+){{0,2}}"
        rf"(?:{_words(r.expecting)})(?![\w-])",
        re.IGNORECASE,
    )


def estimated_after(sentence: str, end: int) -> bool:
    """ "the ¥4.3 trillion that analysts had pencilled in": analysts' words right after the figure name it theirs."""
    that = _THAT.match(sentence, end)
    return bool(that and _estimators().match(sentence, that.end()))


def expected(sentence: str, start: int) -> int:
    """Where the words end that say analysts expect the figure ("Analysts were looking for"), in its clause;
    0 when none do."""
    lo = max([0] + [m.end() for m in _CLAUSE_EDGE.finditer(sentence[:start])])
    m = _estimators().search(sentence, lo, start)
    return m.end() if m else 0


def _words(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@domain.compiled
def _earning_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in domain.money().earning_verbs)


def _named_in(sentence: str, end: int) -> str | None:
    """The kind a noun after "in" names: "$2bn in revenue", "$504 million in Chinese joint venture income"."""
    pattern, by_word = kind_words()
    m = re.match(r"\s+in\s+", sentence[end:])
    at = end + m.end() if m else -1
    for _ in range(4 if m else 0):  # the noun, after up to three words that qualify it
        if kind := pattern.match(sentence, at):
            return by_word[kind.group().lower()]
        word = re.match(r"[\w-]+\s+", sentence[at:])
        if not word:
            break
        at += word.end()
    return None


def _in_brackets(sentence: str, lo: int, at: int, start: int) -> bool:
    """Whether `at` sits inside brackets closed before the figure at `start`."""
    inside = sentence[lo:at].count("(") > sentence[lo:at].count(")")
    return inside and ")" in sentence[at:start]


# "will add about $0.31 per share in adjusted earnings": the noun after "in" names the figure per share too
_IN = re.compile(r"\s+(?:(?:a|per)\s+share\s+)?in\s+")
_IN_ONE_WORD = re.compile(r"\s+(?:(?:a|per)\s+share\s+)?in\s+[a-z-]+\s+")
# "will add about 24 cents per share to Delphi's 2013 earnings": what a deal adds to, per share
_PER_SHARE_TO = re.compile(r"\s+(?:a|per)\s+share\s+to\s+(?:[A-Z][\w&.-]*[’']s\s+)?(?:(?:\d{4}|[a-z-]+)\s+){0,2}")


def _governing_kind(sentence: str, start: int, end: int) -> str | None:
    pattern, by_word = kind_words()
    lo = max([0] + [m.end() for m in _CLAUSE_EDGE.finditer(sentence[:start])])
    # "operating profit (earnings before interest and taxes) rose to X": a gloss in brackets names no kind;
    # "in cash", "in shares" is the form a sum is paid in
    before = [
        m
        for m in pattern.finditer(sentence, lo, start)
        if not _in_brackets(sentence, lo, m.start(), start)
        and not _PAID_IN.search(sentence, lo, m.end())
        and not _RATING.match(sentence, m.end())  # "reiterated his buy rating and $17 price target": no purchase
    ]
    if (
        len(before) >= 2
        and before[-1].group().lower() in _PARTICIPLES
        and re.fullmatch(r"(?:\s+[\w-]+){0,3}\s+", sentence[before[-2].end() : before[-1].start()])
        and not re.match(r"\s+(?:for|at)\b", sentence[before[-1].end() :])  # "the shares sold for X": a price
    ):
        # "the net book value of the assets sold, as of Dec. 31, was $37.7 million": "sold" says which assets
        before = before[:-1]
    near = [m for m in before if len(sentence[m.end() : start].split()) <= 5]
    # "overcame $1.5 billion in costs", "raised $300m in funding": the noun right after "in" names the figure,
    # unless what comes before makes it a goal ("aim for X in turnover"); not the form a price is paid in
    # ("paid $2bn in cash", "in shares")
    aimed = bool(near) and by_word[near[-1].group().lower()] == "target"
    word = None
    for lead in (_IN, _IN_ONE_WORD, _PER_SHARE_TO):  # "in costs", then "in annual turnover"
        if not aimed and (at := lead.match(sentence, end)) and (word := pattern.match(sentence, at.end())):
            break
    noun_kind = by_word[word.group().lower()] if word else None
    # "Bosch has received some 1.1 billion euros for its Denso shares", "For the 46 million Denso shares, Bosch has
    # received ...": what shares went for, a deal's value
    if _RECEIVED.search(sentence, lo, start) and (
        _FOR_SHARES.match(sentence, end) or _FOR_SHARES_FIRST.match(sentence[:start])
    ):
        return "deal value"
    # "about $13.5 billion on an enterprise value basis": the basis names what the figure measures
    basis = _BASIS.match(sentence, end)
    if basis and (named := pattern.fullmatch(basis["w"])):
        return by_word[named.group().lower()]
    if noun_kind == "vehicle price":
        noun_kind = "cost"  # "$1.5 billion in costs from its recall": the costs, not a car that "costs from"
    if noun_kind and noun_kind not in ("cash", "share price"):
        return noun_kind
    found, kind = head_kind(sentence, start, end)
    if found:
        return kind
    if _BOUGHT_FOR.search(sentence, lo, start) and (not near or by_word[near[-1].group().lower()] in _OBJECTS):
        # "has acquired certain assets and liabilities of the Pollak business for approximately $40 million": what
        # was bought is the verb's object, the sum after "for" its price
        return "deal value"
    if near:
        word = near[-1].group().lower()
        kind = by_word[word]
        if word == "valuing" and _OFFERED.search(sentence, 0, near[-1].start()):
            return "deal value"  # "offered 75 euros a share, valuing the company at 12 billion euros": the offer's
        if word == "paid" and re.search(rf"\b(?:{load_lexicon().role_re})\b", sentence[near[-1].end() : start]):
            return "pay"  # "paid Chief Executive Officer Jens Hartmann €10.2 million": a wage, not a price
        if word in ("worth", "valued at") and deal_worth(sentence, lo, near[-1].start()):
            return "deal value"  # "The subscription, worth X", "the swap is worth X"
        if word in _WORTH and (of := built_patterns()[1].search(sentence, lo, near[-1].start())):
            if word == "valued at" and of["built"] and of["built"].lower() in _venture_words():
                return "market value"  # "the JV is valued at about $1 billion": what the company is worth
            return "investment" if of["built"] else None  # "a project worth", "a proposal worth"
        if kind in ("pay", "deal value") and _TO_BUILD.match(sentence[end:]):
            return "investment"  # "will pay $3.5 billion to build the plant"
        paid = kind == "pay" and (
            re.match(r"\s+for\s", sentence[end:]) or _PAY_VERB.search(sentence, lo, near[-1].end())
        )
        if paid and not _TO_SETTLE.match(sentence[end:]):
            # "Nissan will pay ¥237 billion for 34 percent of Mitsubishi", "Geely would pay around $200 million
            # through a capital increase": a price paid, not a wage
            return "deal value"
        if kind in ("pay", "deal value") and _TO_SETTLE.match(sentence[end:]):
            return "fine"  # "agreed to pay $484m to settle a class action": a settlement, not a wage or a price
        if word in _earning_verbs() and (named := _named_in(sentence, end)):
            return named  # "earned $504 million in joint venture equity income"
        return kind
    if _committed(sentence, lo, start, end):
        return "investment"  # "has committed ₹500 crore to the plant"
    after = pattern.search(sentence, end, min(len(sentence), end + 40))
    longer = pattern.search(sentence, after.start() + 1, after.end() + 20) if after else None
    if after and longer and longer.start() < after.end() < longer.end():
        after = longer  # "in a share sale": the longer word that overlaps, not "a share"
    if after and _PAID_IN.match(sentence[end : after.end()].strip()) and re.search(r"\bfor\s+$", sentence[lo:start]):
        after = None  # "for $410 million in cash": the form a price is paid in ("had $5bn in cash" is cash)
    if (
        after
        and len(sentence[end : after.start()].split()) <= 3
        # "rose to ₹2,631 crore while total revenue rose": a kind word after "while" is the next clause's
        # ... and so is one after "and the": "will be USD 54 M and the total investment will amount to"
        and not re.search(
            r"[,;.]|(?<![\w-])(?:on|while|whereas|but)(?![\w-])|\band\s+(?:the|a|an|its|their)\b",
            sentence[end : after.start()],
        )
    ):
        return by_word[after.group().lower()]
    if _TO_BUILD.match(sentence[end:]):
        return "investment"
    # a kind word further back, unless a new clause starts between it and the figure: "Despite heavy losses,
    # the carmaker said it would put $2 billion into the site" is no loss
    if before and not _NEW_CLAUSE.search(sentence, before[-1].end(), start):
        head = before[-1]
        gap = sentence[before[-2].end() : head.start()] if len(before) >= 2 else ""
        if re.match(r"\s+(?:for|of)\s", gap) and not re.search(r"\d", gap) and len(gap.split()) <= 6:
            # "The total purchase price for Volvo and the assets ... was $1.8 billion": the noun after "for"
            # completes the head before it
            head = before[-2]

        return by_word[head.group().lower()]
    return None


_BOUGHT_FOR = re.compile(
    r"\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing|"
    r"sell|sells|sold|selling)\b[^;:]{0,200}?\s(?:assets|liabilities|business|operations|unit|division)\b"
    r"[^;:]{0,80}?\bfor\s+$"
)
# kinds of the nouns a buyer takes over, never the price: "assets and liabilities", "its cash"
_OBJECTS = frozenset({"assets", "debt", "cash"})
# verbs of a trade that, right after a noun, say which thing is meant ("the assets sold"), not what a figure is
_PARTICIPLES = frozenset({"sold", "bought", "acquired", "purchased"})
_THAT = re.compile(r"\s+(?:that|which)\s+")
_PRICE_TARGET_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:price\s+target|target\s+price|price\s+objective)\b")
_RATING = re.compile(r"\s+(?:rating|recommendation|call)\b")
_TOTAL_OF = re.compile(r"\s*,\s*(?:for\s+)?a\s+total\s+of\s+")
_AT_A_COST = re.compile(
    r"\b(?:stake|stakes|shares|shareholding|holding|acquire|acquisition|buy|purchase|take\s*over|takeover)\b"
    r"[^.;]{0,100}?\bat\s+a\s+(?:total\s+)?cost\s+of\s+$"
)
_RECEIVED = re.compile(r"\b(?:received|receives|receive|got|gets|fetched|fetches|paid|pays)\s+(?:[a-z]+\s+)?$")
_FOR_SHARES = re.compile(r"\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[\w.,-]+\s+){0,4}?(?:shares|stake|holding)\b")
_FOR_SHARES_FIRST = re.compile(r"^\s*For\s+(?:the\s+|its\s+|their\s+)?(?:[\w.,-]+\s+){0,5}?(?:shares|stake|holding)\b")
_BASIS = re.compile(r"\s+on\s+an?\s+(?P<w>[\w -]{3,40}?)\s+basis\b")
_OFFERED = re.compile(r"\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|takeover|buy(?:s|ing)?|acquir(?:e|es|ing))\b", re.I)
_BOUGHT_AT = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|offer|offers|"
    r"offered|bid|bids|pay|pays|paid|paying|accept|accepts|accepted)\b(?:[^;:.]{0,60}\b(?:at|for|of))?\s+(?:about\s+)?$"
    # "struck the deal with family shareholders over their 60% stake for 60 euros per share"
    r"|\b(?:stake|holding)\s+(?:for|at)\s+(?:about\s+)?$"
)
# "net income of $2.6 billion, or $1.70 per share": a figure per share set beside a total
_SHARE_OF = re.compile(r",\s+or\s+(?:about\s+)?[\d.]+\s?(?:%|per\s?cent|percent)\s+of\s+[\w-]+(?:\s+[\w-]+)?,")


def figure_kinds(sentence: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """The kind of each figure of a sentence, in order: each from the word that governs it (money_kind), but a
    figure per share set beside a total ("$2.6 billion, or $1.70 per share") is of the total's kind, and one
    it is compared with ("fell to $410 million, down from $430 million") of its pair's, when no kind word of
    its own stands between them."""
    kinds = [money_kind(sentence, s, e) for s, e in spans]
    per_share = [PER_SHARE.match(sentence, e) for _s, e in spans]
    divided = [bool(m) for m in per_share]
    pattern = kind_words()[0]
    beside = [
        bool(i and per_share[i] and APPOSED.fullmatch(sentence, spans[i - 1][1], s)) for i, (s, _e) in enumerate(spans)
    ]
    for i, (start, _end) in enumerate(spans):
        if beside[i] and kinds[i - 1]:
            kinds[i] = kinds[i - 1]
            continue
        if (
            i
            and (prior := per_share[i - 1])
            and (APPOSED.fullmatch(sentence, prior.end(), start) or _TOTAL_OF.fullmatch(sentence, prior.end(), start))
        ):
            # "for a price of $44.50 a share, or roughly $3.7 billion", "plans to buy the rest at $23 per share, a
            # total of approximately $423 million": the total of the same price
            bought = kinds[i - 1] == "share price" and _BOUGHT_AT.search(sentence[: spans[i - 1][0]])
            kinds[i] = "deal value" if kinds[i - 1] in ("vehicle price", "deal value") or bought else kinds[i]
            continue
        pairs = [j for j in range(i) if not beside[j]]
        if not pairs or per_share[i] or not compared(sentence, start):
            continue
        j = pairs[-1]
        # after the last figure before this one, and after its "per share", no kind word of this one's own
        before = per_share[i - 1]
        gap = before.end() if before else spans[i - 1][1]
        # ", or 6% of revenue,": a share of another figure, set aside, names no kind of this one
        between = _SHARE_OF.sub(",", sentence[gap:start])
        if not pattern.search(between):
            kinds[i] = kinds[j]
            divided[i] = divided[j]  # "45 cents a share, up from 30 cents": both per share
    # "earned 45 cents a share": a company's figure divided by its shares is not the figure itself
    # "for a price of $44.50 a share": what a share is bought for, a deal's value (per share, as the corpus reads
    # an offer per share), not a car's price
    kinds = [
        "deal value" if kind == "vehicle price" and (divided[i] or _each_share(sentence, spans[i])) else kind
        for i, kind in enumerate(kinds)
    ]
    # "will buy the rest of Navistar stock at US$44.50 per share", "will accept $44.50 per share": the price of
    # the shares a buyer takes, not where the stock trades
    # ... and "Schaeffler offered 75 euros per Continental share": with no kind word, what an offer pays a share
    kinds = [
        "deal value"
        if kind in ("share price", None) and divided[i] and _BOUGHT_AT.search(sentence[: spans[i][0]])
        else kind
        for i, kind in enumerate(kinds)
    ]
    return [f"{kind} per share" if divided[i] and kind in _DIVIDED else kind for i, kind in enumerate(kinds)]


_DIVIDED = frozenset(
    ("profit", "loss", "operating profit", "revenue", "dividend", "equity income", "cash", "deal value", "cost")
)
