"""Quoted passages of a paragraph and the words around each that name who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.person_names import COURTESY, NAME, SOURCE_IN, load_lexicon, valid_name


@dataclass
class QuoteHit:
    text: str
    start: int  # offsets into the paragraph text, quote marks included
    end: int
    said_at: int = -1  # where the attribution starts, for a quote told in two pieces


def _double_spans(text: str) -> list[tuple[int, int]]:
    """Passages in double marks. Curly ones nest (“... the “Make it here” plan ...”): the outer passage is
    the quote. When the curly marks of a paragraph do not balance, a passage ends at its first closing mark; a
    straight mark with no straight partner closes at a curly one."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        close = -1
        if text[i] == '"':
            close = text.find('"', i + 1)
            curly = text.find("”", i + 1)
            if close < 0 and curly > 0 and "“" not in text[i:curly]:
                close = curly  # opened straight and closed curly, as pasted text often is
        elif text[i] == "“":
            depth = 0
            for j in range(i, len(text)):
                depth += {"“": 1, "”": -1}.get(text[j], 0)
                if depth == 0:
                    close = j
                    break
            if close < 0:
                close = text.find("”", i + 1)
            if close < 0 and text.count('"', i + 1) == 1:
                close = text.find('"', i + 1)  # opened curly and closed straight, as pasted text often is
        if close < 0:
            i += 1
            continue
        spans.append((i, close + 1))
        i = close + 1
    return spans


# A single mark opens a quote at the start of a word, never before a decade ('90s); it closes one right
# after a word or its punctuation, never inside a word (it's, Kia's). After an "s" and before a word it is
# more likely a plural possessive (the dealers' mood): such a close is taken only when no surer one comes
# before the next opening mark.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[^\W\d_]|\d(?!0s\b))")
_SINGLE_CLOSE = re.compile(r"(?<=\S)['’](?![^\W_])")
_POSSESSIVE = re.compile(r"s['’] [^\W\d_]", re.IGNORECASE)


def _single_spans(text: str) -> list[tuple[int, int]]:
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    for k, start in enumerate(opens):
        if spans and start < spans[-1][1]:
            continue
        limit = opens[k + 1] if k + 1 < len(opens) else len(text)
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, start + 2, limit)]
        sure = [c for c in closes if not _POSSESSIVE.match(text, c - 1)]
        close = sure[0] if sure else closes[-1] if closes else -1
        if close > start:
            spans.append((start, close + 1))
    return spans


def _open_after_colon(text: str) -> int:
    """Where a straight mark opens after "said:" or "stated, " (a press release's quote over paragraphs)."""
    m = re.search(rf'(?::|\b(?:{load_lexicon().verb_re}),)\s*"(?=\w)', text)
    return m.end() - 1 if m else -1


def paragraph_quotes(texts: list[str], k: int) -> list[QuoteHit]:
    """The quotes of paragraph `k` of an article's paragraph `texts`: a quote over several paragraphs is closed
    only in its last, so a mark left open runs on when the next paragraph opens with one."""
    following = texts[k + 1] if k + 1 < len(texts) else ""
    return find_quotes(texts[k], runs_on=following.lstrip()[:1] in ("“", '"'))


def find_quotes(text: str, runs_on: bool = False) -> list[QuoteHit]:
    """Quoted passages of at least two letters or digits, in double or single marks, curly or straight.

    `runs_on`: the next paragraph opens with a quote mark, so a mark left open here runs to the paragraph's
    end (a quote over several paragraphs is closed only in its last)."""
    doubles, singles = _double_spans(text), _single_spans(text)
    # a passage inside another is part of it: "“He told us ‘not yet’,” she said" is one quote
    spans = [d for d in doubles if not any(s[0] < d[0] and d[1] < s[1] for s in singles)]
    spans += [s for s in singles if not any(d[0] < s[1] and s[0] < d[1] for d in doubles)]
    bodies = [(start, end, text[start + 1 : end - 1]) for start, end in spans]
    last = max((e for _s, e in spans), default=0)
    # the mark left open: a curly one anywhere, a straight one that opens the paragraph or follows "said:"
    opening = max(text.rfind("“"), 0 if text.startswith('"') else -1, _open_after_colon(text))
    after_colon = opening >= 0 and bool(re.search(r":\s*$", text[:opening]))
    if (runs_on or after_colon) and opening >= last and opening >= 0 and not re.search(r"[”\"]", text[opening + 1 :]):
        # "said: “We are proud ..." runs to the paragraph's end, as a quote over several paragraphs does
        bodies.append((opening, len(text), text[opening + 1 :]))
    return [
        QuoteHit(body.strip(), start, end)
        for start, end, body in sorted(bodies)
        if len(re.findall(r"[^\W_]", body)) >= 2
    ]


