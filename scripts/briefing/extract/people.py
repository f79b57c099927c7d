"""People, their roles, and the quotes they (or companies) are given, by rules over sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from briefing import domain

# A person's name: two or three capitalised words, hyphenated first names, initials, particles.
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-’'][{_UPPER}{_LOWER}][{_LOWER}]+)?"
# "Anna Berg", "Carl-Peter Forster", "Jan de Vries", "P.K. Menon"
NAME = (
    rf"(?:(?:[A-Z]\.\s?){{1,3}}{_WORD}"
    rf"|{_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:van|von|de|der|da|di|del|le|la|bin))?(?:\s+{_WORD}){{1,2}})"
)
_QUOTE = re.compile(r"“(?P<c>[^”]+)”|\"(?P<s>[^\"]+)\"")


@dataclass(frozen=True)
class Lexicon:
    role_words: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    not_names: frozenset[str]
    company_words: frozenset[str] = frozenset()  # "Motor", "Corp": a name with one of these is a company's

    @cached_property
    def role_re(self) -> str:
        # Roles are written in lower case in running text and in Title Case before a name in releases
        # ("Chief Financial Officer Claire Dumont"): both, but only the first letter of each word may change.
        # A space of a role may be a hyphen ("vice-president", "Vice-Chairman"), as British papers write them.
        def either(word: str) -> str:
            cased = re.sub(r"\b([a-z])", lambda m: f"[{m.group(1)}{m.group(1).upper()}]", re.escape(word))
            return cased.replace(r"\ ", r"[\s-]")

        return "|".join(either(w) for w in sorted(self.role_words, key=len, reverse=True))

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of every role, capitalised: "Officer" in "Officer Claire Dumont" is no first name."""
        return frozenset(w.capitalize() for role in self.role_words for w in role.split() if w.isalpha())

    @cached_property
    def verb_re(self) -> str:
        return "|".join(re.escape(w) for w in sorted(self.speech_verbs, key=len, reverse=True))


@domain.compiled
def load_lexicon() -> Lexicon:
    d = domain.people()
    return Lexicon(d.role_words, d.speech_verbs, d.not_names, d.company_words)


@dataclass
class PersonHit:
    name: str
    role: str | None
    start: int
    end: int
    role_span: tuple[int, int] | None = None


@dataclass
class QuoteHit:
    text: str
    start: int  # offsets into the paragraph text, quote marks included
    end: int
    said_at: int = -1  # where the attribution starts, for a quote told in two pieces


def _clean_role(role: str) -> str:
    role = re.sub(r"^(?:a|an|the)\s+", "", role.strip(" ,;:"), flags=re.IGNORECASE)
    return re.sub(r"\s+(?:in an interview.*|who\b.*|at the time.*)$", "", role).strip(" ,;:")


def split_roles(role: str) -> list[str]:
    """'a former chief executive of X and a former Y executive' → two roles."""
    parts = re.split(r",?\s+and\s+(?=(?:a|an|the|former|also)\b)", role)
    return [r for r in (_clean_role(p) for p in parts) if r]


@domain.compiled
def _patterns() -> tuple[re.Pattern[str], ...]:
    lex = load_lexicon()
    roles, verbs = lex.role_re, lex.verb_re
    role_phrase = (
        rf"(?:(?:a|an|the)\s+)?(?:former\s+|then\s+|current\s+|new\s+)?"
        rf"[^,.;:“\"]{{0,60}}?\b(?:{roles})\b[^,.;:“\"]{{0,80}}?"
    )
    return (
        # "Jane Doe, chief executive of X, said" / "Jane Doe, a former BMW executive,"
        re.compile(rf"(?P<name>{NAME}),\s+(?P<role>{role_phrase})(?=,|\s+(?:{verbs})\b|:|\.)"),
        # "Carl-Peter Forster a former chief executive of Tata Motors ... in an interview"
        re.compile(
            rf"(?P<name>{NAME})\s+(?P<role>(?:a|an|the)\s+(?:former\s+)?{role_phrase})(?=\s+in\s+an?\s+interview|,|:|\s+(?:{verbs})\b)"
        ),
        # "said Nissan chief executive Makoto Uchida" / "BMW CEO Oliver Zipse said"
        re.compile(
            rf"(?P<role>(?:\b[A-Z][\w&-]*\s+)?(?:former\s+)?(?:\b(?!and\b|the\b|said\b|of\b|to\b|a\b|an\b|by\b|in\b|for\b|with\b|at\b|from\b|on\b|s\b)[a-z]+\s+){{0,2}}(?:{roles}))\s+(?P<name>{NAME})"
        ),
        # "The Kia finance chief, Jae Park, said"
        re.compile(
            rf"(?P<role>(?:\b[A-Z][\w&-]*\s+)?(?:\b(?!and\b|the\b|said\b|of\b|to\b|a\b|an\b|by\b|in\b|for\b|with\b|at\b|from\b|on\b|s\b)[a-z]+\s+){{0,2}}(?:{roles})),\s+(?P<name>{NAME}),"
        ),
        # "Anna Berg, who became chief executive in 2023," / "Anna Berg is Kia's chief executive."
        re.compile(
            rf"(?P<name>{NAME}),?\s+(?:who\s+)?(?:is|was|has\s+been|became|becomes|remains|will\s+become)\s+"
            rf"(?P<role>(?:the\s+|a\s+|an\s+)?(?:[\w’'&-]+\s+){{0,3}}?(?:{roles})\b(?:\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)?)"
        ),
        # "Uchida said" / "said Jane Doe" / "according to Jane Doe"
        re.compile(rf"(?P<name>{NAME})\s+(?:{verbs})\b"),
        re.compile(rf"\b(?:{verbs})\s+(?P<name>{NAME})"),
    )


