"""Find companies in sentences: gazetteer aliases first, then the 'X Motors' pattern for unknown ones."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing import domain
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
SUFFIXED = re.compile(r"^(?P<base>.+?)\s+" + _LEGAL_FORMS + r"$")
# "the Volkswagen brand", "VW brand's margin": the article uses the bare name for the brand itself
_BRAND_WORD = r"(?:\s+brand|[’'‘]s?\s+(?:core\s+|namesake\s+)?brand)"
_POSSESSIVE = r"(?:[’'‘]s?)?"
# Words that end an unknown company's name in car news, and capitalised words that cannot start one.
_UNKNOWN_HEADS = (
    r"(?:Motors?|Automotive|Automobiles?|Auto|Group|Cars|Mobility|Motor Company|Holdings|Industries|Partners"
    r"|Tyres|Tires)"
)
_NOT_NAMES = {
    "Joint",  # "Joint Mobility Offerings:", a heading; no company's name begins so
    "About",  # "About Superior Industries", a release's heading run into its profile
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
    # a headline's words in title case before a name: "Agreement to Acquire Nelson Metal Products Corporation"
    "To",
    "With",
    "From",
    "Acquire",
    "Acquires",
    "Buy",
    "Buys",
    "Sell",
    "Sells",
    "Agreement",
    "Announces",
    "Completes",
    "Signs",
}
# A word of an unknown name: "Ningbo", "E-Drive", and initials joined by a hyphen ("L-H Battery Co.")
# ... or one that opens with a small letter before its capital, as some brands write it ("Lightning eMotors")
_NAME_WORD = r"(?:[A-Z][\w&]+(?:-[A-Z][\w&]*)?|[A-Z]-[A-Z][\w&]*|[a-z][A-Z][a-z][\w&]*)"
_UNKNOWN = re.compile(r"(?<![\w-])(?P<name>(?:" + _NAME_WORD + r"\s){1,3}" + _UNKNOWN_HEADS + r")(?![\w-])")
INCORPORATED_FORM = (
    # "Standard Motor Products, Inc.": American releases set the form off with a comma
    r"(?:,?\s+(?:Corporation|Corp\.?|Inc\.?|(?:(?:Pvt\.?|Private|Pte\.?)\s+)?(?:Ltd\.?|Limited)|Co\.|LLC|L\.L\.C\.|GmbH|AG"
    r"|Plc|PLC|plc|Sdn\.?\s+Bhd\.?|Bhd\.?|Tbk\.?|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.)"
    # a Mexican company's form, after a comma: "Vitro, S.A.B. de C.V."
    r"|,?\s+S\.A\.(?:B\.)?\s+de\s+C\.V\.)"
)
# "Kyocera Corporation", "Ningbo Automotive Industry Corp.": a name and a legal form that only a company has
_INCORPORATED = re.compile(
    # up to six words: "Baotou Bei Ben Heavy-Duty Truck Co Ltd"
    r"(?<![\w-])(?P<name>" + _NAME_WORD + r"(?:\s(?!(?:Pvt|Private|Pte|Sdn)\b)" + _NAME_WORD + r"){0,5})"
    r"(?P<suffix>" + INCORPORATED_FORM + r")(?![\w-])"
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
        m = SUFFIXED.match(surface)
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
    out.update(_brand_of_former_name(text, gazetteer))
    return out


def _brand_of_former_name(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """ "PSA Peugeot Citroen SA ... a 14% stake each in Peugeot": in an article that names a group by a former name
    that holds a brand's name, the brand's name alone is that group, unless the article speaks of the brand."""
    out: dict[str, str] = {}
    for company in gazetteer.companies.values():
        for former in company.formerly:
            if " " not in former or not re.search(rf"(?<![\w-]){re.escape(former)}(?![\w-])", text):
                continue
            for word in former.split():
                brand = gazetteer.companies.get(gazetteer.by_surface.get(word, ""))
                if brand is None or brand.kind != "brand" or brand.name == company.name:
                    continue
                if re.search(rf"(?<![\w-]){re.escape(word)}{_BRAND_WORD}(?![\w-])|\bbrand\s+{re.escape(word)}\b", text):
                    continue
                out.setdefault(word, company.name)
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
        # the group in full, by any of its names ("Volvo Group", "AB Volvo", "Sweden's Volvo AB")
        if not any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in company.surface_forms if f != base):
            continue
        others = [f for f in gazetteer.companies[other].surface_forms if f != base]
        if not any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in others):
            out[base] = company.name
    # "Volvo Bus Corporation ... He said Volvo would invest": a story that names one company of a family by its full
    # name, and never the company the short name stands for alone, means that company by the short name
    for base, owner in gazetteer.by_surface.items():
        if " " in base or base in out or not re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", text):
            continue
        default = gazetteer.companies[owner]
        if default.name == base:
            continue  # "Toyota" is Toyota whatever other Toyota companies the story names
        if any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in default.surface_forms if f != base):
            continue
        named = {
            c.name
            for c in gazetteer.companies.values()
            if c.name != owner
            and c.kind in ("maker", "brand")  # a vehicle maker; "Mitsubishi Corp." is a trading house
            and c.name.startswith(f"{base} ")
            and any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in c.surface_forms)
        }
        if len(named) == 1:
            out[base] = named.pop()
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
    # "Magna International Inc. (TSX: MG.A, NYSE: MGA)": a ticker names no company
    taken += [(t.start(), t.end()) for t in _TICKERS.finditer(sentence)]
    blocked = list(taken)
    longer: list[tuple[int, int]] = []
    for m in _alias_pattern(gazetteer).finditer(_lede_capitals(sentence, gazetteer)):
        canonical = (short or {}).get(m.group("name")) or gazetteer.by_surface[m.group("name")]
        company = gazetteer.companies[canonical]
        if company.ambiguous and " " not in m.group("name") and not sentence[: m.start()].strip(" “\"‘'([—-"):
            continue  # a risky one-word name that opens the sentence is more likely an ordinary word
        if company.ambiguous and " " not in m.group("name") and _TITLED_AFTER.match(sentence, m.end("suffix")):
            continue  # "its Smart Vehicle Architecture": a risky one-word name opening a product's name
        if company.ambiguous and " " not in m.group("name") and _ordinary_after(sentence, m.end("suffix")):
            continue  # "a Smart Grid supplier": an ordinary phrase
        if " " not in m.group("name") and (
            _named_before(sentence[: m.start()], gazetteer)
            or _initials_before(sentence[: m.start()], gazetteer)
            or _titled_person_before(sentence[: m.start()], gazetteer)
        ):
            continue  # "Zhejiang Youngman Lotus will pay", "SML Isuzu": the last word of another company's name
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
        if re.match(r"\s+(?:famil(?:y|ies)|clan)\b", sentence[end:]):
            continue  # "Volkswagen's controlling Piech and Porsche families": the family, not the company
        if trade := _OTHER_VEHICLES.match(sentence, end):
            # "Peugeot Motocycles", "BMW Motorrad": a maker of other vehicles under the name, not the carmaker
            name = sentence[m.start() : trade.end()]
            found.append((name, name, m.start(), trade.end(), False))
            taken.append((m.start(), trade.end()))
            continue
        found.append((canonical, sentence[m.start() : end], m.start(), end, True))
        taken.append((m.start(), end))
    found += in_capitals(sentence, _alias_pattern(gazetteer), gazetteer, taken)
    found = ventures(sentence, sorted(found, key=lambda f: f[2]), gazetteer)
    found += _unknown(sentence, [(f[2], f[3]) for f in found] + blocked)
    found.sort(key=lambda f: f[2])
    return found


_TWO_BEFORE = re.compile(r"(?:^|[a-z,;]\s)(?P<a>[A-Z][a-z]+)\s+(?P<b>[A-Z][a-z]+)\s+$")
_NOT_NAME_WORDS = re.compile(
    r"[A-Z][a-z]+(?:ese|ish|ian|ean|ican)|German|Korean|Thai|Dutch|French|Swiss|Czech|Saudi|Israeli|Emirati|Qatari"
    r"|The|A|An|And|Its|Their|Former|New|Chief|Executive|Group|North|South|East|West"
)


def _named_before(before: str, gazetteer: Gazetteer) -> bool:
    """Two capitalised words that name no company and no nationality stand right before a one-word name: "Zhejiang
    Youngman Lotus" is a company of its own, not Lotus."""
    m = _TWO_BEFORE.search(before)
    return bool(
        m
        and not any(w in gazetteer.by_surface or _NOT_NAME_WORDS.fullmatch(w) for w in (m["a"], m["b"]))
        and not re.search(r"[’']s\s*$", before)
    )