# The names an article knows change from article to article; built into the patterns, they cost a fresh
# compile (about 1 ms each) per article. Instead the patterns stay fixed and each known name is first replaced
# in the text by a run of a placeholder letter as long as the name, so offsets, and the names, map back.
# A person's run keeps its spaces: "said Hanna Lindqvist" must still be able to name just "Lindqvist", as
# a pattern listing the forms did.
_PERSON_HELD, _COMPANY_HELD = "\u0800", "\u0801"  # Samaritan letters: word characters no rule here matches
_PERSON = rf"(?:{_PERSON_HELD}+(?:\s+{_PERSON_HELD}+)*|{NAME})"
_COMPANY = rf"{_COMPANY_HELD}+"


_HONORIFIC = re.compile(rf"(?<![\w.]){COURTESY}\.?\s+(?=[A-Z])")


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
        # a held name is tried whole before any words ahead of it ("Ahmad Zulkifli told", not "Zulkifli told")
        # ... "Rakesh Sharma, executive director, Bajaj Auto told reporters": the role's company after its comma
        (
            "person",
            rf"{lead}(?:[^“\".]{{0,80}}?\s)??(?P<n>{_PERSON})"
            rf"(?:,[^,“\"]{{0,100}},(?:[^,“\"]{{0,60}},)?(?:\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})?)?,?\s+(?:{verbs})\b",
        ),
        ("company", rf"{lead}(?P<n>{_COMPANY})\s+(?:{verbs})\b"),
        # "“…,” said Hyundai." / "said HMIL in a statement": the verb first, then the company and nothing more of it
        ("company", rf"{lead}(?:{verbs})\s+(?P<n>{_COMPANY})(?=\s*(?:[.,;]|$)|\s+(?:in|on)\s)"),
    ]
    naming = load_lexicon().naming_re
    tail = re.compile(rf"[^“\"]{{0,220}}?(?:\b(?:{verbs})\b[^“\"]{{0,40}}|:|{naming})\s*[:,]?\s*$")
    named = {
        kind: re.compile(rf"\b(?P<n>{pattern})\b") for kind, pattern in (("person", _PERSON), ("company", _COMPANY))
    }
    return [(kind, re.compile(pattern)) for kind, pattern in after], tail, named


@domain.compiled
def _role_words() -> str:
    """Each word of a role, in lower case and as written before a name: "chief", "executive", "vice-president"."""
    words = {w for role in load_lexicon().role_words for w in re.split(r"[\s-]+", role) if w.isalpha()}
    return "|".join(sorted(words, key=len, reverse=True)) + r"|[\w]+-[\w]+"


def _verb_first(before: str, start: int, end: int) -> bool:
    """ "Added Mathias Geisen, head of Vans, “…" / "Adds Kim, president of LG's unit: “…": the speech verb
    opens the sentence, then the speaker, and the quote follows a comma or a colon."""
    verbs = load_lexicon().verb_re
    if _ACCORDING_TO.fullmatch(before[:start]) and re.fullmatch(r",[^“\"”.;]{0,120}", before[end:]):
        return True  # "According to Samsung SDI CEO Choi Yoon-ho, the batteries … “will help GM …”"
    return bool(
        re.fullmatch(rf"\s*(?i:{verbs})\s+", before[:start])
        and re.fullmatch(r"(?:,[^“\"”]{0,120})?[,:]\s*", before[end:])
    )


