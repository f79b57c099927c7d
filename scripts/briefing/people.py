"""People, their roles, and the quotes they (or companies) are given, by rules over sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import DATA, load_data_file

# A person's name: two or three capitalised words, hyphenated first names, initials, particles.
_WORD = r"[A-Z][a-z]+(?:[-’'][A-Za-z][a-z]+)?"
NAME = rf"{_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:van|von|de|der|da|di|del|le|la|bin))?(?:\s+{_WORD}){{1,2}}"
_QUOTE = re.compile(r"“(?P<c>[^”]+)”|\"(?P<s>[^\"]+)\"")


@dataclass(frozen=True)
class Lexicon:
    role_words: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    not_names: frozenset[str]

    @property
    def role_re(self) -> str:
        return "|".join(re.escape(w) for w in sorted(self.role_words, key=len, reverse=True))

    @property
    def verb_re(self) -> str:
        return "|".join(re.escape(w) for w in sorted(self.speech_verbs, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = load_data_file(DATA / "people.yaml")
    return Lexicon(tuple(data["role_words"]), tuple(data["speech_verbs"]), frozenset(data["not_names"]))


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


@lru_cache(maxsize=1)
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
            rf"(?P<role>(?:\b[A-Z][\w&-]*\s+)?(?:former\s+)?(?:(?!and\b|the\b|said\b|of\b|to\b|a\b|an\b|by\b)[a-z]+\s+){{0,2}}(?:{roles}))\s+(?P<name>{NAME})"
        ),
        # "Uchida said" / "said Jane Doe" / "according to Jane Doe"
        re.compile(rf"(?P<name>{NAME})\s+(?:{verbs})\b"),
        re.compile(rf"\b(?:{verbs})\s+(?P<name>{NAME})"),
    )


def _valid_name(name: str, company_forms: set[str]) -> bool:
    lex = load_lexicon()
    words = name.replace("-", " ").split()
    if any(w in lex.not_names for w in words) or any(w.rstrip(".") in company_forms for w in name.split()):
        return False
    return name not in company_forms


def find_people(text: str, company_forms: set[str]) -> list[PersonHit]:
    hits: list[PersonHit] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            name = m.group("name")
            lead = name.split()[0]
            # "Nissan chief executive Makoto Uchida": the role pattern may swallow a company as the name start.
            if lead in company_forms or lead in load_lexicon().not_names:
                name = " ".join(name.split()[1:])
            if len(name.split()) < 2 or not _valid_name(name, company_forms):
                continue
            role = m.groupdict().get("role")
            start = m.start("name") + m.group("name").find(name)
            if any(h.start <= start < h.end for h in hits):
                continue
            span = (m.start("role"), m.end("role")) if role else None
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


# re's own cache holds 512 patterns, shared with pysbd; the patterns built per article below overflowed it
# and every other pattern was then recompiled on each use. These are kept here instead.
_compiled = lru_cache(maxsize=1024)(re.compile)


def _alternation(names: list[str]) -> str:
    forms = sorted(set(names) | {n.split()[-1] for n in names}, key=len, reverse=True)
    return "|".join([*(re.escape(f) for f in forms), NAME])


def attribute(text: str, quote: QuoteHit, people: list[str], companies: list[str]) -> tuple[str, str] | None:
    """Who a quote belongs to, as ("person" | "company" | "pronoun", the words that name them).

    Looks after the quote first (“…,” said X / “…,” X's role Y said), then at what introduces it (Y said: “…”).
    """
    verbs = load_lexicon().verb_re
    person = _alternation(people)
    company = "|".join(re.escape(c) for c in sorted(companies, key=len, reverse=True)) or r"(?!x)x"
    end = quote.said_at if quote.said_at >= 0 else quote.end
    nxt = min([i for i in (text.find("“", end), text.find('"', end)) if i >= 0], default=len(text))
    after = text[end : min(nxt, end + 200)]
    lead = r"^[\s,;:.!?—-]{0,3}"
    checks = [
        ("person", rf"{lead}(?:{verbs})\s+(?:[^“\".]{{0,80}}?\s)?(?P<n>{person})\b"),
        ("pronoun", rf"{lead}(?P<n>he|she)\s+(?:{verbs})\b"),
        ("company", rf"{lead}(?:a|an|the)\s+(?P<n>{company})(?:[’'‘]s)?\s+(?:spokes\w+|representative|statement)"),
        ("person", rf"{lead}(?:[^“\".]{{0,80}}?\s)?(?P<n>{person})(?:,[^,“\"]{{0,100}},)?\s+(?:{verbs})\b"),
        ("company", rf"{lead}(?P<n>{company})\s+(?:{verbs})\b"),
    ]
    for kind, pattern in checks:
        m = _compiled(pattern).search(after)
        if m and (kind != "person" or _valid_name(m.group("n"), set(companies))):
            return kind, m.group("n")
    prev = max(text.rfind("”", 0, quote.start), text.rfind('"', 0, quote.start), quote.start - 300, 0)
    before = text[prev : quote.start]
    tail = _compiled(rf"[^“\"]{{0,220}}?(?:\b(?:{verbs})\b[^“\"]{{0,40}}|:)\s*[:,]?\s*$")
    # The nearest person who introduces the quote; a company only when no person does.
    for kind, pattern in (("person", person), ("company", company)):
        for m in reversed(list(_compiled(rf"\b(?P<n>{pattern})\b").finditer(before))):
            if kind == "person" and not _valid_name(m.group("n"), set(companies)):
                continue
            if tail.match(before, m.end()):
                return kind, m.group("n")
    return None