@lru_cache(maxsize=1)
def _title_then_word() -> re.Pattern[str]:
    roles = "|".join(
        sorted((re.escape(r) for r in domain.people().role_words if r != "partner"), key=len, reverse=True)
    )
    return re.compile(rf"(?:^|[^\w-])(?i:{roles}|gm)\s+(?P<w>[A-Z][a-z]+)\s$")


def _titled_person_before(before: str, gazetteer: Gazetteer) -> bool:
    """A role and one capitalised word right before a one-word name: "general manager Zhu Yanfeng" is a person
    whose given name is a supplier's, not Yanfeng."""
    m = _title_then_word().search(before)
    return bool(m and m["w"] not in gazetteer.by_surface and not _NOT_NAME_WORDS.fullmatch(m["w"]))


_INITIALS_BEFORE = re.compile(r"(?:^|[^\w&.’'-])(?P<w>[A-Z]{2,5})\s$")


def _initials_before(before: str, gazetteer: Gazetteer) -> bool:
    """Capitals that name no company and are no common initials ("US", "EV") right before a one-word name:
    "SML Isuzu" is a company of its own, not Isuzu."""
    m = _INITIALS_BEFORE.search(before)
    return bool(m and m["w"] not in gazetteer.by_surface and m["w"] not in domain.references().common_initials)