# "According to Samsung SDI CEO ": the attribution, a company and a title before the name
_ACCORDING_TO = re.compile(r"\s*According\s+to\s+(?:[A-Z][\w&.-]*\s+){0,4}(?:[a-z-]+\s+){0,3}")


def _another_speaks(between: str) -> bool:
    """ "Fiat proposed a merger with Renault, ... by the French government, although it warned against “...”":
    a pronoun that speaks, with no speech verb of the name's own before it, stands for someone else."""
    verbs = load_lexicon().verb_re
    pronoun = re.search(rf"\b(?:he|she|it|they)\s+(?:\w+\s+)?(?:{verbs})\b", between)
    return pronoun is not None and not re.search(rf"\b(?:{verbs})\b", between[: pronoun.start()])


def _reports_anew(quote: QuoteHit, after: str, at: int) -> bool:
    """A quote closed with its own full stop, then a new sentence whose speaker goes on in reported speech ("“…
    growth.” CEO Kim said that they are …"): that sentence is another statement, not the quote's attribution."""
    return (
        quote.text.rstrip()[-1:] in (".", "!", "?")
        and bool(re.match(r"\s*[A-Z]", after))
        and bool(re.match(r"\s+(?:that|they|it|he|she|we|the|its|their|his|her)\b", after[at:]))
    )


def attribute(text: str, quote: QuoteHit, people: list[str], companies: list[str]) -> tuple[str, str] | None:
    """Who a quote belongs to, as ("person" | "company" | "pronoun", the words that name them).

    Looks after the quote first (“…,” said X / “…,” X's role Y said), then at what introduces it (Y said: “…”).
    """
    # a surname alone, or a family name that comes first ("Choi said" for Choi Jin-woo)
    # ... or a long name's first two words ("Ahmad Zulkifli" for Ahmad Zulkifli Hashim)
    person_forms = sorted(
        set(people)
        | {n.split()[-1] for n in people}
        | {n.split()[0] for n in people if len(n.split()) > 1}
        | {" ".join(n.split()[:2]) for n in people if len(n.split()) > 2}
    )
    after_checks, tail, named = _attribution_patterns()
    # "“…,” Mr. Zhu says": an honorific's stop ends no sentence and is no part of the name (blanked, offsets kept)
    text = _HONORIFIC.sub(lambda m: " " * len(m.group()), text)
    end = quote.said_at if quote.said_at >= 0 else quote.end
    nxt = min([i for i in (text.find("“", end), text.find('"', end)) if i >= 0], default=len(text))
    after = text[end : min(nxt, end + 200)]
    held = {"person": _hold(after, person_forms, _PERSON_HELD, True), "company": _hold(after, companies, _COMPANY_HELD)}
    for kind, pattern in after_checks:
        # "said Nissan Motor India managing director Arvind Raman": the first run of capitals may be a company
        for m in pattern.finditer(held.get(kind, after)):
            name = after[m.start("n") : m.end("n")]
            if kind == "person" and SOURCE_IN.search(after[: m.start("n")]):
                return None  # "..., a source in Troika Dialog said": an unnamed source, at a firm
            if _reports_anew(quote, after, m.end()):
                break  # "“… growth.” CEO Kim said that they are one step closer": his own words, a new sentence
            # "said Suzuki chief executive Osamu Suzuki": a person the article has named keeps a company's word
            if kind != "person" or name in people or valid_name(name, set(companies)):
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
            if kind == "person" and name not in people and not valid_name(name, set(companies)):
                continue
            if tail.match(before, m.end()) and not _another_speaks(before[m.end() :]):
                return kind, name
            if kind == "person" and _verb_first(before, m.start(), m.end()):
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
    # "And he added that his company would “continue to …”": a pronoun that opens the sentence with a speech verb
    # is the person the story last named
    if pronoun := re.match(rf"\s*(?:(?:And|But|Also|Then)\s+)?(?P<n>[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:{verbs})\b", before):
        return "pronoun", pronoun["n"]
    return None
