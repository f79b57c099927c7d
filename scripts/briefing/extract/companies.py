"""Find companies in sentences: gazetteer aliases first, then the 'X Motors' pattern for unknown ones."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.extract.capitals import in_capitals
from briefing.extract.described import described_companies, ventures
from briefing.extract.gazetteer import Gazetteer
from briefing.extract.organisations import organisation_spans
from briefing.extract.patterns import trie_alternation

# Legal forms that may follow a name; "Corp." may also end the sentence.
_LEGAL_FORMS = (
    r"(?:AG|SE|SA|S\.A\.|SpA|S\.p\.A\.|NV|N\.V\.|Plc|PLC|plc|Corp\.?|Corporation|Co\.|Company"
    r"|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|GmbH)"
)
LEGAL_SUFFIX = r"(?:\s+" + _LEGAL_FORMS + r")?"
_SUFFIXED = re.compile(r"^(?P<base>.+?)\s+" + _LEGAL_FORMS + r"$")
# "the Volkswagen brand", "VW brand's margin": the article uses the bare name for the brand itself
_BRAND_WORD = r"(?:\s+brand|[’'‘]s?\s+(?:core\s+|namesake\s+)?brand)"
_POSSESSIVE = r"(?:[’'‘]s?)?"
# Words that end an unknown company's name in car news, and capitalised words that cannot start one.
_UNKNOWN_HEADS = r"(?:Motors?|Automotive|Automobiles?|Auto|Group|Cars|Mobility|Motor Company|Holdings|Industries)"
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "And",
    "But",
    "Its",
    "Their",
    "This",
    "That",
    "Both",
    "Each",
    "Our",
    "Source",
    "Electric",
    "General",
    "European",
    "Chinese",
    "German",
    "Japanese",
    "American",
    "British",
    "Korean",
    "Indian",
    "French",
    "Italian",
    "Global",
    "New",
}
# A word of an unknown name: "Ningbo", "E-Drive", and initials joined by a hyphen ("L-H Battery Co.")
_NAME_WORD = r"(?:[A-Z][\w&]+(?:-[A-Z][\w&]*)?|[A-Z]-[A-Z][\w&]*)"
_UNKNOWN = re.compile(r"(?<![\w-])(?P<name>(?:" + _NAME_WORD + r"\s){1,3}" + _UNKNOWN_HEADS + r")(?![\w-])")
_INCORPORATED_FORM = (
    r"\s+(?:Corporation|Corp\.?|Inc\.?|(?:(?:Pvt\.?|Private|Pte\.?)\s+)?(?:Ltd\.?|Limited)|Co\.|LLC|L\.L\.C\.|GmbH"
    r"|Plc|PLC|plc|Sdn\.?\s+Bhd\.?|Bhd\.?)"
)
# "Kyocera Corporation", "Ningbo Automotive Industry Corp.": a name and a legal form that only a company has
_INCORPORATED = re.compile(
    r"(?<![\w-])(?P<name>" + _NAME_WORD + r"(?:\s(?!(?:Pvt|Private)\b)" + _NAME_WORD + r"){0,3})"
    r"(?P<suffix>" + _INCORPORATED_FORM + r")(?![\w-])"
)
# A possessive before a name: "Nissan's Legal Affairs Group" is a part of Nissan, not a company of its own.
_OWNER_BEFORE = re.compile(r"[A-Z][\w&.-]*[’'‘]s?\s+$")
# Words next to a title's initials that make them the title: "executive GM", "GM of Toyota's R&D arm".
_TITLE_BEFORE = re.compile(
    r"\b(?:executive|senior|deputy|assistant|acting|interim|regional|area|country|plant|divisional|and)\s+$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(r"\s+(?:of|for)\s+(?:[a-z][\w-]*\b|(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*[’'‘]s\b)")


def _is_title(sentence: str, start: int, end: int) -> bool:
    return bool(_TITLE_BEFORE.search(sentence[:start]) or _TITLE_AFTER.match(sentence, end))


@lru_cache(maxsize=4)
def _alias_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    alternation = trie_alternation(list(gazetteer.by_surface))
    return re.compile(
        r"(?<![\w])(?P<name>" + alternation + r")(?P<suffix>" + LEGAL_SUFFIX + r")" + _POSSESSIVE + r"(?![\w])"
    )


@lru_cache(maxsize=4)
def _former_prefixes(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Each former name that begins another company's name → those companies ("Daimler" → Daimler Truck)."""
    out: dict[str, list[str]] = {}
    for company in gazetteer.companies.values():
        for former in company.formerly:
            out[former] = [
                c.name
                for c in gazetteer.companies.values()
                if c.name != company.name and any(f.startswith(former + " ") for f in c.surface_forms)
            ]
    return {former: tuple(names) for former, names in out.items() if names}


