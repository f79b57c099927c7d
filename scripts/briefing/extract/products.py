"""Deals told through what the companies share rather than by a deal verb: a part of one company's taken by
another ("JLR is set to grab a BMW V8 engine"), a model pair two makers share ("Toyota and BMW gave us the
Z4/Supra"), a venture named as theirs ("Nissan's 50-50 venture with Dongfeng") and a partner named as
one's own ("its existing alliance partner, Nissan")."""

from __future__ import annotations

import itertools
import re

from briefing.extract.clauses import Spot
from briefing.extract.deal_rules import DealFound, load_rules
from briefing.extract.status import clause_status

# "Z4/Supra", "GR86/BRZ": a model pair, neither side a company, says two makers share a car.
_MODEL_PAIR = re.compile(
    r"(?<![\w/])(?:the\s+(?:whole\s+)?)?(?P<pair>[A-Z][\w-]*\d[\w-]*/[A-Z][\w-]+|[A-Z][\w-]+/[A-Z][\w-]*\d[\w-]*)(?![\w/])"
)


def components(sentence: str, spots: list[Spot]) -> list[DealFound]:
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
                status, cue = clause_status(sentence[: end + m.end()], "supply", None)
                out.append(
                    DealFound(
                        "supply", ((takers[-1], "customer"), (name, "supplier")), status, cue, "component", m["part"]
                    )
                )
    return out if len(names) >= 2 else []


def model_pairs(clause: str, here: list[Spot], rumour: tuple[str, str] | None) -> list[DealFound]:
    """ "Toyota and BMW gave us the Z4/Supra, Toyota and Subaru the GR86/BRZ twins"."""
    out: list[DealFound] = []
    last = 0
    for pair in _MODEL_PAIR.finditer(clause):
        makers = list(dict.fromkeys(n for n, s, _e in here if last <= s < pair.start()))
        if len(makers) >= 2 and not any(pair.group("pair").startswith(n) for n in makers):
            status, cue = clause_status(clause, "partnership", rumour)
            parties = tuple((n, "partner") for n in makers[-2:])
            out.append(DealFound("partnership", parties, status if cue else "active", cue, "shared model", pair[0]))
        last = pair.end()
    return out


# "Nissan's 50-50 venture with Dongfeng", "Toyota and Panasonic's battery joint venture": a venture named as theirs
_VENTURE_WORDS = r"(?:(?:[\w-]+\s+){0,3}?)(?:joint\s+venture|venture|JV)\b"
_THEIRS_WITH = re.compile(rf"[’'‘]s\s+{_VENTURE_WORDS}\s+(?:in\s+[A-Z][\w-]+\s+)?with\s+$")
_OURS = re.compile(rf"[’'‘]s\s+{_VENTURE_WORDS}")


# "acquired a 10 percent stake in a joint venture set up by French auto giant Renault Group and Chinese peer
# Geely": a venture someone holds a stake in, and the two companies it is "between" or "set up by"
_STAKE_IN_VENTURE = re.compile(
    r"\b(?:stake|holding|interest|shares)\s+in\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|JV)"
    r"\s+(?:between|of|set\s+up\s+by|formed\s+by|created\s+by|owned\s+by)\s+(?:[A-Z]?[a-z][\w-]*\s+){0,3}$"
)
# what may stand between two parents: a description of each ("French carmaker", "Chinese peer")
_DESCRIBED_GAP = re.compile(r"\s+and\s+(?:[A-Z]?[a-z][\w-]*\s+){0,3}")


# "Changan Mazda Automobile (CMA), a joint venture between Mazda and CA,": a venture that is, described
# "Tata Marcopolo Motors Limited (TMML), is a 51:49 JV formed in 2006 between the Company and Marcopolo S.A.,"
_VENTURE_BETWEEN = re.compile(
    r"(?:^|,\s+|\b(?:is|was)\s+)(?:a|an|the|their)\s+(?:[\w:-]+\s+){0,2}?(?:joint\s+venture|venture|JV)\s+"
    r"(?:(?:formed|set\s+up|established|created|founded)\s+(?:in\s+\d{4}\s+)?)?(?:between|of)\s+$"
)


def _described_venture(sentence: str, spots: list[Spot]) -> list[DealFound]:
    out: list[DealFound] = []
    for (a, s1, e1), (b, s2, e2) in itertools.pairwise(spots):
        if (
            a != b
            and _VENTURE_BETWEEN.search(sentence, max(0, s1 - 60), s1)
            and sentence[e1:s2] == " and "
            and re.match(r"\s*[,;)]", sentence[e2:])
        ):
            out.append(
                DealFound(
                    "joint venture", ((a, "partner"), (b, "partner")), "active", None, "joint venture", "", aside=True
                )
            )
    return out


