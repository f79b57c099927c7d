"""Money in sentences: amount, ISO currency, qualifier, year stated for it, ranges and conversions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain


@dataclass(frozen=True)
class MoneyHit:
    text: str
    start: int
    end: int
    amount: float
    currency: str
    qualifier: str | None
    year: int | None
    amount_high: float | None = None
    converted_amount: float | None = None
    converted_currency: str | None = None


def _alt(options: object) -> str:
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))  # type: ignore[call-overload]


_DIGIT = re.compile(r"\d")
# "rose from $1bn to $2bn" is a change, two figures; "priced from ₹21.90 lakh to ₹30.50 lakh" is a range.
_CHANGE_FROM = re.compile(
    r"\b(?:rose|rise|rises|fell|fall|falls|increased?|decreased?|grew|grow|jumped|dropped|cut|raised|lifted|lowered"
    r"|climbed|slumped|widened|narrowed|up|down|improved|swung|shrank|declined|surged|soared|halved|doubled)\b"
    r"[^,;]{0,60}\bfrom\s*$"
)
# "shares rose $2.29 to $35.77", "revised downward by ¥150bn to ¥15.45trn": a move by one figure to another, two
# figures; "lost"/"raised" alone are left out ("expects to raise $100 million to $150 million" is a range).
MOVE_VERBS = (
    r"rose|rises|fell|falls|gained|gains|climbed|dropped|slipped|jumped|shed|declined|slid|tumbled|surged|soared|sank"
    r"|advanced|eased|added"
)
_MOVED_BY = re.compile(rf"(?:\b(?:{MOVE_VERBS})\s+|\bby\s+)(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
# "from ¥14.5-trillion to ¥15.05-trillion" after any verb is a change; a range is a price's or a span's
# ("priced from ₹21.90 lakh to ₹30.50 lakh", "ranging from $2bn to $3bn").
_RANGE_FROM = re.compile(
    r"\b(?:priced|prices?|pricing|ranging|ranges?|costs?|costing|starts?|starting|varies|vary|varying|anywhere"
    r"|between|estimates?|valued)\b[^,;]{0,40}\bfrom\s*$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s*$")
_RATE = re.compile(
    r"\d\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+)?(?:U\.?S\.?\s+)?(?:dollar|euro|pound|yen|yuan|won|rupee)\b"
)
_RATE_WRITTEN = re.compile(r"(?<![\w-])[A-Za-z€£¥]+/\S+|\S+(?=\s+exchange\s+rate\b)")
# 1,234,567.8; Indian grouping 1,50,236.40 (lakhs and crores); 1234.5
_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "$11,4-billion", "€2,5 billion": a comma before one or two digits groups no thousands, so it is a decimal
# comma (South African and European papers); read so only before a scale word, where no list of numbers stands.
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?![\d,])"


@domain.compiled
def _figure() -> re.Pattern[str]:
    r = domain.money()
    scale = rf"(?:(?:\s?|-)(?:{_alt(r.scales)})(?![\w]))"  # "$2.5 billion", "$2.5bn", "$2.5-billion"
    num = rf"(?:{_DECIMAL_COMMA}(?={scale})|{_NUM})"
    # "$1 trillion won ($1 billion)": a currency word after the figure names its currency, whatever the symbol
    symbol_first = (
        rf"(?P<sym>{_alt(r.symbols)})\s?(?P<n1>{num})(?:\s?[-–]\s?(?:{_alt(r.symbols)})?(?P<n1b>{_NUM}))?{scale}?"
        r"(?!\s*(?:%|per\s?cent\b|percent\b))"  # "the euro 2 percent higher": a move, no sum
        rf"(?:\s+(?P<word5>{_alt(r.words)})(?![\w-])(?!(?<=won)\s+(?:{_WON_VERB})\b))?"
    )
    # "95 billion won"; "a 1.5 trillion-yen plan": a hyphen joins the currency word only to a scale word
    word_after = rf"(?P<n2>{num})(?P<sc2>{scale})?(?:\s+|(?<=[A-Za-z])-)(?P<word>{_alt(r.words)})(?![\w])"
    minor = rf"(?P<n3>\d+(?:\.\d+)?)(?P<minor>p(?=\b)|\s(?:{_alt(k for k in r.minor_units if len(k) > 1)})(?![\w]))"
    # "two billion euros", "half a billion pounds": a spelled number, a spelled scale and a currency word, each
    # apart ("a billion-dollar question" is none); "pounds of" is a weight, "won the" a verb.
    spelled = (
        rf"(?P<sp>(?i:{_alt(r.spelled_numbers)})(?:-(?i:{_alt(_UNITS)}))?)\s+(?P<sc4>{_alt(r.spelled_scales)})"
        rf"\s+(?P<word4>{_alt(r.words)})(?![\w-])(?!(?<=pounds)\s+of\b)(?!(?<=won)\s+(?:{_WON_VERB})\b)"
    )
    return re.compile(rf"(?<![\w$£€¥₹₩.,-])(?:{symbol_first}|{word_after}|{minor}|{spelled})(?P<plus>-plus|\+)?")


# "twenty-five": a ten and a unit joined by a hyphen
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# what follows "won" the verb rather than the currency ("a million won the prize")
_WON_VERB = "the|a|an|its|their|his|her|our|over|approval|praise|support|back|out"


@domain.compiled
def _spelled_hint() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(domain.money().spelled_scales)})\b")


@domain.compiled
def _spelled_before() -> re.Pattern[str]:
    """A spelled figure that continues a number before it ("two hundred million", "three and a half billion",
    "between one and two billion") is only part of the amount: none is read rather than a wrong one."""
    words = _alt(domain.money().spelled_numbers)
    return re.compile(rf"(?:\d|\b(?:{words}))\s*(?:,|-|–|\band\b|\bto\b|\bor\b)?\s*$", re.IGNORECASE)


def _spelled_value(text: str) -> float | None:
    r = domain.money()
    m = re.match(
        rf"\s*(?P<n>{_alt(r.spelled_numbers)})(?:-(?P<u>{_alt(_UNITS)}))?\s+(?P<sc>{_alt(r.spelled_scales)})\b",
        text,
        re.IGNORECASE,
    )
    if not m:
        return None
    number = r.spelled_numbers[m["n"].lower()] + (_UNITS.index(m["u"].lower()) + 1 if m["u"] else 0)
    return number * r.scales[m["sc"]]


def _value(text: str) -> float:
    r = domain.money()
    m = re.search(rf"{_DECIMAL_COMMA}|{_NUM}", text)
    if m is None:
        spelled = _spelled_value(text)
        assert spelled is not None
        return spelled
    decimal = re.fullmatch(_DECIMAL_COMMA, m.group())
    number = float(m.group().replace(",", "." if decimal else ""))
    if re.fullmatch(rf"[\d.]+\s?(?:{_alt(r.minor_units)})", text.strip()):
        return number / 100  # 88.4p is £0.884
    tail = text[m.end() :].strip().lstrip("-").lower().rstrip("+").removesuffix("-plus")
    for word, factor in sorted(r.scales.items(), key=lambda kv: -len(kv[0])):
        if tail.startswith(word.lower()):
            return number * factor
    return number


def _currency(m: re.Match[str], dollar: str) -> str:
    r = domain.money()
    if m.group("minor"):
        return r.minor_units[m.group("minor").strip()]
    if m.group("word5"):
        return r.words[m.group("word5")]
    if m.group("sym"):
        sym = m.group("sym")
        return dollar if sym == "$" else r.symbols[sym]
    return r.words[m.group("word") or m.group("word4")]


def dollar_for(article_text: str) -> str:
    """The dollar a bare '$' means in this article: another dollar when the article names one."""
    for hint, code in domain.money().hints.items():
        # a whole token: "US$" names no Singapore dollar, though it ends in "S$"
        if re.search(rf"(?<![A-Za-z]){re.escape(hint)}", article_text):
            return code
    return "USD"


@domain.compiled
def _qualifier_at_end() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<q>{_alt(domain.money().qualifiers)})\s*$", re.IGNORECASE)


def _qualifier(before: str) -> str | None:
    m = _qualifier_at_end().search(before)
    return domain.money().qualifiers[m.group("q").lower()] if m else None


_YEAR_AFTER = re.compile(
    r"^[^.;,]{0,30}?\b(?:in|for|during|over|of)\s+(?:fiscal\s+|the\s+(?:fiscal\s+)?(?:year\s+)?|calendar\s+)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d|,\d|[-–]\d)"
)
# "... in 2021 for about ¥250 billion": the one year its clause gives, right before the figure, with nothing
# between them that could take it.
_YEAR_IN_CLAUSE = re.compile(
    r"\b(?:in|for|during)\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d{2})(?!\d|,\d|[-–]\d)\s+(?:(?!\b(?:and|but|while|as)\b)[^,;.\d]){0,40}$"
)
# "In 2023, Nissan lost ...": a year that opens the clause, set off by a comma.
_YEAR_BEFORE = re.compile(r"(?:^|[;:]\s+)(?:In|For|During)\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d{2}),\s+[^.;\d]{0,60}$")


_APPROX = r"(?:about\s+|around\s+|roughly\s+|approximately\s+|approx\.\s*|some\s+|nearly\s+|c\.\s*)?"
_BRACKET_OPEN = re.compile(rf"\s*\(\s*(?:equivalent\s+to\s+|or\s+|about\s+)?{_APPROX}")
# "(about Rs 11.9 billion, $183 million)": further conversions of the same figure, one after another
_BRACKET_NEXT = re.compile(rf"\s*(?:,|;|/|\bor\b)\s*{_APPROX}")


def _conversion(sentence: str, figures: list[re.Match[str]], i: int) -> tuple[float, str, int, set[int]] | None:
    """A bracket right after a figure that holds only figures converts it: (first conversion's amount and
    currency, where the bracket ends, the figures it holds). The figure stays one fact, whatever the bracket
    converts it into."""
    at = figures[i].end()
    taken: set[int] = set()
    opener = _BRACKET_OPEN
    for j in range(i + 1, len(figures)):
        if not opener.fullmatch(sentence[at : figures[j].start()]):
            return None
        taken.add(j)
        at = figures[j].end()
        if sentence[at:].lstrip().startswith(")"):
            first = figures[i + 1]
            return _value(first.group()), _currency(first, ""), sentence.index(")", at) + 1, taken
        opener = _BRACKET_NEXT
    return None


_EMISSION_STANDARD = re.compile(r"Euro\s?[1-7]")


def find_money(sentence: str, dollar: str = "USD") -> list[MoneyHit]:
    """Each money fact in one sentence. A range or a bracketed conversion gives one fact."""
    if not _DIGIT.search(sentence) and not _spelled_hint().search(sentence):
        return []  # every figure has a digit or a spelled scale ("two billion euros"); most sentences have neither
    # "($1 = 1,379.50 won)": an exchange rate, not two figures
    rates = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\s=\s[^()]*\)", sentence)]
    # "at a euro/$1.37 exchange rate": the rate, not a sum
    rates += [(m.start(), m.end()) for m in _RATE_WRITTEN.finditer(sentence)]
    # "expects the yen to average ¥109 to the dollar, cheaper than the ¥107 projected earlier": a sentence that
    # gives an exchange rate gives rates, not sums
    if _RATE.search(sentence):
        return []
    figures = [
        m
        for m in _figure().finditer(sentence)
        if not any(a <= m.start() < b for a, b in rates)
        and not (m["sp"] and _spelled_before().search(sentence[: m.start()]))
        # "Euro 4 emission norms", "Euro 6 engines": an emission standard, no sum of euros
        and not _EMISSION_STANDARD.fullmatch(m.group())
    ]
    hits: list[MoneyHit] = []
    used: set[int] = set()
    for i, m in enumerate(figures):
        if i in used:
            continue
        start, end = m.start(), m.end()
        # the low end: the figure without "-15,000" or "-$460", its scale kept ("$420-$460 million" is $420 million)
        low = m.group()[: m.end("n1") - m.start()] + m.group()[m.end("n1b") - m.start() :] if m["n1b"] else m.group()
        amount = _value(low)
        currency = _currency(m, dollar)
        high = conv_amount = conv_currency = None
        if m["n1b"]:  # "Rs 12,000-15,000 crore": both ends share the currency and the scale
            high = _value(m.group()[m.start("n1b") - m.start() :])
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        between = sentence[end : nxt.start()] if nxt else ""
        # "between €2bn and €2.5bn", "$12.5bn to $13bn", "$2-3bn" are ranges; "from $1bn to $2bn" is a change.
        if (
            nxt
            and re.fullmatch(r"\s*(?:and|to|-|–)\s*", between)
            and not _CHANGE_FROM.search(sentence[:start])
            and not (_FROM.search(sentence[:start]) and not _RANGE_FROM.search(sentence[:start]))
            and not _MOVED_BY.search(sentence[:start])
            and (re.search(r"\bbetween\s*$", sentence[:start]) or between.strip() in ("to", "-", "–"))
        ):
            high, end = _value(nxt.group()), nxt.end()
            used.add(i + 1)
        elif (
            nxt
            and re.fullmatch(r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+)?", between)
            and _currency(nxt, dollar) != currency
            and not re.match(r"\s*(?:a|per|each)\s+share\b", sentence[nxt.end() :])
        ):
            # "around $388 million or 360 million euros": the same sum in another currency, one figure
            conv_amount, conv_currency, end = _value(nxt.group()), _currency(nxt, dollar), nxt.end()
            used.add(i + 1)
        elif conv := _conversion(sentence, figures, i):
            conv_amount, conv_currency, end, taken = conv
            used.update(taken)
            if not conv_currency:
                # a bare "$" in the bracket: the article's dollar, unless the figure is already in that dollar
                # ("US$1.4 billion (about $2.12 billion)" on an Australian page converts into a local dollar
                # the text does not name; the bracket stays the figure's, its currency is not guessed)
                conv_currency = dollar if dollar != currency else None
                conv_amount = conv_amount if conv_currency else None
        qualifier = _qualifier(sentence[:start]) or ("plus" if m.group("plus") else None)
        if re.search(r"\bbetween\s*$", sentence[:start]):
            qualifier = _qualifier(re.sub(r"\s*between\s*$", "", sentence[:start])) or qualifier
        year = None
        ya = _YEAR_AFTER.match(sentence[end:])
        yb = _YEAR_BEFORE.search(sentence[:start])
        yc = _YEAR_IN_CLAUSE.search(sentence[:start])
        if ya:
            year = int(ya.group("y"))
        elif yb:
            year = int(yb.group("y"))
        elif yc and not _DIGIT.search(sentence[yc.end() : start].replace(yc["y"], "")):
            year = int(yc.group("y"))  # "bought UD Trucks in 2021 for about ¥250 billion"
        q_start = start
        if qualifier and qualifier != "plus":
            qm = _qualifier_at_end().search(sentence[:start])
            if qm:
                q_start = qm.start()
        hits.append(
            MoneyHit(
                sentence[q_start:end], q_start, end, amount, currency, qualifier, year, high, conv_amount, conv_currency
            )
        )
    return hits
