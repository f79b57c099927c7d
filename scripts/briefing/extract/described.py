"""Companies this site's list does not know, found because the article says what they are, or because their name
is their parents' names (a joint venture in China).

Wire and trade stories introduce a young or small company by what it does, next to its name: "battery maker
Voltaro", "self-driving startup Lumina Drive", "Toyota's Orbis Robotics unit", "Orbis AI, a developer of driving
software". The nouns are data (references.yaml `naming_nouns`, `unit_nouns`). A name that may be a person, a
role or a place is left out: precision before recall.
"""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.gazetteer import Gazetteer
from briefing.extract.patterns import trie_alternation

# A word of a company's name: capitalised, all capitals ("AI") or hyphenated ("E-Drive").
_WORD = r"[A-Z][\w&]*(?:-[A-Z0-9][\w&]*)?"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
_LEGAL = r"(?:Inc|Corp|Corporation|Ltd|Limited|LLC|GmbH|AG|SE|SA|Plc|PLC|Co)\b"
# Words that may stand between "a" and the noun of an apposition ("a Boston-based startup"), never a preposition.
_FILLER = r"(?:(?!(?:of|at|for|with|from|the|in|to|and)\b)[\w-]+\s+){0,2}?"


@domain.compiled(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    d = domain.references()
    nouns, units = trie_alternation(list(d.naming_nouns)), trie_alternation(list(d.unit_nouns))
    return (
        # "battery maker Voltaro": the name ends where no capitalised word (other than a legal form) follows
        re.compile(rf"(?<![\w-])(?:{nouns})\s+{_NAME}(?![\w&-])(?!\s+(?!{_LEGAL})[A-Z])"),
        # "Toyota's Orbis Robotics unit": after an owner's possessive, before a unit noun
        re.compile(rf"[A-Z][\w&.-]*[’'‘]s?\s+{_NAME}\s+(?:{units})\b"),
        # "Orbis AI, a developer of ...", "Saudi Aramco, the world’s largest oil producer,": an apposition naming
        # what the company is
        re.compile(
            rf"(?<![\w&-]){_NAME},\s+(?:an?|the\s+world[’']s\s+(?:largest|biggest|second-largest|"
            rf"second-biggest|third-largest|leading))\s+{_FILLER}(?:{nouns})"
            rf"(?=\s+(?:of|that|which|based|in|with|for|and)\b|[,.;])"
        ),
        # "will purchase a 5% stake in Korea Zinc for ...": what a stake is held in is a company
        re.compile(
            rf"\b(?:a|an|its|the)\s+(?:[\w.%-]+\s+){{0,3}}?(?:stake|shareholding|equity\s+stake)\s+in\s+{_NAME}"
            rf"(?=\s+(?:for|from|to|worth|valued|at|by|in|as|and)\b|[,.;])"
        ),
        # "to acquire 33.3 percent of shares in Symbio, a leader in ...": so is what a share of shares is in
        re.compile(
            rf"\b\d[\d.]*\s*(?:%|per\s?cent|percent)\s+(?:of\s+(?:the\s+)?)?shares\s+in\s+{_NAME}"
            rf"(?=\s+(?:for|from|to|worth|valued|at|by|in|as|and)\b|[,.;])"
        ),
    )


def _plain(words: list[str]) -> bool:
    """No person, role or place: none of the people rules' not-names, role words or a region's words."""
    people, places = domain.people(), domain.references().place_words
    roles = {w for role in people.role_words for w in role.lower().split()}
    return not any(w in people.not_names or w in places or w.lower() in roles for w in words)


def described_companies(sentence: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each unknown company the sentence describes, in reading order; a unit's name has
    two words or more ("Toyota's Kentucky unit" is a plant's place)."""
    out: list[tuple[str, int, int]] = []
    for i, pattern in enumerate(_patterns()):
        for m in pattern.finditer(sentence):
            words = m["name"].split()
            while words and words[0] in domain.people().not_names:
                words.pop(0)  # "In March Orbis AI, a developer": the name starts after the opening words
            while words and re.fullmatch(_LEGAL, words[-1]):
                words.pop()
            if not words or not _plain(words) or (i == 1 and len(words) < 2):
                continue
            name = " ".join(words)
            start = m.start("name") + m["name"].index(name)
            out.append((name, start, start + len(name)))
    return sorted(out, key=lambda c: c[1])


_FORM_AFTER = re.compile(r"\s+(?:Ltd|Limited|Pvt|Private)\b")  # after the name's span
_FORM_ENDS = re.compile(r"\s(?:Ltd|Limited|Pvt|Private)\.?$")  # ... or in its surface ("Cummins Ltd.")
_VENTURE_HEAD = re.compile(r"\s+(?:Motors?|Automobiles?|Automotive|Auto)(?![\w-])")
_ENDS_WITH_HEAD = re.compile(r"\s(?:Motors?|Automobiles?|Automotive|Auto)$")


def ventures(
    sentence: str, found: list[tuple[str, str, int, int, bool]], gazetteer: Gazetteer
) -> list[tuple[str, str, int, int, bool]]:
    """ "GAC Mitsubishi Motors", "Dongfeng Nissan Motor": a Chinese maker's name, a foreign one's and a maker's
    word, a space apart, name their joint venture in China, a company of its own, not the two parents. Without
    the maker's word ("GAC Toyota") the articles we read use the name for the venture and its parents alike,
    so the two parents stand."""
    out: list[tuple[str, str, int, int, bool]] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        end = _venture_end(sentence, a, b, gazetteer) if b is not None else None
        if end is not None:
            name = sentence[a[2] : end]
            out.append((name, name, a[2], end, False))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _venture_end(
    sentence: str, a: tuple[str, str, int, int, bool], b: tuple[str, str, int, int, bool], gazetteer: Gazetteer
) -> int | None:
    """Where the venture's name that two known names a space apart open ends, or None when they name none."""
    first, second = gazetteer.get(a[0]), gazetteer.get(b[0])
    if not (a[4] and b[4] and sentence[a[3] : b[2]] == " " and first is not None and second is not None):
        return None
    # "their joint venture, Tata Cummins Ltd. (TCL)": then a legal form, the venture's, not the second company's
    if first.name != second.name and " " not in a[1] and (_FORM_AFTER.match(sentence, b[3]) or _FORM_ENDS.search(b[1])):
        return b[2] + len(b[1].split()[0])
    if first.country == "CN" and second.country != "CN" and not re.match(r"[’'‘]", b[1][-2:]):
        if head := _VENTURE_HEAD.match(sentence, b[3]):
            return head.end()
        if _ENDS_WITH_HEAD.search(b[1]):
            return b[3]
    return None


# "the Thacker Pass lithium carbonate mining project": a name the story writes as a project's or a mine's is a
# thing, however a later sentence writes it ("a 38% stake in Thacker Pass")
_NAMED_THING = re.compile(
    rf"\bthe\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?:[a-z][\w-]*\s+){{0,3}}"
    r"(?:project|projects|mine|mines|deposit|deposits|oilfield|gas\s+field)\b"
)


def named_things(text: str) -> frozenset[str]:
    """The names an article gives to projects, mines and deposits, never companies of their own."""
    return frozenset(m["name"] for m in _NAMED_THING.finditer(text))