def _valid_name(name: str, company_forms: set[str]) -> bool:
    lex = load_lexicon()
    words = name.replace("-", " ").split()
    if any(w in lex.not_names or w in lex.company_words for w in words):
        return False
    if any(w.rstrip(".") in company_forms for w in name.split()) or any(w in lex.title_words for w in words):
        return False
    return name not in company_forms


def _without_titles(name: str) -> str:
    """ "Officer Claire Dumont" → "Claire Dumont": Title Case role words are no part of a name."""
    words = name.split()
    while words and (words[0] in load_lexicon().title_words or words[0] in load_lexicon().not_names):
        words.pop(0)
    return " ".join(words)


@domain.compiled
def _prefilters() -> tuple[tuple[tuple[str, ...], re.Pattern[str] | None], ...]:
    """For each pattern, what it needs at least: one of some words (a substring test, quick) and a cheaper
    pattern without its backtracking. Where these fail, the pattern cannot match."""
    lex = load_lexicon()
    roles, verbs = lex.role_re, lex.verb_re
    return (
        ((), re.compile(rf"{NAME},\s")),
        ((), re.compile(rf"{NAME}\s+(?:a|an|the)\s")),
        ((), re.compile(rf"(?:{roles})\s+[A-Z]")),
        ((), re.compile(rf"(?:{roles}),\s+[A-Z]")),
        ((), re.compile(r"\s(?:is|was|been|became|becomes|remains|become)\s")),
        (lex.speech_verbs, None),
        (lex.speech_verbs, re.compile(rf"(?:{verbs})\s+[A-Z]")),
    )


# (name as matched, its start, role as matched or None, the role's span or None), per match of each pattern
_Match = tuple[str, int, str | None, tuple[int, int] | None]


@domain.compiled(maxsize=4096)
def _matches(text: str) -> tuple[_Match, ...]:
    """What the patterns match in `text`, in their order; cached, as a paragraph is searched twice (for the
    roles around companies, then for people outside quotes, which is the same text when it has none)."""
    found: list[_Match] = []
    for pattern, (words, need) in zip(_patterns(), _prefilters(), strict=True):
        if words and not any(map(text.__contains__, words)):
            continue
        if need is not None and not need.search(text):
            continue
        for m in pattern.finditer(text):
            role = m.groupdict().get("role")
            found.append((m.group("name"), m.start("name"), role, (m.start("role"), m.end("role")) if role else None))
    return tuple(found)


def _after_company(text: str, at: int, company_forms: set[str]) -> bool:
    """Whether a company's name ends just before `at`, a space apart ("Mitsubishi Fuso| Truck CEO")."""
    before = text[max(0, at - 80) : at]
    return before.endswith(" ") and any(before[:-1].endswith(form) for form in company_forms)


_NOT_A_NAME_START = frozenset(
    ("The", "A", "An", "Then", "Former", "New", "Its", "Their", "This", "That", "Our", "Acting")
)


def find_people(text: str, company_forms: set[str]) -> list[PersonHit]:
    hits: list[PersonHit] = []
    for matched, at, role, span in _matches(text):
        name = _without_titles(matched)
        lead = name.split()[0] if name else ""
        # "Nissan chief executive Makoto Uchida": the role pattern may swallow a company as the name start.
        if lead in company_forms or lead in load_lexicon().not_names:
            name = " ".join(name.split()[1:])
        if len(name.split()) < 2 or not _valid_name(name, company_forms):
            continue
        if (
            role
            and span
            and " " in role.strip()
            and role[:1].isupper()
            and _after_company(text, span[0], company_forms)
        ):
            role = role.split(None, 1)[1]  # "Mitsubishi Fuso Truck CEO": the pattern took the last word of a name
        elif role and span and role.split()[0] in load_lexicon().company_words:
            # "Acme Group chairman": the pattern took only the end of a company's name; the role keeps the whole
            before = re.search(r"(?:\b[A-Z][\w&.-]*\s+){1,2}$", text[max(0, span[0] - 40) : span[0]])
            words = before.group().split() if before else []
            while words and words[0] in _NOT_A_NAME_START:
                words.pop(0)  # "Then Group Chairman X": a word that opens the sentence is no company's
            role = " ".join([*words, role])
        start = at + matched.find(name)
        if any(h.start <= start < h.end or start <= h.start < start + len(name) for h in hits):
            continue
        hits.append(PersonHit(name, role.strip() if role else None, start, start + len(name), span))
    hits.sort(key=lambda h: h.start)
    return hits


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
            if kind != "person" or _valid_name(name, set(companies)):
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
            if kind == "person" and not _valid_name(name, set(companies)):
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
            if kind == "company" or _valid_name(name, set(companies)):
                return kind, name
    return None
