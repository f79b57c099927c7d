"""Deals between companies named in one sentence: the type, who does what, and where the deal stands.

The rules work clause by clause (clauses.py) from the cue words in data/deals.yaml and the grammar around
them: who comes before the cue (the subject), which preposition leads to each company after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.clauses import LIST_GAP, Spot, clauses, run_before
from briefing.extract.status import clause_status

# "Z4/Supra", "GR86/BRZ": a model pair, neither side a company, says two makers share a car.
_MODEL_PAIR = re.compile(
    r"(?<![\w/])(?:the\s+(?:whole\s+)?)?(?P<pair>[A-Z][\w-]*\d[\w-]*/[A-Z][\w-]+|[A-Z][\w-]+/[A-Z][\w-]*\d[\w-]*)(?![\w/])"
)
# What is bought or sold when it is a company, or part of one: otherwise the goods make it a supply deal.
_HOLDING_WORDS = r"(?:stakes?|shares?|holdings?|shareholdings?|interest|units?|business(?:es)?|divisions?|arm|operations|subsidiar(?:y|ies)|brands?|plants?|factor(?:y|ies)|ventures?|joint ventures?|JV|assets|control)"
# "but did not invest", "decided not to proceed": the clause says a deal did not happen.
_NEGATED_DEAL = re.compile(
    r"\b(?:did not|didn't|does not|will not|won't|would not|decided not to|chose not to|declined to|never)\s+"
    r"(?:\w+\s+)?(?:invest|merge|buy|sell|partner|proceed|go ahead|pursue|follow through|sign|take part|join)\w*\b",
    re.IGNORECASE,
)
_PREP = re.compile(
    r"\b(with|between|from|to|for|by|in|into|of|and|among|outside|beyond|except|without|other than|against|within)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DealRules:
    types: tuple[tuple[str, re.Pattern[str]], ...]  # in order of precedence
    separate: re.Pattern[str]
    exclusion: re.Pattern[str]
    negation: re.Pattern[str]
    conjecture: re.Pattern[str]
    components: str


def alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))


@domain.compiled
def load_rules() -> DealRules:
    d = domain.deals()
    return DealRules(
        types=tuple(
            (kind, re.compile(rf"(?<![\w-])(?:{alternation(cues)})(?![\w-])", re.IGNORECASE))
            for kind, cues in d.types.items()
        ),
        separate=re.compile(rf"(?:{alternation(d.separate_plurals)})$", re.IGNORECASE),
        exclusion=re.compile(rf"\b(?:{alternation(d.exclusion_cues)})\s*(?:,\s*)?$", re.IGNORECASE),
        negation=re.compile(rf"\b(?:{alternation(d.negations)})\s+(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE),
        conjecture=re.compile(rf"\b(?:{alternation(d.conjecture)})\b", re.IGNORECASE),
        components=alternation(d.components),
    )


@dataclass(frozen=True)
class DealFound:
    type: str
    parties: tuple[tuple[str, str], ...]  # (company, role)
    status: str
    status_cue: str | None
    cue: str
    subject: str


def excluded(sentence: str, spots: list[Spot]) -> set[str]:
    """Companies named as rivals, in a comparison, or in a list that follows such a word."""
    out: set[str] = set()
    rules = load_rules()
    for i, (name, start, _end) in enumerate(spots):
        if rules.exclusion.search(sentence, max(0, start - 80), start):
            out.add(name)
            edge = spots[i][2]
            for later, s2, e2 in spots[i + 1 :]:
                if not re.fullmatch(r"[’'‘s]*(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)", sentence[edge:s2]):
                    break
                out.add(later)
                edge = e2
    for i, (name, start, end) in enumerate(spots):
        before = sentence[max(0, start - 60) : start]
        # "a joint venture called cellcentric": the venture, not a party to it
        if (
            re.search(r"\b(?:venture|JV|company|unit|business)\s+(?:called|named|known\s+as|dubbed)\s+$", before)
            or re.search(
                r"\b(?:the|a|an|its|their)\s+(?:next|new|current|latest|upcoming)(?:[- ]generation)?\s+$", before
            )
            or (
                re.match(r"[’'‘]s\s+", sentence[end : end + 3])
                and (
                    (i + 1 < len(spots) and re.fullmatch(r"[’'‘]s\s+", sentence[end : spots[i + 1][1]]))
                    or re.match(
                        r"[’'‘]s\s+(?:[\w-]+\s+){0,2}(?:joint venture|venture|JV|unit|subsidiary|arm)\b", sentence[end:]
                    )
                )
            )
        ):
            out.add(name)
    # "Spotlight Automotive, the 50:50 joint venture of BMW and Great Wall Motor": the venture is no party
    for name, _start, end in spots:
        if re.match(
            r"[’'‘s]*,\s+(?:the|a|their|its)\s+(?:\S+\s+)?(?:joint venture|venture|JV)\s+(?:of|between)\b",
            sentence[end:],
        ):
            out.add(name)
    return out


def _cue(pattern: re.Pattern[str], clause: str) -> re.Match[str] | None:
    """The first cue of a type in the clause; a cue written with a capital inside the clause is a name
    right after another capitalised word ("Peugeot Partner", "Renault Alliance"), not the word; "a Joint Venture
    Agreement" in a release is the word."""
    for m in pattern.finditer(clause):
        capital = m.group()[:1].isupper() and not m.group().isupper()
        if not capital or not re.search(r"[A-Z][\w-]*\s+$", clause[: m.start()]):
            return m
    return None