# The words of a lender's name ("Hindustan Motor Finance Corporation Ltd"), which no carmaker's name has.
_FINANCE = r"Finance|Financial|Leasing|Insurance"
_LENDER = rf"(?:{_FINANCE}|Bank|Capital)"
_LENDER_AFTER = re.compile(rf"\s+{_LENDER}\b")
_TICKERS = re.compile(r"\((?:[A-Z]{2,8}|Nasdaq|Euronext|Xetra)\s*:\s*[^()]{1,40}\)")
_TITLED_AFTER = re.compile(
    r"\s+(?!(?:Group|Motor|Motors|Automobile|Auto|Corp|Inc|AG|SE|SA|Co|Ltd)\b)[A-Z][a-z]+\s+[A-Z][a-z]+"
)
_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Z][a-z]+)\b")


def _ordinary_after(sentence: str, end: int) -> bool:
    m = _NEXT_WORD.match(sentence, end)
    return m is not None and m["w"] in domain.references().ordinary_after


_LEDE_CAPITALS = re.compile(r"[\"“‘']?([A-Z]{2,})(?=\s+[A-Z][a-z])")


def _lede_capitals(sentence: str, gazetteer: Gazetteer) -> str:
    """The sentence with an opening word in capitals read in title case, for matching only (the same length):
    Australian and British papers set a story's first word in capitals ("GENERAL Motors has announced"). A
    word that is a name in capitals of its own ("BMW", "SAIC Motor") or opens one ("SK On") stays."""
    m = _LEDE_CAPITALS.match(sentence)
    if m is None or m.group(1) in gazetteer.by_surface or _alias_pattern(gazetteer).match(sentence, m.start(1)):
        return sentence  # "KG Mobility", "SK On": a name as it is written
    word = m.group(1)
    return sentence[: m.start(1)] + word[0] + word[1:].lower() + sentence[m.end(1) :]


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
    # "Mitsubishi Steel Manufacturing Co.": a group company of another trade, not the carmaker
    other_trade = any(re.fullmatch(_OTHER_TRADE, w) for w in added)
    # ... but "Aston Martin Lagonda Global Holdings plc" is Aston Martin's listed holding company, the same one
    heads = any(re.fullmatch(_UNKNOWN_HEADS, w) and w not in ("Holdings", "Group") for w in added)
    return (start, m.end("name")) if len(added) >= 2 and (heads or other_trade) else None


_RUN_TOGETHER = re.compile(r"[A-Z]{3,}[a-z]")
_OTHER_VEHICLES = re.compile(
    r"\s+(?:Motocycles|Motorcycles?|Motorrad|Scooters?|Marine|Aerospace|Aviation|Aircraft|Jets?)(?![\w-])"
)
_OTHER_TRADE = (
    rf"(?:Steel|Chemicals?|Electronics|Materials|Metals?|Glass|Paper|Textiles?|Shipbuilding|Trading|Estate|{_FINANCE})"
)


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
            while words and (words[0] in _NOT_NAMES or words[0] in ("AM", "PM", "ET", "EST", "GMT", "BST")):
                words.pop(0)  # ... and a time's letters: "4:59 AM ETHonda Motor Co." run together in a copied page
            while len(words) > 1 and words[-1] == "Co":
                words.pop()  # "... Truck Co Ltd": the first word of the legal form, written without its stop
            if any(_RUN_TOGETHER.match(w) for w in words):
                continue  # "ETHonda": two words copied without their space, no company's name
            if len(words) < least or (least == 1 and any(re.fullmatch(_LEGAL_FORMS, w) for w in words)):
                continue
            if (
                least == 1
                and len(words) > 1
                and not any(re.fullmatch(_UNKNOWN_HEADS, w) for w in words[1:])
                and re.match(r"\s+(?:LLC|L\.L\.C\.|Co\.)", m.group("suffix"))
            ):
                continue  # "Ultium Cells LLC", "L-H Battery Co.": too often a venture's name
            name = " ".join(words)
            candidates.append((name, m.end("name") - len(name), m.end("name"), False))
    out: list[tuple[str, str, int, int, bool]] = []
    ends = {e for _s, e in taken}
    for name, start, end, described in sorted(candidates, key=lambda c: c[2] - c[1], reverse=True):
        if any(s < end and start < e for s, e in taken):
            continue  # overlaps a known name ("Tata Motors", "BMW Group") or a longer unknown one
        if re.search(rf"\b{_LENDER}\b", name) or _LENDER_AFTER.match(sentence, end):
            taken.append((start, end))
            continue  # "Hindustan Motor Finance Corporation Ltd": a lender, not a carmaker, nor one in its name
        if start - 1 in ends and sentence[start - 1] == " ":
            continue  # "Chang'an Automobile Group": the rest of the known name before it
        taken.append((start, end))
        if not described and _OWNER_BEFORE.search(sentence[:start]):
            continue  # a division of the company before it
        if re.search(r"&\s*$", sentence[:start]):
            continue  # "Mitsui & Co Ltd": the end of a name the pattern cannot read, not a company "Co"
        if re.match(
            r"\s+(?i:show|shows|exhibition|expo|fair|festival|week|awards?|conference|summit)\b", sentence[end:]
        ):
            continue  # "the Geneva Motor Show": an event, not a company
        out.append((name, name, start, end, False))
    return out
