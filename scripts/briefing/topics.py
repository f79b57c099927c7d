"""Give each paragraph its topics, each with the rule that fired (data/topics.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import DATA, load_data_file
from .money import find_money


@dataclass(frozen=True)
class TopicRules:
    partnership: tuple[str, ...]
    finances: tuple[str, ...]
    unknowns: tuple[str, ...]
    deal_words: tuple[str, ...]


@lru_cache(maxsize=1)
def load_rules() -> TopicRules:
    d = load_data_file(DATA / "topics.yaml")
    return TopicRules(
        tuple(d["partnership"]["keywords"]),
        tuple(d["finances"]["keywords"]),
        tuple(d["unknowns"]),
        tuple(d["partnership"]["deal_words"]),
    )


def is_finance_statement(sentence: str) -> bool:
    return bool(find_money(sentence)) or _first_keyword(sentence, load_rules().finances) is not None


def is_cooperation_statement(sentence: str) -> bool:
    """A sentence about working together or its costs: the partnership page's "why"."""
    return _first_keyword(sentence, (*load_rules().partnership, "cost", "costs")) is not None


def is_unknown_statement(sentence: str) -> bool:
    """A sentence that says what the article does not know ("No word as to ...")."""
    return _first_keyword(sentence, load_rules().unknowns) is not None


@lru_cache(maxsize=16)
def _keyword_patterns(words: tuple[str, ...]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    # Compiled once: through re's own cache (512 patterns, shared with pysbd) they were recompiled on every call.
    return tuple(
        (word, word.lower(), re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE))
        for word in sorted(words, key=len, reverse=True)
    )


def _first_keyword(text: str, words: tuple[str, ...]) -> str | None:
    """The first of `words`, longest first, found anywhere in `text` as a whole word."""
    lowered = text.lower()
    for word, low, pattern in _keyword_patterns(words):
        # A substring test first: most words are absent, and `in` costs a tenth of a search.
        if low in lowered and pattern.search(text):
            return word
    return None


def classify(
    text: str,
    main_alliances: list[str],
    other_alliances: list[str],
    figures: list[str],
    main_partners: list[str] | None = None,
) -> list[tuple[str, str]]:
    """(topic, reason) pairs for one paragraph. The lists hold short descriptions of what was found in it."""
    rules = load_rules()
    out: list[tuple[str, str]] = []
    if main_alliances:
        out.append(("partnership", f"states the main deal: {main_alliances[0]}"))
    elif not other_alliances and (word := _first_keyword(text, rules.partnership)):
        out.append(("partnership", f"speaks of cooperation (“{word}”)"))
    elif not other_alliances and (word := _first_keyword(text, rules.deal_words)):
        out.append(("partnership", f"refers to the deal (“{word}”)"))
    elif not other_alliances and main_partners and not figures:
        out.append(("partnership", f"names a partner in the main deal: {main_partners[0]}"))
    if other_alliances:
        out.append(("alliances", f"states another alliance: {other_alliances[0]}"))
    if figures:
        out.append(("finances", f"gives a figure: {figures[0]}"))
    elif word := _first_keyword(text, rules.finances):
        out.append(("finances", f"uses the word “{word}”"))
    if not out:
        out.append(("other", "no topic rule fired"))
    return out