def _type_at(clause: str) -> tuple[str, re.Match[str]] | None:
    """The deal type a clause states, and the cue that states it.

    The verb of a sale governs what is sold ("sell their joint venture"), a purchase of shares is a stake,
    and otherwise the order of data/deals.yaml decides ("a joint venture agreement" is a joint venture).
    """
    found = {kind: m for kind, pattern in load_rules().types if (m := _cue(pattern, clause))}
    if not found:
        return None
    if "acquisition" in found and re.match(
        r"\s+(?:(?:a|an|the|its|their|another|further|additional)\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?"
        r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+(?:of|in)\b|(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+)?"
        r"(?:\w+\s+)?(?:stake|shareholding|interest|shares)\b)",
        clause[found["acquisition"].end() :],
    ):
        return "stake", found["acquisition"]
    # The first cue that names a kind of deal decides; a generic word ("deal", "agreement") only when no other
    # cue does: "a supply agreement" is a supply deal, "will co-develop trucks, with X supplying" a partnership.
    order = {kind: i for i, (kind, _p) in enumerate(load_rules().types)}
    ranked = sorted(
        found.items(), key=lambda kv: (_GENERIC.fullmatch(kv[1].group()) is not None, kv[1].start(), order[kv[0]])
    )
    kind, cue = ranked[0]
    # "a joint venture agreement", "a licensing deal": the specific word of a compound noun, wherever it stands
    return kind, cue


_GENERIC = re.compile(
    r"(?:deals?|agreements?|pacts?|contracts?|arrangements?|talks|partner(?:s|ship|ships)?|alliances?|tie-ups?|tie up|suppliers?)",
    re.IGNORECASE,
)


def _prep_before(clause: str, lo: int, start: int, spots: list[Spot] | None = None) -> str | None:
    """The last preposition between `lo` and a company at `start` ("batteries to BMW" → "to"); a company listed
    after another ("from CATL and LG") takes the preposition of the first."""
    for _n, s, e in reversed(spots or []):
        if e <= start and s >= lo and LIST_GAP.fullmatch(clause[e:start]):
            return _prep_before(clause, lo, s, spots)
    found = [m.group(1).lower() for m in _PREP.finditer(clause, lo, start)]
    return found[-1] if found else None


def _subject_text(clause: str, cue: re.Match[str], here: list[Spot]) -> str:
    """What the deal is about, in the clause's words: the phrase after the cue, up to a company or a stop."""
    stop = min([s for _n, s, _e in here if s >= cue.end()] + [len(clause)])
    rest = clause[cue.end() : stop]
    m = re.match(r"\s*(?:(?:to|on|in|for|aimed at|over|around|of|about)\s+)?(?P<x>[^,;:.!?“”\"()]+)", rest)
    if not m:
        return ""
    phrase = re.split(
        r"\s+(?:and so|but|while|which|where|as|with|between|from|by|said|says|to form|in \d{4})\b", m["x"]
    )[0]
    phrase = re.sub(r"(?:\s+(?:in|with|from|to|of|for|and|by|the|a|an|its|their|on|at))+\s*$", "", phrase.strip(" ,’'"))
    words = phrase.split()
    if len(phrase) < 3 or len(words) > 12 or not any(w.isalpha() and len(w) > 2 for w in words):
        return ""
    return phrase


