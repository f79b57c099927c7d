"""What a person's name is: its words (NAME), the words that are never one (a role's, a company's), and the
lexicon of roles and speech verbs (data/people.yaml) the people rules read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from briefing import domain

# A person's name: two or three capitalised words, hyphenated first names, initials, particles.
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
# A capital may stand inside a word after its first letters: "McLeod", "ZheYong" (a Chinese given name written whole).
# ... and "O'Neill", "D'Souza": an Irish or Indian family name's prefix and its apostrophe
_WORD = (
    rf"(?:[OD][’'][{_UPPER}][{_LOWER}]+"
    rf"|[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[-’'][{_UPPER}{_LOWER}][{_LOWER}]+)?)"
)
# "Anna Berg", "Carl-Peter Forster", "Jan de Vries", "P.K. Menon", "RK Menon" (initials without stops)
NAME = (
    rf"(?:(?:[A-Z]\.\s?){{1,3}}{_WORD}(?:\s+(?!(?:Jr|Sr)\b){_WORD}){{0,2}}(?:\s+(?:Jr|Sr)\.)?|[A-Z]{{2,3}}\s{_WORD}(?![\w-]|\s+[{_UPPER}])"
    rf"|{_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:van|von|de|der|da|di|del|le|la|bin))?(?:\s+{_WORD}){{1,2}}"
    # "Huarong ZHU": a Chinese release writes the family name in capitals, after the given name
    rf"|{_WORD}\s+[A-Z]{{2,5}}(?![\w&.-]|\s+[A-Z]))"
)


@dataclass(frozen=True)
class Lexicon:
    role_words: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    not_names: frozenset[str]
    company_words: frozenset[str] = frozenset()  # "Motor", "Corp": a name with one of these is a company's
    naming_verbs: tuple[str, ...] = ()

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
        """Every word of every role, capitalised or as written: "Officer" in "Officer Claire Dumont" and "CEO" in
        "CEO Kim said" are no first names."""
        words = [w for role in self.role_words for w in role.split() if w.isalpha()]
        return frozenset([*(w.capitalize() for w in words), *(w for w in words if w.isupper())])

    @cached_property
    def verb_re(self) -> str:
        return "|".join(re.escape(w) for w in sorted(self.speech_verbs, key=len, reverse=True))

    @cached_property
    def naming_re(self) -> str:
        """A naming verb and the thing it names, right before the quote: "called it", "described the deal as"."""
        verbs = "|".join(re.escape(w) for w in sorted(self.naming_verbs, key=len, reverse=True))
        thing = r"(?:it|them|this|that|(?:the|its|his|her|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
        return rf"\b(?:{verbs})\s+{thing}(?:\s+as)?"


@domain.compiled
def load_lexicon() -> Lexicon:
    d = domain.people()
    return Lexicon(d.role_words, d.speech_verbs, d.not_names, d.company_words, d.naming_verbs)


# "Mr Chen Xianglin", "Dr. Stefan Asenkerschbaumer": a courtesy title before a name, no part of it
COURTESY = r"(?:Mr|Mrs|Ms|Dr|Prof)"


# "a source in Troika Dialog said": the words before the name of where an unnamed source works, a firm
SOURCE_IN = re.compile(
    r"\b(?:source|sources|official|officials|spokes(?:man|woman|person)|executive|executives|insider|insiders|people)"
    r"\s+(?:in|at|from|with|for|close\s+to|familiar\s+with)\s+$",
    re.IGNORECASE,
)


def valid_name(name: str, company_forms: set[str]) -> bool:
    lex = load_lexicon()
    words = name.replace("-", " ").split()
    if any(w in lex.not_names or w in lex.company_words for w in words):
        return False
    if any(w.rstrip(".") in company_forms for w in name.split()) or any(w in lex.title_words for w in words):
        return False
    return not starts_a_company(name, company_forms)


def starts_a_company(words: str, company_forms: set[str]) -> bool:
    """A company's name, or its first words: "Fuji Heavy" is an article's short name for "Fuji Heavy Industries"."""
    return words in company_forms or any(form.startswith(f"{words} ") for form in company_forms)