def described_as_venture(sentence: str, spots: list[Spot]) -> str | None:
    """The subject a sentence says is a venture between two companies ("Tata Marcopolo Motors Limited (TMML),
    is a 51:49 JV formed in 2006 between Tata and Marcopolo"): the venture, no party to it."""
    for (a, s1, e1), (b, s2, _e2) in itertools.pairwise(spots):
        m = _VENTURE_BETWEEN.search(sentence, max(0, s1 - 60), s1)
        if not m or not re.match(r"(?:is|was)\s", m.group()) or sentence[e1:s2] != " and ":
            continue
        subject = [sp for sp in spots if sp[2] <= m.start()]
        if subject and subject[-1][0] not in (a, b) and m.start() - subject[-1][2] <= 60:
            return subject[-1][0]
    return None


def _stake_in_their_venture(sentence: str, spots: list[Spot]) -> list[DealFound]:
    out: list[DealFound] = []
    for (a, s1, e1), (b, s2, _e2) in itertools.pairwise(spots):
        lead = sentence[max(0, s1 - 160) : s1]
        if a != b and _STAKE_IN_VENTURE.search(lead) and _DESCRIBED_GAP.fullmatch(sentence[e1:s2]):
            pair = ((a, "partner"), (b, "partner"))
            out.append(DealFound("joint venture", pair, "active", None, "joint venture", "", aside=True))
    return out


_RUN_GAP = re.compile(r" ")  # not a hyphen: "Renault-Nissan" is how papers write an alliance
VENTURE_NOUN_AFTER = re.compile(r"\s+(?:joint\s+venture|JV|venture)s?\b")
_VENTURE_IN = re.compile(r"\b(?:joint\s+ventures?|JVs?|ventures?)\b")


def venture_runs(sentence: str, spots: list[Spot]) -> list[list[Spot]]:
    """Known names written one after the other, a venture's name of its parents: "the Chang'an Peugeot Citroën
    joint venture", and "Chang'an Ford" in a sentence about ventures. Each is one venture of those companies, and
    none of them a party of another deal the sentence tells."""
    runs: list[list[Spot]] = []
    for spot in spots:
        if runs and _RUN_GAP.fullmatch(sentence[runs[-1][-1][2] : spot[1]]):
            runs[-1].append(spot)
        else:
            runs.append([spot])
    return [
        run
        for run in runs
        if len({n for n, _s, _e in run}) >= 2
        and (
            VENTURE_NOUN_AFTER.match(sentence, run[-1][2])
            # a bare run ("work for Chang'an Ford and ..."), not a venture's full name with its own words ("SAIC
            # Wuling Automobile Co", "Daimler Hyundai Truck Corporation"), which a deal of three may be
            or (_VENTURE_IN.search(sentence) and not re.match(r"\s+[A-Z]", sentence[run[-1][2] :]))
        )
    ]


def named_ventures(sentence: str, spots: list[Spot]) -> list[DealFound]:
    """Ventures and partners a sentence names as two companies' own, in effect as it is told."""
    out: list[DealFound] = [
        *_stake_in_their_venture(sentence, spots),
        *_named_partners(sentence, spots),
        *_described_venture(sentence, spots),
        *_its_venture(sentence, spots),
        *_counted_partners(sentence, spots),
    ]
    for (a, _s1, e1), (b, s2, e2) in itertools.pairwise(spots):
        gap = sentence[e1:s2]
        theirs = _THEIRS_WITH.fullmatch(gap) or (re.fullmatch(r"\s+and\s+", gap) and _OURS.match(sentence, e2))
        if theirs and a != b:
            pair = ((a, "partner"), (b, "partner"))
            out.append(DealFound("joint venture", pair, "active", None, "joint venture", "", aside=True))
    return out


# "Renault's alliance partner Nissan", "Renault ... with its existing alliance partner, Nissan,": a partner one
# has, whatever the clause goes on to say of it ("would cut jobs"). A partner that was, or may be, is none.
_PARTNER_NAMED = re.compile(
    r"(?P<whose>[’'‘]s|\bits|\btheir)\s+(?!(?:former|ex|previous|erstwhile|potential|prospective|possible|new|"
    r"would-be|future|preferred|ideal)\b)(?:[\w-]+\s+){0,2}?(?P<kind>(?:alliance|joint[- ]venture|JV|venture)\s+)?"
    r"partners?,?\s+$",
    re.IGNORECASE,
)
_OPENING = re.compile(r"(?:[\w-]+\s+){0,3}")  # "French carmaker Renault": the words a subject may open with
_ENDED = ("cancelled", "ended")


