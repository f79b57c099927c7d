"""Names an article defines for a company it names in full ("Toyota Motor Corporation (TMC)", "Lucid Group,
Inc. (“Lucid” or the “Company”)"), and where its sentences use them."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.companies import INCORPORATED_FORM, SUFFIXED, find_companies
from briefing.extract.described import described_companies
from briefing.extract.gazetteer import Gazetteer

_LEGAL_AFTER = re.compile(INCORPORATED_FORM + r"(?![\w-])")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)")
_REST_OF_FORM = re.compile(r",?\s*(?:Ltd\.?|Limited|Inc\.?|LLC)(?![\w-])")
_DEFINED_TERM = re.compile(r"^(?:the\s+)?[“\"]?(?P<term>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})[”\"]?$")


def defined_names(paragraphs: list[str], gazetteer: Gazetteer) -> dict[str, str]:
    """Names a release defines for a company: "Toyota Motor Corporation (TMC)", "Lucid Group, Inc. ("Lucid" or
    the "Company")". Each stands for that company in the rest of the article; "together, the Parties" stands
    for no one company and is left out."""
    out: dict[str, str] = {}
    whole = "\n".join(paragraphs)
    for text in paragraphs:
        described = {n for n, _s, _e in described_companies(text)}
        for name, surface, _start, end, known in find_companies(text, gazetteer):
            if not known:
                for term in _initials_used(name, whole, gazetteer):
                    out.setdefault(term, name)
                head = _DROPPED_HEAD.sub("", name)
                # ... unless the short form has a legal form of its own: "Intercable S.r.l." is another company
                own = re.search(rf"\b{re.escape(head)}{INCORPORATED_FORM}", whole)
                # ... nor when the long name is told as the short one's parent: "Ningbo Automotive ..., while its parent
                # Ningbo Automotive Industry Corp."
                own = own or re.search(rf"\bparent\s+(?:company\s+)?{re.escape(name)}\b", whole)
                if head != name and head not in gazetteer.by_surface and not _surname_in(head, whole) and not own:
                    # "Wabco Holdings" is "Wabco", "HAAH Automotive Holdings" "HAAH Automotive" in the rest of it
                    out.setdefault(head, name)
                words = name.split()
                if len(words) == 2 and words[0].isupper() and words[1] in gazetteer.by_surface:
                    out.setdefault(words[0], name)  # "SML Isuzu" is "SML" in the rest of the story
                if (" " not in name or name in described) and not _surname_in(name, whole):
                    # "German supplier Stankiewicz" once: "Stankiewicz's nine plants" later is that company too;
                    # so is "Asahi Tec" after "auto parts maker Asahi Tec"
                    out.setdefault(name, name)
            if known and (short := _short_form(surface, gazetteer)) and short in whole:
                out.setdefault(short, name)  # "Fuji Heavy" after "Fuji Heavy Industries"
            legal = None if known else _LEGAL_AFTER.match(text, end)
            if legal:
                out.setdefault(name, name)  # "Kyocera Corporation" is "Kyocera" in the rest of the article
                if first := _first_word_alone(name, whole, gazetteer):
                    out.setdefault(first, name)
                end = legal.end()
            elif known and (rest := _REST_OF_FORM.match(text, end)):
                end = rest.end()  # "Chongqing Changan Automobile Co., Ltd. (CA)": the form's last part
            m = _BRACKET.match(text, end)
            # ... a name the site found by its head word too: "Autokiniton Global Group ("AGG")"
            if not m or "together" in m["inner"] or "collectively" in m["inner"]:
                continue
            if re.match(r" [A-Z][a-z]", text[m.end() :]):
                continue  # "Alibaba (China) Network Technology": the brackets inside a longer name define nothing
            # '(referred to as the "Investor" or "CYVN")', '(hereinafter "Lucid")': the words before the terms
            inner = re.sub(r"^(?:(?:hereinafter|hereafter)\s+)?(?:(?:referred\s+to|known)\s+as\s+)?", "", m["inner"])
            for part in re.split(r"\s+or\s+|,\s*", inner):
                d = _DEFINED_TERM.match(part.strip())
                term = d["term"] if d else ""
                if (
                    term
                    and not re.search(r"\d|:", term)
                    and term not in gazetteer.by_surface
                    # "(China)", "(Europe)": a place, no company's name; a quoted one ("Investor") is a term
                    and not (term in domain.people().not_names and not re.search('[“"]', part))
                    and len(term) > 1
                ):
                    out.setdefault(term, name)
    return out


def _first_word_alone(name: str, text: str, gazetteer: Gazetteer) -> str | None:
    """ "Keystone Safety Inc." is "Keystone" when the story writes its first word alone before a verb ("Keystone
    already supplies"), a word no other company, no person and no ordinary opening word is, nor a common noun
    the story also writes in lower case ("Lithium is a crucial component" of a story on "Lithium Americas Corp."
    that speaks of "lithium carbonate")."""
    words = name.split()
    first = words[0]
    if (
        len(words) < 2
        or len(first) < 4
        or first in gazetteer.by_surface
        or first in domain.people().not_names
        or _surname_in(first, text)
        or re.search(rf"\b{re.escape(first.lower())}\b", text)
        or not re.search(rf"\b{re.escape(first)}(?:[’'‘]s)?\s+(?!{re.escape(words[1])}\b)[a-z]", text)
    ):
        return None
    return first


def _surname_in(name: str, text: str) -> bool:
    """Whether the article also writes the name after a first name ("Mate Rimac"): then it is a person's too, and
    only where the article describes the company is it the company."""
    return any(
        m["w"] not in domain.people().not_names
        for m in re.finditer(rf"\b(?P<w>[A-Z][a-z][\w-]*) {re.escape(name)}\b", text)
    )


_GENERIC_HEAD = r"(?:Group|Corp\.?|Corporation|Holdings?|Inc\.?)"


def _initials_used(name: str, text: str, gazetteer: Gazetteer) -> list[str]:
    """The name's initials where the article uses them for it: "International Automotive Components Group" is
    "IAC" and "IAC Group" in the rest of the story. Initials that name a known company stay that company."""
    words = name.split()
    if re.fullmatch(_GENERIC_HEAD, words[-1]):
        words = words[:-1]
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return []
    initials = "".join(w[0] for w in words)
    if initials in gazetteer.by_surface:
        return []
    return sorted({m.group() for m in re.finditer(rf"\b{initials}(?:\s+{_GENERIC_HEAD})?(?![\w-])", text)}, key=len)[
        ::-1
    ]


# The last word of a long name that its company's short form leaves out ("Beijing Automotive Group").
_DROPPED_HEAD = re.compile(
    r"\s+(?:Industry|Industries|Holdings?|Group|Corporation|Company|Products|International|Technologies|Automotive|Partners)$"
)


def _short_form(surface: str, gazetteer: Gazetteer) -> str | None:
    """The name without its generic last word, when that leaves two words or more naming no other company."""
    m = SUFFIXED.match(surface)
    name = m["base"] if m else surface
    short = _DROPPED_HEAD.sub("", name)
    if short == name or len(short.split()) < 2 or short in gazetteer.by_surface:
        return None
    return short


def with_defined(
    sentence: str, hits: list[tuple[str, str, int, int, bool]], names: dict[str, str], gazetteer: Gazetteer
) -> list[tuple[str, str, int, int, bool]]:
    """The sentence's companies with the names the article defined; a defined name wins over an unknown one
    the name pattern found at the same place ("Beijing Automotive" after "Beijing Automotive Group")."""
    known = [h for h in hits if h[4]]
    unknown = [h for h in hits if not h[4]]
    defined = find_defined(sentence, names, [(h[2], h[3]) for h in known], gazetteer)
    # the longer name wins: "Toshiba" defined is not a part of "Toshiba Energy Group" found by its pattern
    defined = [
        d for d in defined if not any(u[2] < d[3] and d[2] < u[3] and u[3] - u[2] > d[3] - d[2] for u in unknown)
    ]
    unknown = [u for u in unknown if not any(d[2] < u[3] and u[2] < d[3] for d in defined)]
    return sorted(known + unknown + defined, key=lambda h: h[2])


_LONGER_NAME = re.compile(
    r" (?!(?:Inc|Corp|Corporation|Ltd|Limited|LLC|GmbH|AG|SE|SA|Plc|PLC|Co|Group|Holdings|Chief|Executive|President"
    r"|Chairman|CEO|CFO|Founder|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|And|But)\b)[A-Z][a-z]+"
)


def find_defined(
    sentence: str, names: dict[str, str], taken: list[tuple[int, int]], gazetteer: Gazetteer | None = None
) -> list[tuple[str, str, int, int, bool]]:
    """Where a sentence uses a name the article defined ("TMC", "the Company"), outside known names; a name
    the gazetteer does not know stays marked unknown."""
    out: list[tuple[str, str, int, int, bool]] = []
    # the longest term first: "Hitachi Automotive Systems will absorb" is that company, not "Hitachi" and more words
    for term, name in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<![\w“\"]){re.escape(term)}(?![\w”\"])", sentence):
            if sentence[max(0, m.start() - 1) : m.start()] in '(“"' and sentence[m.end() : m.end() + 1] in ')”"':
                continue  # the definition itself
            longer = _LONGER_NAME.match(sentence, m.end())
            if (
                gazetteer is not None
                and name not in gazetteer.companies
                and longer
                and " " not in term
                and not name.startswith(term + longer.group())
            ):
                continue  # "Samsung Card" after "conglomerate Samsung": another company, whose name begins with it
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((name, term, m.start(), m.end(), gazetteer is None or name in gazetteer.companies))
                taken.append((m.start(), m.end()))
    return out
