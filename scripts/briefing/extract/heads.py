"""What a figure's own phrase names: the kind words (data/money.yaml `kinds`), and the noun a determined figure
stands before ("a $2.4bn battery factory", "the $109,000 roadster")."""

from __future__ import annotations

import re

from briefing import domain


@domain.compiled
def kind_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every kind word, longest first, and the kind each word names."""
    by_word = {w.lower(): kind for kind, words in domain.money().kinds.items() for w in words}
    words = sorted(by_word, key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.IGNORECASE)
    return pattern, by_word


# A figure between a determiner and a noun names the size of that noun: "a nearly $2.4 billion, 2,350-job
# battery factory", "its $3bn share buyback".
_DETERMINED = re.compile(
    r"(?:\b(?:a|an|the|its|their|this|that)|[’'‘]s)\s+(?:(?:planned|proposed|new|additional)\s+)?$"
)
# The words that end the noun phrase a figure stands in ("a $2bn plant in Ohio": the head is "plant").
PHRASE_END = frozenset(
    (
        "in",
        "at",
        "for",
        "to",
        "of",
        "from",
        "with",
        "by",
        "on",
        "near",
        "that",
        "which",
        "who",
        "whose",
        "and",
        "or",
        "but",
        "as",
        "over",
        "under",
        "into",
        "after",
        "before",
        "than",
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "has",
        "have",
        "had",
        "a",
        "an",
        "the",
        "its",
        "their",
        "this",
        "said",
        "says",
        "",
    )
)


@domain.compiled
def built_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = domain.money()

    def words(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    head = re.compile(rf"(?<![\w-])(?:{words(r.built_things)})(?![\w-])", re.IGNORECASE)
    # "a project worth", "plans that are worth": the noun whose worth it is, right before the word
    worth_of = re.compile(
        rf"(?<![\w-])(?:(?P<built>{words(r.built_things)})|(?P<unstated>{words(r.worth_unstated)}))"
        r"\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|will be|would be|could be|is expected to be)\s+)?$",
        re.IGNORECASE,
    )
    return head, worth_of


def head_kind(sentence: str, start: int, end: int) -> tuple[bool, str | None]:
    """(found, kind) from the noun a determined figure stands before: "a $4bn write-off" (a kind word), "a
    $2.4bn, 2,350-job battery factory" (a built thing: an investment). Not found when the figure has no
    determiner or its phrase names neither."""
    if not _DETERMINED.search(sentence[:start]):
        return False, None
    pattern, by_word = kind_words()
    head, _worth = built_patterns()
    words: list[str] = []
    # "the $109,000 (dollar figures U.S.) two-seat car": an aside in brackets is no part of the phrase
    aside = re.match(r"\s*\([^()]{0,80}\)", sentence[end:])
    after = end + aside.end() if aside else end
    for m in re.finditer(r"[^\s,]+|,", sentence[after : after + 120]):
        word = m.group()
        if word == ",":
            continue
        bare = word.rstrip(".;:!?)").lower()
        if bare in PHRASE_END or len(words) >= 8:
            break
        words.append(bare)
        if bare != word.lower():
            break  # the phrase ends at a stop
    phrase = " ".join(words)
    kind, built = pattern.search(phrase), head.search(phrase)
    if kind and (not built or kind.start() <= built.start()):
        if kind.group().lower() == "price" and not any(
            w.strip(".,;:").lower() in _vehicles() for w in sentence.split()
        ):
            # "less than the $1.8 billion price announced in March" for Volvo: a price with no car is a deal's
            return True, "deal value" if _DEAL_WORDS.search(sentence) else None
        return True, by_word[kind.group().lower()]
    if re.search(r"\b(?:industry|market|sector|segment)\b", phrase) and not built:
        return True, None  # "the $48 billion global automotive interiors industry": a market's size, no kind of ours
    if built:
        return True, "investment"
    if words and words[-1] in _vehicles():
        return True, "vehicle price"

    if words and words[-1] in _valued():
        return True, "market value"  # "its $1.6 billion driving company": what the company is worth
    if words and words[-1] in _traded():
        return True, "market value"  # "a $2 billion equity stake": its worth (a deal's value when it changes hands)
    return False, None


_DEAL_WORDS = re.compile(r"\b(?:acquisitions?|acquired?|deal|buy|bought|sale|sold|purchase|takeover)\b", re.IGNORECASE)


@domain.compiled
def _vehicles() -> frozenset[str]:
    return frozenset(w.lower() for w in domain.money().vehicles)


@domain.compiled
def _valued() -> frozenset[str]:
    return frozenset(w.lower() for w in domain.money().valued_things)


@domain.compiled
def _traded() -> frozenset[str]:
    return frozenset(w.lower() for w in domain.money().traded_things)
