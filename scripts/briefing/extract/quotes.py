"""Quoted passages of a paragraph and the words around each that name who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.people import NAME, load_lexicon, valid_name

_QUOTE = re.compile(r"“(?P<c>[^”]+)”|\"(?P<s>[^\"]+)\"")


@dataclass
class QuoteHit:
    text: str
    start: int  # offsets into the paragraph text, quote marks included
    end: int
    said_at: int = -1  # where the attribution starts, for a quote told in two pieces


def find_quotes(text: str) -> list[QuoteHit]:
    """Quoted passages of at least one word, curly or straight."""
    quotes = []
    for m in _QUOTE.finditer(text):
        body = (m.group("c") or m.group("s") or "").strip()
        if re.search(r"\w", body):
            quotes.append(QuoteHit(body, m.start(), m.end()))
    return quotes


# The names an article knows change from article to article; built into the patterns, they cost a fresh
# compile (about 1 ms each) per article. Instead the patterns stay fixed and each known name is first replaced
# in the text by a run of a placeholder letter as long as the name, so offsets, and the names, map back.
# A person's run keeps its spaces: "said Hanna Lindqvist" must still be able to name just "Lindqvist", as
# a pattern listing the forms did.
_PERSON_HELD, _COMPANY_HELD = "\u0800", "\u0801"  # Samaritan letters: word characters no rule here matches
_PERSON = rf"(?:{_PERSON_HELD}+(?:\s+{_PERSON_HELD}+)*|{NAME})"
_COMPANY = rf"{_COMPANY_HELD}+"


def _hold(text: str, forms: list[str], letter: str, keep_spaces: bool = False) -> str:
    """`text` with every whole-word occurrence of `forms` (longest first, never overlapping) as `letter` runs."""
    out = list(text)
    for form in sorted(set(forms), key=len, reverse=True):
        at = text.find(form)
        while at >= 0 and form:
            stop = at + len(form)
            starts_word = at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")
            ends_word = not form[-1].isalnum() or stop == len(text) or not (text[stop].isalnum() or text[stop] == "_")
            if starts_word and ends_word and "".join(out[at:stop]) == form:
                out[at:stop] = (ch if keep_spaces and ch.isspace() else letter for ch in form)
            at = text.find(form, at + 1)
    return "".join(out)


@domain.compiled
def _attribution_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], dict[str, re.Pattern[str]]]:
    # What follows a quote names its speaker only within the same sentence: "…". Mazda said … is another one.
    verbs, lead = load_lexicon().verb_re, r"^(?:[\s,;:—-]{0,3}|[.!?]?\s*(?=\s*(?:[a-z]|said|says|added|told)))"
    known = rf"{_PERSON_HELD}+(?:\s+{_PERSON_HELD}+)*"  # a person the article has named
    after = [
        ("person", rf"{lead}(?:{verbs})\s+(?:[^“\"]{{0,80}}?\s)?(?P<n>{known})(?![\w{_PERSON_HELD}])"),
        ("person", rf"{lead}(?:{verbs})\s+(?:[^“\".]{{0,80}}?\s)?(?P<n>{_PERSON})\b"),
        ("pronoun", rf"{lead}(?P<n>he|she)\s+(?:{verbs})\b"),
        ("company", rf"{lead}(?:a|an|the)\s+(?P<n>{_COMPANY})(?:[’'‘]s)?\s+(?:spokes\w+|representative|statement)"),
        ("person", rf"{lead}(?:[^“\".]{{0,80}}?\s)?(?P<n>{_PERSON})(?:,[^,“\"]{{0,100}},)?,?\s+(?:{verbs})\b"),
        ("company", rf"{lead}(?P<n>{_COMPANY})\s+(?:{verbs})\b"),
    ]
    tail = re.compile(rf"[^“\"]{{0,220}}?(?:\b(?:{verbs})\b[^“\"]{{0,40}}|:)\s*[:,]?\s*$")
    named = {
        kind: re.compile(rf"\b(?P<n>{pattern})\b") for kind, pattern in (("person", _PERSON), ("company", _COMPANY))
    }
    return [(kind, re.compile(pattern)) for kind, pattern in after], tail, named


@domain.compiled
def _role_words() -> str:
    """Each word of a role, in lower case and as written before a name: "chief", "executive", "vice-president"."""
    words = {w for role in load_lexicon().role_words for w in re.split(r"[\s-]+", role) if w.isalpha()}
    return "|".join(sorted(words, key=len, reverse=True)) + r"|[\w]+-[\w]+"


def attribute(text: str, quote: QuoteHit, people: list[str], companies: list[str]) -> tuple[str, str] | None:
    """Who a quote belongs to, as ("person" | "company" | "pronoun", the words that name them).

    Looks after the quote first (“…,” said X / “…,” X's role Y said), then at what introduces it (Y said: “…”).
    """
    # a surname alone, or a family name that comes first ("Choi said" for Choi Jin-woo)
    person_forms = sorted(
        set(people) | {n.split()[-1] for n in people} | {n.split()[0] for n in people if len(n.split()) > 1}
    )
    after_checks, tail, named = _attribution_patterns()
    end = quote.said_at if quote.said_at >= 0 else quote.end
    nxt = min([i for i in (text.find("“", end), text.find('"', end)) if i >= 0], default=len(text))
    after = text[end : min(nxt, end + 200)]
    held = {"person": _hold(after, person_forms, _PERSON_HELD, True), "company": _hold(after, companies, _COMPANY_HELD)}
    for kind, pattern in after_checks:
        # "said Nissan Motor India managing director Arvind Raman": the first run of capitals may be a company
        for m in pattern.finditer(held.get(kind, after)):
            name = after[m.start("n") : m.end("n")]
            if kind != "person" or valid_name(name, set(companies)):
                return kind, name
    prev = max(text.rfind("”", 0, quote.start), text.rfind('"', 0, quote.start), quote.start - 300, 0)
    # ... and what introduces it, only within its own sentence: "Ford and BYD declined to comment. A spokesperson
    # for the ministry said ..." gives the quote to no company.
    stops = [m.end() for m in re.finditer(r"[.!?][”\"’)]?\s+(?=[A-Z“\"‘(])", text[prev : quote.start])]
    prev += stops[-1] if stops else 0
    before = text[prev : quote.start]
    # The nearest person who introduces the quote; a company only when no person does.
    held_before = {
        "person": _hold(before, person_forms, _PERSON_HELD, True),
        "company": _hold(before, companies, _COMPANY_HELD),
    }
    for kind in ("person", "company"):
        for m in reversed(list(named[kind].finditer(held_before[kind]))):
            name = before[m.start("n") : m.end("n")]
            if kind == "person" and not valid_name(name, set(companies)):
                continue
            if tail.match(before, m.end()):
                return kind, name
    # "Honda said in a statement that it would continue to “value our long relationship”": the subject that
    # opens the sentence with a speech verb gives the quote, however far the verb is from it.
    verbs = load_lexicon().verb_re
    for kind in ("person", "company"):
        name_re = _PERSON if kind == "person" else _COMPANY
        # "Tesla chief executive Elon Musk said ...": a role in lower case may stand before the name
        opening = re.match(
            rf"\s*(?:(?:[A-Z][\w,.]*|{_role_words()})\s+){{0,6}}?(?P<n>{name_re})[’'‘s]*\s+(?:\w+\s+){{0,2}}?(?:{verbs})\b",
            held_before[kind],
        )
        if opening:
            name = before[opening.start("n") : opening.end("n")]
            if kind == "company" or valid_name(name, set(companies)):
                return kind, name
    return None