@lru_cache(maxsize=4)
def _suffixed_forms(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """Each form that is a known name plus a legal form, naming an owner of that name's company: "Volkswagen
    AG" → ("Volkswagen", Volkswagen Group). "Porsche SE" and "Mitsubishi Corp." own neither the Porsche
    brand nor Mitsubishi Motors, so they stay apart."""
    out: dict[str, tuple[str, str]] = {}
    for surface, name in gazetteer.by_surface.items():
        m = _SUFFIXED.match(surface)
        base = gazetteer.by_surface.get(m["base"]) if m else None
        if m and base and base != name and name in gazetteer.ancestors(base):
            out[surface] = (m["base"], name)
    return out


def short_forms(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Short forms an article uses for a company it names in full.

    A former name: in an article about Daimler Truck that never names Mercedes-Benz, "a unit of Daimler" is
    Daimler Truck's, not the carmaker's. A name without its legal form: an article that says "Volkswagen AG"
    (the group) and then "Volkswagen" or "VW" means the group each time, unless it speaks of the brand."""
    out: dict[str, str] = {}
    for suffixed, (base, owner) in _suffixed_forms(gazetteer).items():
        forms = gazetteer.companies[gazetteer.by_surface[base]].surface_forms
        if re.search(rf"(?<![\w-]){re.escape(suffixed)}(?![\w-])", text) and not any(
            re.search(
                rf"(?<![\w-]){re.escape(form)}{_BRAND_WORD}(?![\w-])|\bbrand\s+{re.escape(form)}(?![\w-])",
                text,
                re.IGNORECASE,
            )
            for form in forms
        ):
            out.update(dict.fromkeys(forms, owner))
    for former, names in _former_prefixes(gazetteer).items():
        if former not in text:
            continue
        current = gazetteer.by_surface[former]
        family = [c for c in gazetteer.companies.values() if current in (c.name, c.parent)]
        if any(f in text for c in family for f in c.surface_forms if f not in c.formerly):
            continue  # the article names the company itself or one of its brands
        named = [n for n in names if any(f in text for f in gazetteer.companies[n].surface_forms)]
        if len(named) == 1:
            out[former] = named[0]
    out.update(_group_shortened(text, gazetteer))
    return out


def _group_shortened(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """ "Isuzu is buying UD Trucks from Volvo Group ... sold to Volvo": in an article that names a group in full
    and never the other company its short form names (Volvo Cars, no part of it), the short form is the group."""
    out: dict[str, str] = {}
    for company in gazetteer.companies.values():
        if not company.name.endswith(" Group"):
            continue
        base = company.name.removesuffix(" Group")
        other = gazetteer.by_surface.get(base)
        if other is None or other == company.name or company.name in gazetteer.ancestors(other):
            continue
        if not re.search(rf"(?<![\w-]){re.escape(company.name)}(?![\w-])", text):
            continue
        others = [f for f in gazetteer.companies[other].surface_forms if f != base]
        if not any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in others):
            out[base] = company.name
    return out


def find_companies(
    sentence: str, gazetteer: Gazetteer, short: dict[str, str] | None = None
) -> list[tuple[str, str, int, int, bool]]:
    """(canonical name, surface text, start, end, known) for each company named in a sentence; `short`
    gives the article's short_forms().

    Nothing inside the name of a union, regulator, bank or exchange is a company ("IG Metall", "Korea
    Development Bank", "the Hyundai Motor union" stays a union): data/organisations.yaml."""
    found: list[tuple[str, str, int, int, bool]] = []
    taken: list[tuple[int, int]] = [(s, e) for s, e, _n in organisation_spans(sentence)]
    blocked = list(taken)
    longer: list[tuple[int, int]] = []
    for m in _alias_pattern(gazetteer).finditer(sentence):
        canonical = (short or {}).get(m.group("name")) or gazetteer.by_surface[m.group("name")]
        company = gazetteer.companies[canonical]
        if company.ambiguous and " " not in m.group("name") and not sentence[: m.start()].strip(" “\"‘'([—-"):
            continue  # a risky one-word name that opens the sentence is more likely an ordinary word
        if any(s < m.end() and m.start() < e for s, e in blocked):
            continue
        if m.group("name") in company.titles and _is_title(sentence, m.start(), m.end()):
            continue  # "executive GM of Toyota's R&D arm": a general manager
        if any(s <= m.start() < e for s, e in longer):
            continue  # "Mazda" inside "Changan Mazda Automobile Co."
        if span := _longer_incorporated(sentence, m.start(), m.end("suffix")):
            longer.append(span)
            continue  # "Fiat India Automobiles Pvt Ltd": a company of its own, whose name begins with a known one
        end = m.end("suffix")
        found.append((canonical, sentence[m.start() : end], m.start(), end, True))
        taken.append((m.start(), end))
    found += in_capitals(sentence, _alias_pattern(gazetteer), gazetteer, taken)
    found = ventures(sentence, sorted(found, key=lambda f: f[2]), gazetteer)
    found += _unknown(sentence, [(f[2], f[3]) for f in found] + blocked)
    found.sort(key=lambda f: f[2])
    return found


def _longer_incorporated(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a longer incorporated name that a known one opens, whose added words name a carmaker of its
    own ("India Automobiles"); added words of a plant or a place ("Toyota Motor Manufacturing Indiana Inc.") do
    not."""
    m = _INCORPORATED.match(sentence, start)
    if m is None or m.end("name") <= end:
        return None
    added = sentence[end : m.end("name")].split()
    if sentence[end : end + 1] == "-":
        return (start, m.end("name"))  # "Hyundai-Berjaya Sdn Bhd": a hyphenated name of a company of its own
    return (start, m.end("name")) if len(added) >= 2 and any(re.fullmatch(_UNKNOWN_HEADS, w) for w in added) else None


def _unknown(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[str, str, int, int, bool]]:
    """Companies the gazetteer does not know, by their name's head word or legal form; the longest name wins
    ("Ningbo Automotive Industry Corp." is the parent, not "Ningbo Automotive"). The legal form stays out of
    the name and its span, as the clause rules have always read these names."""
    # (name, start, end, described): a described company keeps its place after a possessive ("Toyota's
    # Orbis Robotics unit" is a company of its own; "Nissan's Legal Affairs Group" is a part of Nissan).
    candidates: list[tuple[str, int, int, bool]] = [(*c, True) for c in described_companies(sentence)]
    for pattern, least in ((_INCORPORATED, 1), (_UNKNOWN, 2)):
        for m in pattern.finditer(sentence):
            words = m.group("name").split()
            while words and words[0] in _NOT_NAMES:
                words.pop(0)
            if len(words) < least or (least == 1 and any(re.fullmatch(_LEGAL_FORMS, w) for w in words)):
                continue
            if least == 1 and len(words) > 1 and not any(re.fullmatch(_UNKNOWN_HEADS, w) for w in words[1:]):
                continue  # "Ultium Cells LLC", "Life Insurance Corporation": too often a venture or no carmaker
            name = " ".join(words)
            candidates.append((name, m.end("name") - len(name), m.end("name"), False))
    out: list[tuple[str, str, int, int, bool]] = []
    ends = {e for _s, e in taken}
    for name, start, end, described in sorted(candidates, key=lambda c: c[2] - c[1], reverse=True):
        if any(s < end and start < e for s, e in taken):
            continue  # overlaps a known name ("Tata Motors", "BMW Group") or a longer unknown one
        if start - 1 in ends and sentence[start - 1] == " ":
            continue  # "Chang'an Automobile Group": the rest of the known name before it
        taken.append((start, end))
        if not described and _OWNER_BEFORE.search(sentence[:start]):
            continue  # a division of the company before it
        if re.search(r"&\s*$", sentence[:start]):
            continue  # "Mitsui & Co Ltd": the end of a name the pattern cannot read, not a company "Co"
        if re.match(
            r"\s+(?:Show|Shows|Exhibition|Expo|Fair|Festival|Week|Awards?|Conference|Summit)\b", sentence[end:]
        ):
            continue  # "the Geneva Motor Show": an event, not a company
        out.append((name, name, start, end, False))
    return out


_LEGAL_AFTER = re.compile(_INCORPORATED_FORM + r"(?![\w-])")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)")
_REST_OF_FORM = re.compile(r",?\s*(?:Ltd\.?|Limited|Inc\.?|LLC)(?![\w-])")
_DEFINED_TERM = re.compile(r"^(?:the\s+)?[“\"]?(?P<term>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})[”\"]?$")


def defined_names(paragraphs: list[str], gazetteer: Gazetteer) -> dict[str, str]:
    """Names a release defines for a company: "Toyota Motor Corporation (TMC)", "Lucid Group, Inc. ("Lucid" or
    the "Company")". Each stands for that company in the rest of the article; "together, the Parties" stands
    for no one company and is left out."""
    out: dict[str, str] = {}
    for text in paragraphs:
        for name, surface, _start, end, known in find_companies(text, gazetteer):
            if known and (short := _short_form(surface, gazetteer)) and short in "\n".join(paragraphs):
                out.setdefault(short, name)  # "Fuji Heavy" after "Fuji Heavy Industries"
            legal = None if known else _LEGAL_AFTER.match(text, end)
            if legal:
                out.setdefault(name, name)  # "Kyocera Corporation" is "Kyocera" in the rest of the article
                end = legal.end()
            elif known and (rest := _REST_OF_FORM.match(text, end)):
                end = rest.end()  # "Chongqing Changan Automobile Co., Ltd. (CA)": the form's last part
            m = _BRACKET.match(text, end)
            if not m or "together" in m["inner"] or "collectively" in m["inner"] or not (known or legal):
                continue
            # '(referred to as the "Investor" or "CYVN")', '(hereinafter "Lucid")': the words before the terms
            inner = re.sub(r"^(?:(?:hereinafter|hereafter)\s+)?(?:(?:referred\s+to|known)\s+as\s+)?", "", m["inner"])
            for part in re.split(r"\s+or\s+|,\s*", inner):
                d = _DEFINED_TERM.match(part.strip())
                term = d["term"] if d else ""
                if term and not re.search(r"\d|:", term) and term not in gazetteer.by_surface and len(term) > 1:
                    out.setdefault(term, name)
    return out


# The last word of a long name that its company's short form leaves out ("Beijing Automotive Group").
_DROPPED_HEAD = re.compile(r"\s+(?:Industries|Holdings?|Group|Corporation|Company)$")


def _short_form(surface: str, gazetteer: Gazetteer) -> str | None:
    """The name without its generic last word, when that leaves two words or more naming no other company."""
    m = _SUFFIXED.match(surface)
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


def find_defined(
    sentence: str, names: dict[str, str], taken: list[tuple[int, int]], gazetteer: Gazetteer | None = None
) -> list[tuple[str, str, int, int, bool]]:
    """Where a sentence uses a name the article defined ("TMC", "the Company"), outside known names; a name
    the gazetteer does not know stays marked unknown."""
    out: list[tuple[str, str, int, int, bool]] = []
    for term, name in names.items():
        for m in re.finditer(rf"(?<![\w“\"]){re.escape(term)}(?![\w”\"])", sentence):
            if sentence[max(0, m.start() - 1) : m.start()] in '(“"' and sentence[m.end() : m.end() + 1] in ')”"':
                continue  # the definition itself
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((name, term, m.start(), m.end(), gazetteer is None or name in gazetteer.companies))
                taken.append((m.start(), m.end()))
    return out
