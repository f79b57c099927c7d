"""Give each paragraph its topics, each with the rule that fired (data/topics.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing import domain
from briefing.extract.amounts import find_money
from briefing.model import Article, Deal, Mention, Money
from briefing.read.sentences import QUOTED


@dataclass(frozen=True)
class TopicRules:
    partnership: tuple[str, ...]
    finances: tuple[str, ...]
    deal_words: tuple[str, ...]
    open_questions: re.Pattern[str]
    reasons: re.Pattern[str]
    purposes: re.Pattern[str]
    purpose_subjects: re.Pattern[str]


def _any(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(f"(?:{c})" for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@domain.compiled
def load_rules() -> TopicRules:
    d = domain.topics()
    return TopicRules(
        d.partnership,
        d.finances,
        d.deal_words,
        _any(d.open_questions),
        _any(d.reasons),
        _any(d.purposes),
        _any(d.purpose_subjects),
    )


def finance_word(sentence: str) -> str | None:
    """The word that makes a sentence about money: a figure, or a finance word ("write-off", "job cuts")."""
    figures = find_money(sentence)
    return figures[0].text if figures else _first_keyword(sentence, load_rules().finances)


def open_question(sentence: str) -> str | None:
    """The words by which a sentence says something is not known or not decided ("No word as to", "non-binding")."""
    m = load_rules().open_questions.search(sentence)
    return m.group() if m else None


def reason(sentence: str) -> str | None:
    """The words by which a sentence gives a reason ("to share development costs", "economies of scale")."""
    rules = load_rules()
    if m := rules.reasons.search(sentence):
        return m.group()
    # a purpose is the deal's only when the sentence names the deal before it
    for m in rules.purposes.finditer(sentence):
        if rules.purpose_subjects.search(sentence, 0, m.start()):
            return m.group()
    return None


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
    has_main: bool = True,
) -> list[tuple[str, str]]:
    """(topic, reason) pairs for one paragraph. The lists hold short descriptions of what was found in it.

    A paragraph is about the main deal when it states it, refers to it ("the venture"), names one of its
    partners, or speaks of cooperation without naming another deal. An article with no main deal (a results
    story) has no paragraph about one.
    """
    rules = load_rules()
    out: list[tuple[str, str]] = []
    if main_alliances:
        out.append(("partnership", f"states the main deal: {main_alliances[0]}"))
    elif has_main and not other_alliances and (word := _first_keyword(text, rules.deal_words)):
        out.append(("partnership", f"refers to the deal (“{word}”)"))
    elif has_main and not other_alliances and (word := _first_keyword(text, rules.partnership)):
        out.append(("partnership", f"speaks of cooperation (“{word}”)"))
    elif has_main and main_partners and not figures and not other_alliances:
        out.append(("partnership", f"names a partner in the main deal: {main_partners[0]}"))
    if other_alliances:
        out.append(("alliances", f"states another alliance: {other_alliances[0]}"))
    if figures:
        out.append(("finances", f"gives a figure: {figures[0]}"))
    elif word := _first_keyword(QUOTED.sub(" ", text), rules.finances):  # a quote's words are the speaker's
        out.append(("finances", f"uses the word “{word}”"))
    if not out:
        out.append(("other", "no topic rule fired"))
    return out


def _describe(partners: tuple[str, ...]) -> str:
    return " × ".join(partners)


def classify_paragraphs(article: Article, deals: list[Deal], money: list[Money], mentions: list[Mention]) -> None:
    """Set each paragraph's topics, and the rule that gave each, from the facts found in it."""
    main_partners = {p for d in deals if d.main for p in d.partners}
    for p in article.paragraphs:
        here = [d for d in deals if p.index in {r.paragraph for r in d.evidence}]
        topics = classify(
            p.text,
            [_describe(d.partners) for d in here if d.main],
            [_describe(d.partners) for d in here if not d.main],
            [m.text for m in money if m.ref.paragraph == p.index],
            sorted({m.company for m in mentions if m.ref.paragraph == p.index and m.company in main_partners}),
            has_main=bool(main_partners),
        )
        p.topics = [t for t, _r in topics]
        p.reasons = [f"{t}: {r}" for t, r in topics]