def _split_between(clause: str, here: list[Spot]) -> list[list[str]] | None:
    """ "between Kia and Ford and between Nissan and Mitsubishi": one group of parties per "between"."""
    marks = [m.end() for m in re.finditer(r"\bbetween\b", clause)]
    if len(marks) < 2:
        return None
    groups = []
    for lo, hi in zip(marks, [*marks[1:], len(clause)], strict=True):
        group = list(dict.fromkeys(n for n, s, _e in here if lo <= s < hi))
        if len(group) >= 2:
            groups.append(group)
    return groups or None


def _roles(
    kind: str,
    clause: str,
    cue: re.Match[str],
    before: list[str],
    after: list[Spot],
    actor_end: int = 0,
    relative_head: str | None = None,
) -> list[tuple[str, str]]:
    """(company, role) for one deal, from the words around its cue. `actor_end`: where the last company named
    before the cue ends."""
    text = cue.group().lower()
    passive = bool(re.search(r"\b(?:was|were|been|be|being|is|are)\s+$", clause[: cue.start()])) or bool(
        re.match(r"\s+by\b", clause[cue.end() :])
    )
    # a cue that ends in a preposition ("works with", "sourced from") gives it to the company right after
    own = re.search(r"\b(with|from|for|by|to|in)$", text)
    prep = {n: _prep_before(clause, cue.end(), s, after) or (own[1] if own else None) for n, s, _e in after}
    by = [n for n in prep if prep[n] == "by"]
    direct = [n for n, s, _e in after if prep[n] in (None, "of", "in", "into")]

    def parties(*groups: tuple[str, list[str]]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for role, names in groups:
            out += [(n, role) for n in names if n not in [o[0] for o in out]]
        return out

    if kind == "acquisition":
        if passive and by:
            return parties(("buyer", by[:1]), ("target", before))
        sellers = [n for n in prep if prep[n] == "from"]
        targets = [n for n in direct if n not in sellers][:1]
        if not targets and relative_head and re.match(r"\s*,?\s*(?:which|that)\b", clause):
            targets = [relative_head]  # "JLR, which Tata Motors bought from Ford"
        if before and targets:
            return parties(("buyer", before), ("target", targets), ("seller", sellers))
        return []
    if kind == "sale":
        buyers = [n for n in prep if prep[n] in ("to", "by")]
        if passive:
            return parties(("seller", [n for n in by if n not in buyers]), ("buyer", buyers), ("target", before))
        targets = [n for n in direct if n not in buyers][:1]
        if not buyers:
            return []  # "sold part of its stake", "sold 20,000 units": no company on the other side
        return parties(("seller", before), ("buyer", buyers), ("target", targets))
    if kind == "stake":
        if text.startswith(("share swap", "swap", "cross")):
            return parties(("partner", before + [n for n, _s, _e in after]))
        givers = [n for n in prep if prep[n] == "from"]
        targets = [n for n in prep if prep[n] in ("in", "into", "of") or (prep[n] is None and n not in givers)]
        if before and (targets or givers):
            # "invest in Y", "a stake in Y"; "received an investment from X": X invests in the subject
            return (
                parties(("investor", before), ("target", targets))
                if targets
                else parties(("investor", givers), ("target", before))
            )
        withs = [n for n in prep if prep[n] in ("with", "between", "and")]
        if before and withs:
            return parties(("partner", before + withs))  # "talks with Changan over a stake": who buys is unclear
        return []
    if kind == "supply" and not text.startswith(("rebadge", "contract")):
        if text.startswith(("sell", "sold")):  # "sell vans to Renault"
            customers = [n for n in prep if prep[n] in ("to", "for")]
            return parties(("supplier", before), ("customer", customers)) if before and customers else []
        if "from" in text or text.startswith(("sourc", "buy", "bought", "purchas")):
            suppliers = [n for n in prep if prep[n] == "from"]
            return parties(("customer", before), ("supplier", suppliers)) if before and suppliers else []
        if passive and by:
            return parties(("supplier", by), ("customer", [*before, *(n for n in prep if prep[n] in ("to", "for"))]))
        if text.startswith("supplier"):
            customers = [n for n in prep if prep[n] in ("to", "of", "for")]
            if before and customers:
                return parties(("supplier", before), ("customer", customers))
            return []
        if re.match(
            r"\s+(?:deals?|agreements?|contracts?|pacts?|partnerships?|arrangements?|ties)\b", clause[cue.end() :]
        ):
            return parties(("partner", before + [n for n, _s, _e in after]))
        customers = [n for n, _s, _e in after if prep[n] in (None, "to", "for", "and")]
        if (
            not after
            and len(before) >= 2
            and re.fullmatch(r"[’'‘s]*\s+(?:to|will|would)\s+", clause[actor_end : cue.start()])
        ):
            # "agreed a deal for ZF to supply the motors": the last named supplies the others
            return parties(("supplier", before[-1:]), ("customer", before[:-1]))
        return parties(("supplier", before), ("customer", customers)) if before and customers else []
    if kind == "licensing":
        if re.search(r"\bfrom\b", clause[cue.end() :]):
            licensors = [n for n in prep if prep[n] == "from"]
            return parties(("licensee", before), ("licensor", licensors)) if before and licensors else []
        licensees = [n for n in prep if prep[n] in ("to", "for")]
        if before and licensees:
            return parties(("licensor", before), ("licensee", licensees))
    if re.match(r"\s+(?:of|between|among)\b", clause[cue.end() :]) and len(after) >= 2:
        return parties(("partner", [n for n, _s, _e in after]))  # "a merger of Denso and Aisin"
    if not before and after and prep[after[0][0]] == "with":
        return []  # "The union's contract with Ford, GM and Stellantis": the other side is no company named here
    if not before and re.search(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}$", clause[: cue.start()]):
        return []  # "with its partners SAIC and FAW": partners of someone this clause does not name
    if text.startswith(("partner", "venture", "joint venture", "jv")):
        after = [a for a in after if prep[a[0]] not in ("in", "into")]  # "partner in Beijing Benz": the venture
    outside = {
        n for n in prep if prep[n] in ("outside", "beyond", "except", "without", "other than", "against", "within")
    }
    return parties(("partner", before + [n for n, _s, _e in after if n not in outside]))


def _goods_not_company(clause: str, cue: re.Match[str], after: list[Spot]) -> bool:
    """ "buy batteries from CATL", "sell vans to Renault": the object is goods, so the deal is a supply deal."""
    rest = clause[cue.end() :]
    first_company = min((s for _n, s, _e in after if s >= cue.end()), default=len(clause)) - cue.end()
    obj = rest[: max(0, first_company)]
    if re.search(rf"\b{_HOLDING_WORDS}\b", obj, re.IGNORECASE):
        return False
    words = re.sub(r"\b(?:from|to|for|the|a|an|its|their)\b", " ", obj)
    return bool(re.search(r"[a-z]{3,}", words)) and bool(re.search(r"\b(?:from|to|for)\s*$", obj))


def find_deals(sentence: str, spots: list[Spot], rumour: tuple[str, str] | None = None) -> list[DealFound]:
    """Every deal one sentence states between two or more companies, clause by clause."""
    if len({name for name, _s, _e in spots}) < 2:
        return []  # one company cannot deal with itself; most sentences name one or none
    rules = load_rules()
    out_of_deal = excluded(sentence, spots)
    found: list[DealFound] = []
    usable = [s for s in spots if s[0] not in out_of_deal]
    if len({n for n, _s, _e in usable}) < 2:
        return found
    found += _components(sentence, usable)
    negated: list[str] = []  # companies of a clause that says they did not do a deal ("but did not invest")
    for lo, hi, subject in clauses(sentence, spots):
        clause = sentence[lo:hi]
        here = [(n, s - lo, e - lo) for n, s, e in usable if lo <= s < hi]
        typed = _type_at(clause)
        if _NEGATED_DEAL.search(clause):
            negated += [*subject, *(n for n, s, _e in here if s < _NEGATED_DEAL.search(clause).start())]  # type: ignore[union-attr]
            continue
        if typed is None:
            found += _model_pairs(clause, here, sentence, lo, rumour)
            continue
        kind, cue = typed
        if rules.negation.search(clause[: cue.start()]):
            negated += [n for n in [*subject, *(n for n, s, _e in here if s < cue.start())]]
            continue
        if rules.conjecture.search(clause[: cue.start()]) or _refers_back(clause, cue) or _sales_volume(clause, cue):
            continue
        if kind in ("acquisition", "sale") and _goods_not_company(clause, cue, here):
            kind = "supply"
        before = _subject_run(clause, cue, subject, here)
        after = [(n, s, e) for n, s, e in here if s >= cue.end() and n not in before]
        status, status_cue = clause_status(clause, sentence, kind, rumour)
        owner = _owner_of_what_is_bought(clause, cue, after) if kind in ("acquisition", "stake") else None
        if owner and before:
            # "will buy Stellantis’s 50 per cent stake in FIAPL": bought from its owner, so a sale with roles
            targets = [
                n for n, s, _e in after if n != owner and _prep_before(clause, cue.end(), s, after) in ("in", "of")
            ]
            roles = [(n, "buyer") for n in before] + [(owner, "seller")] + [(n, "target") for n in targets[:1]]
            found.append(
                DealFound("sale", tuple(roles), status, status_cue, cue.group(), _subject_text(clause, cue, here))
            )
            continue
        joint = _joint_owners(clause, before, kind, cue)
        topic = _subject_text(clause, cue, here)
        groups = _split_between(clause, here)
        if groups:
            found += [
                DealFound(kind, tuple((n, "partner") for n in g), status, status_cue, cue.group(), topic)
                for g in groups
            ]
            continue
        # "set up plants with LG and SK On", "supplies Isuzu and Hino": one subject, each of the others apart
        withs = all(_prep_before(clause, cue.end(), s, after) in ("with", "and", None) for _n, s, _e in after)
        separate = (
            rules.separate.search(cue.group())
            or kind in ("supply", "stake", "licensing")
            or (kind == "partnership" and withs and cue.group().lower().endswith("with"))
        )
        if (
            separate
            and len(before) == 1
            and len({n for n, _s, _e in after}) >= 2
            and not re.search(r"\bbetween\b", clause)
        ):
            for one in dict.fromkeys(n for n, _s, _e in after):
                spot = next(a for a in after if a[0] == one)
                roles = _roles(kind, clause, cue, before, [spot])
                if len(roles) >= 2:
                    found.append(DealFound(kind, tuple(roles), status, status_cue, cue.group(), topic))
            continue
        actor_end = max([e for _n, s, e in here if s < cue.start()], default=0)
        head = subject[-1] if subject and subject[-1] not in before else None
        roles = _roles(kind, clause, cue, before, after, actor_end, head)
        if len({n for n, _r in roles}) >= 2:
            found.append(DealFound(kind, tuple(roles), status, status_cue, cue.group(), topic))
        found += joint
    if negated:
        # "held talks about buying a stake in Nissan but did not invest": the talks came to nothing
        found = [
            DealFound(f.type, f.parties, "cancelled", "did not", f.cue, f.subject)
            if any(n in negated for n, _r in f.parties)
            else f
            for f in found
        ]
    return _dedupe(found)


def _subject_run(clause: str, cue: re.Match[str], subject: tuple[str, ...], here: list[Spot]) -> list[str]:
    """Who acts: the companies before the cue. When the cue has its other party after it, only the run of
    names nearest the cue acts ("Stellantis rejected an approach from Veltro to buy Maserati": Veltro buys)."""
    before = [s for s in here if s[1] < cue.start()]
    # a clause with its own companies before the cue has its own subject: "..., which became part of
    # Stellantis when Fiat Chrysler and PSA merged" is a merger of Fiat Chrysler and PSA only
    names = list(dict.fromkeys(n for n, _s, _e in before)) or list(subject)
    has_object = any(s >= cue.end() for _n, s, _e in here)
    if has_object and len(before) >= 2:
        run = run_before(clause, before, before[-1][2])
        gap = clause[before[-1][2] : cue.start()]
        first = next(s for s in before if s[0] == run[0]) if run else None
        introduced = first is not None and re.search(r"\b(?:from|by|of)\s+(?:[\w’'-]+\s+){0,3}$", clause[: first[1]])
        if run and len(run) < len(names) and introduced and not re.search(r"\b(?:and|with)\b", gap):
            return list(run)
    return names


def _owner_of_what_is_bought(clause: str, cue: re.Match[str], after: list[Spot]) -> str | None:
    """The company whose stake, unit or business the clause buys: "Nissan's 49 percent stake in", "the hose
    business of Continental"."""
    if not after:
        return None
    name, start, end = after[0]
    lead = clause[cue.end() : start]
    if re.fullmatch(r"\s+(?:the\s+|its\s+|a\s+)?", lead) and re.match(
        rf"[’'‘]s?\s+(?:(?:about|around|nearly|remaining|entire|whole)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?{_HOLDING_WORDS}\b",
        clause[end:],
    ):
        return name
    if re.search(rf"\b{_HOLDING_WORDS}\s+of\s+(?:the\s+)?$", lead) and len(lead.split()) <= 10:
        return name
    return None


def _joint_owners(clause: str, before: list[str], kind: str, cue: re.Match[str]) -> list[DealFound]:
    """ "Mitsubishi and GAC agreed to sell their joint venture": the sellers own a venture together."""
    if (
        kind != "joint venture"
        and len(before) >= 2
        and re.search(
            r"\b(?:their|the two companies[’']|the companies[’'])\s+(?:[\w-]+\s+){0,2}(?:joint venture|venture|JV)\b",
            clause,
        )
    ):
        return [DealFound("joint venture", tuple((n, "partner") for n in before), "active", None, "joint venture", "")]
    return []


def _refers_back(clause: str, cue: re.Match[str]) -> bool:
    """ "had objected to the deal": a generic noun with "the" names the deal already told, not a new one."""
    generic = re.fullmatch(
        r"(?:deals?|agreements?|pacts?|contracts?|partnerships?|alliances?|tie-ups?|arrangements?|talks|ventures?"
        r"|joint ventures?|JVs?|mergers?|takeover|acquisition|sale)",
        cue.group(),
        re.IGNORECASE,
    )
    if not generic:
        return False
    determined = re.search(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}$", clause[: cue.start()], re.I)
    followed = re.match(r"\s+(?:with|between|of|among|to|for|in)\b", clause[cue.end() :])
    return bool(determined) and not followed


def _sales_volume(clause: str, cue: re.Match[str]) -> bool:
    """ "GM sold 46,280 EVs": a count of cars sold is a result, not a deal."""
    return bool(
        re.match(
            r"\s+(?:[a-z]+\s+){0,3}?[\d,.]+\s*(?:million\s+|m\s+|k\s+|lakh\s+)?(?:[\w-]+\s+)?(?:units|vehicles|cars|EVs|trucks|SUVs|models|vans|pickups)\b",
            clause[cue.end() :],
        )
    ) and cue.group().lower().startswith(("sold", "sell"))


def _components(sentence: str, spots: list[Spot]) -> list[DealFound]:
    """ "JLR is set to grab a BMW V8 engine": a part of one company's, taken by another named in the sentence."""
    out: list[DealFound] = []
    names = list(dict.fromkeys(n for n, _s, _e in spots))
    for name, start, end in spots:
        m = re.match(
            rf"[’'‘s]*\s+(?P<part>(?:[\w-]+\s+)?(?:{load_rules().components}))\b", sentence[end:], re.IGNORECASE
        )
        if m and re.search(r"\b(?:a|an|the|its|their)\s+$", sentence[:start]):
            takers = [n for n, s, _e in spots if n != name and s < start]
            if takers:
                status, cue = clause_status(sentence[: end + m.end()], sentence, "supply", None)
                out.append(
                    DealFound(
                        "supply", ((takers[-1], "customer"), (name, "supplier")), status, cue, "component", m["part"]
                    )
                )
    return out if len(names) >= 2 else []


def _model_pairs(
    clause: str, here: list[Spot], sentence: str, lo: int, rumour: tuple[str, str] | None
) -> list[DealFound]:
    """ "Toyota and BMW gave us the Z4/Supra, Toyota and Subaru the GR86/BRZ twins"."""
    out: list[DealFound] = []
    last = 0
    for pair in _MODEL_PAIR.finditer(clause):
        makers = list(dict.fromkeys(n for n, s, _e in here if last <= s < pair.start()))
        if len(makers) >= 2 and not any(pair.group("pair").startswith(n) for n in makers):
            status, cue = clause_status(clause, sentence, "partnership", rumour)
            parties = tuple((n, "partner") for n in makers[-2:])
            out.append(DealFound("partnership", parties, status if cue else "active", cue, "shared model", pair[0]))
        last = pair.end()
    return out


def _dedupe(found: list[DealFound]) -> list[DealFound]:
    out: list[DealFound] = []
    for f in found:
        if not any(set(f.parties) == set(o.parties) and f.type == o.type for o in out):
            out.append(f)
    return out