# "BYD has taken full control of Denza, its joint venture brand with Mercedes-Benz Group": the subject's venture
_ITS_VENTURE_WITH = re.compile(
    r"^,\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|JV)(?:\s+(?:brand|company|unit|marque))?"
    r"\s+with\s+(?:[\w-]+\s+){0,3}?$"
)


def its_venture(sentence: str, spots: list[Spot]) -> str | None:
    """The venture a sentence names as its subject's: the first company is the subject, the venture the next."""
    if len(spots) < 3:
        return None
    (first, _s0, _e0), (v, _s1, e1), (b, s2, _e2) = spots[:3]
    named = [n for n, _s, _e in spots]
    ok = _ITS_VENTURE_WITH.match(sentence[e1:s2]) and b not in (first, v) and named.count(v) == 1
    return v if ok else None


def _its_venture(sentence: str, spots: list[Spot]) -> list[DealFound]:
    if its_venture(sentence, spots) is None:
        return []
    pair = ((spots[0][0], "partner"), (spots[2][0], "partner"))
    return [DealFound("joint venture", pair, "active", None, "joint venture", "", aside=True)]


# "Dongfeng, which counts Kia, Honda and Nissan as its joint venture partners": each the subject's partner
COUNTS_AS_PARTNERS = re.compile(
    r"\b(?:counts|lists|names|includes)\s+(?P<list>[^;:]+?)\s+(?:as|among)\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<kind>(?:joint[- ]venture|JV|venture)\s+)?partners\b",
    re.IGNORECASE,
)


# "two of Chang'an's international joint venture partners in China, Ford Motor Co. and PSA": each is the owner's
# partner, not the others'
POSSESSED_PARTNERS = re.compile(
    r"[’'‘]s\s+(?:[\w-]+\s+){0,2}?(?P<kind>(?:joint[- ]venture|JV|venture)\s+)?partners(?:\s+in\s+[A-Z][\w-]*)?,\s+"
    r"(?P<list>[^;:]+?)(?=\.\s+(?-i:[A-Z])|\.?$|[;:])",
    re.IGNORECASE,
)


def _partner_list(sentence: str, spots: list[Spot]) -> tuple[re.Match[str], str] | None:
    """The list of a company's partners a sentence gives, and that company: "Dongfeng, which counts Kia, Honda ...
    as its joint venture partners", "Chang'an's joint venture partners in China, Ford and PSA"."""
    if m := COUNTS_AS_PARTNERS.search(sentence):
        before = [n for n, s, _e in spots if s < m.start()]
        return (m, before[-1]) if before else None
    if m := POSSESSED_PARTNERS.search(sentence):
        owner = [n for n, _s, e in spots if e == m.start()]
        return (m, owner[0]) if owner else None
    return None


def lists_partners(sentence: str, spots: list[Spot]) -> bool:
    """Whether the sentence lists a company's partners: each is that company's own, and the sentence names no
    deal among them (find_deals reads no other)."""
    return bool(COUNTS_AS_PARTNERS.search(sentence)) or _partner_list(sentence, spots) is not None


def _counted_partners(sentence: str, spots: list[Spot]) -> list[DealFound]:
    found = _partner_list(sentence, spots)
    if found is None:
        return []
    m, subject = found
    kind = "joint venture" if m["kind"] else "partnership"
    listed = dict.fromkeys(n for n, s, _e in spots if m.start("list") <= s < m.end("list") and n != subject)
    return [
        DealFound(
            kind, ((subject, "partner"), (n, "partner")), "active", None, f"{m['kind'] or ''}partners", "", aside=True
        )
        for n in listed
    ]


def _named_partners(sentence: str, spots: list[Spot]) -> list[DealFound]:
    out: list[DealFound] = []
    for i, (b, s2, _e2) in enumerate(spots):
        m = _PARTNER_NAMED.search(sentence, max(0, s2 - 80), s2)
        if m is None or i == 0:
            continue
        a, s1, e1 = spots[i - 1]
        if m["whose"][0] in "’'‘":
            whose = a if e1 == m.start() else None
        else:
            # "its": the subject that opens the sentence, with no other company before the word
            first, start, _end = spots[0]
            whose = (
                first
                if _OPENING.fullmatch(sentence[:start]) and all(s >= m.start() for _n, s, _e in spots[1:i])
                else None
            )
            whose = whose if whose and s1 < m.start() else None
        if whose is None or whose == b or clause_status(sentence, "partnership", None)[0] in _ENDED:
            continue
        kind = "joint venture" if m["kind"] and "alliance" not in m["kind"].lower() else "partnership"
        out.append(
            DealFound(kind, ((whose, "partner"), (b, "partner")), "active", None, m.group().strip(" ,"), "", aside=True)
        )
    return out
