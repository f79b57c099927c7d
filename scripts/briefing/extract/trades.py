"""Money in share trades: the sum shares or a stake change hands for is the deal's value and the buyer's, apart
from the price of one share (words in data/money.yaml `share_trades`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.clauses import LIST_GAP

Spot = tuple[str, int, int]

# "at ¥3,300 a share", "for $12 apiece": the price of each share, not of the trade. A bare "each" is that after
# "for" ("for $12 each"), but after a worth it is each party's ("will swap shares worth €1bn each").
_PER_SHARE = re.compile(r"^\s*(?:(?:a|per|each)\s+share\b|apiece\b|a\s+piece\b)", re.IGNORECASE)
_EACH = re.compile(r"^\s*(?:a|per|each|apiece)\b", re.IGNORECASE)
# "for $80 million", "for a total of $80 million"
_FOR = re.compile(r"\bfor\s+(?:[a-z]+\s+){0,2}$")
# The trade and its figure stand in one clause: "the shares, which would be worth X at Friday's close" tells what
# shares are worth, not what they went for.
# a full stop ends the clause, not the one of an abbreviated legal form ("a Suzuki Motor Corp. stake")
_BREAK = re.compile(
    r"[;:]|(?<!\bCorp)(?<!\bCo)(?<!\bInc)(?<!\bLtd)\.(?!\d)|,\s+(?:which|who|that|and|but|while)\b|\b(?:said|says|told)\b"
)
# what may stand between a buyer and its verb: "Nissan agreed to take", "Isuzu will acquire"
# ... and a ticker's bracket: "NIO (NYSE: NIO | HKEX: 9866) has agreed to acquire"
_BUYER_GAP = re.compile(r"(?:\s*\([^()]{1,60}\))?\s+(?:(?!(?:and|or|but|that|which|who)\s)[a-z]+\s+){0,3}")


def _alt(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    trade: re.Pattern[str]  # a verb of buying or selling
    buying: re.Pattern[str]
    thing: re.Pattern[str]  # what is traded: shares, a stake
    worth_of: re.Pattern[str]  # after the figure: "worth of new shares"
    sized: re.Pattern[str]  # after the figure: "equity stake"
    valued: re.Pattern[str]  # before the figure: "valued at", "worth"
    deal_worth: re.Pattern[str]  # before a worth word: "The subscription,", "the swap is"
    deal_subject: re.Pattern[str]  # a sentence's subject that is a trade: "The transaction, part of a plan,"


@domain.compiled
def _rules() -> _Rules:
    r = domain.money()

    def word(items: tuple[str, ...]) -> str:
        return rf"(?<![\w-])(?:{_alt(items)})(?![\w-])"

    things = word(r.traded_things)
    return _Rules(
        trade=re.compile(word(r.trade_buying + r.trade_selling), re.IGNORECASE),
        buying=re.compile(word(r.trade_buying), re.IGNORECASE),
        thing=re.compile(things, re.IGNORECASE),
        worth_of=re.compile(rf"\s+worth\s+of\s+(?:[\w-]+\s+){{0,2}}{things}", re.IGNORECASE),
        # "a $1.4 billion, 20 percent equity stake": the stake's share may stand between
        sized=re.compile(rf",?\s+(?:[\d.]+\s*(?:%|per\s?cent|percent)\s+)?(?:[\w-]+\s+)?{things}", re.IGNORECASE),
        # "a Suzuki stake valued at about ¥463 billion"
        valued=re.compile(
            r"(?<![\w-])(?:valued\s+at|worth)\s+(?:(?:about|around|roughly|some|nearly|approximately)\s+)?$",
            re.IGNORECASE,
        ),
        deal_worth=re.compile(
            rf"{word(r.trade_deals)}(?:\s+(?:with|under|for|from)\s+[^,.;]{{0,60}}?)?\s*,?\s+"
            r"(?:(?:is|are|was|were|would be|will be|could be)\s+)?$",
            re.IGNORECASE,
        ),
        deal_subject=re.compile(rf"^\W*(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?{word(r.trade_deals)}", re.I),
    )


def traded_sum(sentence: str, start: int, end: int) -> bool:
    """The figure is what shares or a stake change hands for: a verb of trading in its clause before it, then
    "X worth of shares", "shares [in Y] valued at / worth X" or "a stake [in Y] for X"; never "X a share"."""
    rules = _rules()
    if _PER_SHARE.match(sentence[end:]):
        return False
    verbs = list(rules.trade.finditer(sentence, 0, start))
    if not verbs or _BREAK.search(sentence, verbs[-1].end(), start):
        return False
    if rules.worth_of.match(sentence, end):
        return True  # "will acquire ¥48 billion worth of shares"
    if rules.sized.match(sentence, end):
        return True  # "will receive a $2 billion equity stake": the stake it gets, by its worth
    thing = rules.thing.search(sentence, verbs[-1].end(), start)
    if thing is None:
        return False
    tail = sentence[thing.end() : start]
    return bool(rules.valued.search(tail) or (_FOR.search(tail) and not _EACH.match(sentence[end:])))


def deal_worth(sentence: str, lo: int, at: int) -> bool:
    """A trade's noun stands right before the worth word at `at` ("The subscription, worth", "the swap is worth"),
    or is the subject of the sentence whose verb it is."""
    if _rules().deal_worth.search(sentence, lo, at):
        return True
    # "The transaction, part of a partnership, would involve a capital increase and was worth X": the sentence's
    # subject is the trade, and "was worth" its verb
    return bool(
        _rules().deal_subject.match(sentence)
        and re.search(r"\b(?:is|are|was|were|would be|will be|could be)\s+$", sentence[:at])
    )


def buyer(sentence: str, start: int, spots: list[Spot]) -> tuple[bool, str | None]:
    """(found, owner) for a deal's value: the company right before the last verb of buying before the figure in
    its clause ("In return Isuzu will acquire X worth of stock" is Isuzu's). Found without owner when that
    company closes a list ("Kia and Hyundai will buy"): both bought. Not found without such a verb."""
    verbs = [m for m in _rules().buying.finditer(sentence, 0, start) if not _BREAK.search(sentence, m.end(), start)]
    if not verbs:
        return False, None
    verb = verbs[-1]
    before = [sp for sp in spots if sp[2] <= verb.start() and _BUYER_GAP.fullmatch(sentence, sp[2], verb.start())]
    if not before:
        return False, None
    subject = before[-1]
    listed = any(LIST_GAP.fullmatch(sentence[e : subject[1]]) for _n, _s, e in spots if e <= subject[1])
    return True, None if listed else subject[0]
