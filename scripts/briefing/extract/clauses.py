"""Clauses of a sentence, each with the companies that act in it (its subject), for the deal rules."""

from __future__ import annotations

import itertools
import re

Spot = tuple[str, int, int]  # company (canonical), start, end in the sentence

# Between two names of one list: "Kia and Ford", "Kia, Ford", and a ticker or a legal form in brackets
# ("Mitsubishi Motors Corp (7211.T) and Guangzhou Automobile Group").
# ... and a defined term's bracket closed after the first ("Mitsubishi Motors Corporation (hereafter, Mitsubishi
# Motors) and Foxtron")
LIST_GAP = re.compile(r"[’'‘s]*\)?(?:\s*\([^()]{1,30}\))?(?:,\s*|\s+and\s+|,\s+and\s+|\s*&\s*)")
# "buying TRW Automotive in 2014 and attempting to acquire Wabco in 2017": a second deed of the same subject
# ... and "will own a 45.6% stake in the venture and acquire an 8.1% stake in Eicher Motors": a second stake
SECOND_DEED = (
    r"\s+and\s+(?=(?:attempting|trying|seeking|failing|buying|acquiring|selling|taking|forming|agreeing)\s"
    r"|(?:acquire|buy|purchase|take)\s+(?:a|an|the|its)\s+[\d.]+\s*(?:%|per\s?cent|percent)\s+(?:[\w-]+\s+)?stake\b)"
)
# Where one clause ends and another begins, whatever the companies.
_CUTS = re.compile(
    r";\s+|:\s+|\s+[-–—]{1,2}\s+|,\s+(?:and|but|while|whereas|although|though|after|before|as|when)\s+"
    r"|\s+(?:where|whereas|while|although|though|but|when|since|because|until|unless|after|before)\s+"
    # "... in the Czech Republic and is buying cars from Mitsubishi": "and" before a verb starts a clause
    r"|\s+and\s+(?=(?:is|are|was|were|has|have|had|will|would|also|then|now|later|controls|owns|holds|runs"
    r"|operates|sells|buys|makes|builds|supplies|employs|plans|expects|said|says)\s)"
    r"|\s+and\s+(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+[a-z]+ing\s)"  # "with Mazda ending X and Hyundai selling Y"
    # "... a stake in Eicher Motors and the joint venture will have 2,300 employees": a new subject, a new clause
    r"|\s+and\s+(?=the\s+(?:[\w-]+\s+){0,2}(?:will|would|is|are|was|were|has|have|had)\s)"
    rf"|{SECOND_DEED}"
    r"|,\s+(?=the\s+same\s+(?:year|month|week|day|time)\b)"
    r"|,\s+(?=with\s+[^,;]{0,50}?\b[a-z]+ing\b)"  # ", with the Korean carmaker supplying the stacks"
)
# ", which ...", ", a company formed ...": the words that describe the company named just before them.
_RELATIVE = re.compile(
    r",\s+(?:(?:which|in which|whose|who|that|of which|with which|a|an|the|its|their|itself|once|now|then|formerly"
    r"|previously)\s+|(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?[’']s\s+(?:[\w-]+\s+){0,2}(?:partner|ally|supplier|customer|unit|parent)))"
    # "a company headquartered in Amsterdam, the Netherlands, has": a place and its country are one aside
    r"(?:[^,;:]*?\bin\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=,)"
    # ... and "a subsidiary of SK Innovation Co., Ltd. (096770.KS),": a legal form's own comma ends no aside
    # ... nor a list of words inside it: "for the global light, commercial and industrial vehicle markets,"
    r"|(?:[^,;:]|,\s*(?=(?:Ltd|Limited|Inc|LLC)\b)|,\s*(?=[a-z][\w-]*(?:,|\s+(?:and|or)\s+[a-z])))*)"
    r"(?:,|$)"
)
# ", the car maker said ...", "coming after the Mitsubishi debacle, the failure of its alliance with Hyundai has
# left ...": a noun phrase that a verb of its own follows is the subject of a new clause, not an aside
_NEW_SUBJECT = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:that|which|who|whose|and|or)\b)[\w’'-]+\s+){1,6}?"
    r"(?:(?:said|says|announced|added|told)(?=\s+(?:that|it|its|they|their|he|she|the|a|an)\b)"
    r"|has|have|had|is|are|was|were|will|would)\b"
)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed\s+(?:to|by|the|a|its))\b")
_VERB_START = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:[\w,]+\s+){0,3}?(?:it|they)\s+)?"  # "..., and in 2025 it began supplying"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?"
    r"(?:will|would|has|have|had|is|are|was|were|did|does|do|never|also|then|later|plans?|agreed|signed|began|begun"
    r"|said|say|says|announced|confirmed|acquire|buy|purchase|signs|sign|agrees|forms|formed|sets\s+up)\b"
)


_FORM_AND_BRACKET = re.compile(
    r"(?:,?\s+(?:Co\.,?\s*)?(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|AG|SE|SA|Plc|PLC))?\s*\([^()]{1,40}\)"
)


def run_before(sentence: str, spots: list[Spot], pos: int) -> tuple[str, ...]:
    """The companies that end right before `pos`, joined by "and" or commas: "Toyota and Suzuki, which ..."."""
    run: list[str] = []
    edge = pos
    for name, start, end in reversed(spots):
        if end > edge:
            continue
        gap = sentence[end:edge]
        # "Foxtron Vehicle Technologies Co., Ltd. (hereafter, Foxtron), a subsidiary of": a legal form and a
        # defined term's bracket end the name too
        if not run and (_FORM_AND_BRACKET.fullmatch(gap) or gap in (")", "”)", '")')):
            gap = ""
        if (not run and gap.strip(" ’'‘s")) or (run and not LIST_GAP.fullmatch(gap)):
            break
        run.insert(0, name)
        edge = start
    return tuple(dict.fromkeys(run))


_OWNER_WORD = re.compile(r"(?:\s+|-)(?:parent|owner)\s+")


def owner_descriptions(sentence: str, spots: list[Spot], listed: bool = False) -> list[Spot]:
    """The spots that only describe the company named after them: "Peugeot-owner PSA", and with `listed` the
    whole list before it ("Jeep and Citroen parent Stellantis"). A list is read only where no second subject
    can stand in it: "the merger of Fiat Chrysler and Peugeot-owner PSA" has two parties."""
    out: list[Spot] = []
    for before, owner in itertools.pairwise(spots):
        if _OWNER_WORD.fullmatch(sentence, before[2], owner[1]):
            names = run_before(sentence, spots, before[2]) if listed else (before[0],)
            out += [sp for sp in spots if sp[0] in names and sp[2] <= before[2]]
        # "PSA, owner of the Citroen, Peugeot, and DS brands", "Stellantis NV, which owns the Jeep, Chrysler, Peugeot
        # and Fiat brands,": the brands after it describe the owner before
        if _OWNER_OF.fullmatch(sentence, before[2], owner[1]):
            names = run_after(sentence, spots, owner[1])
            out += [sp for sp in spots if sp[0] in names and sp[1] >= owner[1]]
    return out


_OWNER_OF = re.compile(
    r",\s+(?:(?:the\s+)?(?:owner|parent|maker)\s+of|which\s+(?:owns|makes|builds|sells))\s+(?:the\s+)?"
)


def run_after(sentence: str, spots: list[Spot], pos: int) -> tuple[str, ...]:
    """The list of companies that starts right after `pos` and ends at its "and": "a merger of PSA and FCA,
    Stellantis needs ..." is PSA and FCA; a comma with no "and" before it goes on ("of A, B and C")."""
    run: list[str] = []
    edge = pos
    for name, start, end in spots:
        if start < edge:
            continue
        gap = sentence[edge:start]
        if (not run and gap.strip()) or (run and not LIST_GAP.fullmatch(gap) and not re.fullmatch(r"\s+with\s+", gap)):
            break
        run.append(name)
        edge = end
        if run[1:] and not re.fullmatch(r"[’'‘s]*,\s*", gap):
            break
    return tuple(dict.fromkeys(run))


_REPORTED = re.compile(
    r"\b(?:said|says|added|confirmed|announced)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|in\s+a\s+statement\s+)?that\s+"
    r"(?=the\s+(?:deal|agreement|transaction|plan|sale|purchase)\s+(?:involves|includes|covers|will\s+see|sees)\b)"
    # "NIO said it is aware that the Investor has entered into an agreement with Tencent": told, not taken part in
    r"|\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:made\s+)?aware\s+that\s+"
    # "Daimler AG said Monday its Mitsubishi Fuso ... and Nissan Diesel had signed a letter of intent": the owner
    # tells what its unit and another company did
    r"|\b(?:said|says|announced)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?(?=its\s+[A-Z][\w-]*[^,;]{0,80}?\s+and\s+[A-Z])"
)


_OWN_VERB = re.compile(r"\s+(?:said|says|will|would|has|had|agreed|plans|planned|announced)\b")


def clauses(sentence: str, spots: list[Spot]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, inherited subject) per clause.

    A relative or appositive clause (", which ...", ", a company formed ...") has the companies before it as its
    subject; a clause that opens with a verb (", and will sell") keeps the previous clause's subject.
    """
    # "Netherlands Car B.V. (NedCar; Born, the Netherlands) with VDL": what a bracket holds cuts no clause
    brackets = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", sentence)]
    cuts = {
        m.end()
        for m in _CUTS.finditer(sentence)
        if not _in_list(sentence, spots, m) and not any(a < m.start() < b for a, b in brackets)
    }
    # "DRB-Hicom said Wednesday that the deal involves Proton selling ...": what is said of the deal is a clause of
    # its own, so the company that says it takes no part in it; "Arcadia said that Foxconn would build its truck"
    # (the sayer is the customer) is left whole
    cuts |= {m.end() for m in _REPORTED.finditer(sentence)}
    cuts |= {m.start() + 1 for m in _NEW_SUBJECT.finditer(sentence) if not any(a < m.start() < b for a, b in brackets)}
    # ", Mitsubishi Motors will sell ...": a comma before a company that starts its own clause,
    # unless the comma only separates names in a list ("Mercedes-Benz Group AG, BMW and Bosch will").
    for _name, start, end in spots:
        comma = re.search(r",\s+(?:the\s+next\s+|the\s+|while\s+)?$", sentence[:start])
        if comma and re.match(
            r"[’'‘s]*\s+(?:\w+\s+){0,2}?(?:will|would|has|have|had|is|are|was|were|said|says|plans?|agreed|signed|[a-z]+ed)\b",
            sentence[end:],
        ):
            head = sentence[: comma.start()].split()[-6:]
            # "Japanese automakers Honda, Nissan and Mitsubishi said": a comma between listed names cuts nothing
            listed = any(e2 == comma.start() for _n, _s, e2 in spots) and any(
                s2 > end and LIST_GAP.fullmatch(sentence[end:s2]) for _n, s2, _e in spots
            )
            if any(w.islower() and len(w) > 3 for w in head) and not listed:
                cuts.add(comma.start() + 1)
        # "... for 222.5bn yen and Suzuki said it would acquire a stake in VW": "and" before a company with a verb
        # of its own starts a statement of its own, unless a company right before "and" makes the two one list
        and_gap = re.search(r"\s+and\s+$", sentence[max(0, start - 6) : start])
        if (
            and_gap
            and _OWN_VERB.match(sentence, end)
            and not any(e2 == start - len(and_gap.group()) for _n, _s, e2 in spots)
            and re.search(r"\b(?:is|are|was|were|will|would|has|have|had|said|says)\b", sentence[:start])
        ):
            cuts.add(start - len(and_gap.group()) + 1)
    relatives: list[tuple[int, int, tuple[str, ...]]] = []
    for m in _RELATIVE.finditer(sentence):
        if _NEW_SUBJECT.match(m.group()):
            continue  # "After Daimler cut financing for Mitsubishi, the car maker said its alliance ...": no aside
        run = run_before(sentence, spots, m.start())
        if run:
            relatives.append((m.start(), m.end(), run))
    bounds = sorted({0, len(sentence), *cuts, *(r[0] for r in relatives), *(r[1] for r in relatives)})
    out: list[tuple[int, int, tuple[str, ...]]] = []
    previous: tuple[str, ...] = ()
    for lo, hi in itertools.pairwise(bounds):
        subject = next((r[2] for r in relatives if r[0] <= lo and hi <= r[1]), ())
        here = tuple(n for n, s, _e in spots if lo <= s < hi)
        # "Volkswagen, the German automaker, and Rivian, a maker of pickups, said": one list, two appositions; the
        # clause that goes on with "and" has the companies before the apposition as its subject
        joined = bool(here) and any(r[1] == lo for r in relatives) and re.match(r"\s*and\s", sentence[lo:hi])
        if joined or (not subject and _VERB_START.match(sentence[lo:hi])):
            subject = previous
        out.append((lo, hi, subject))
        in_relative = any(r[0] <= lo and hi <= r[1] for r in relatives)
        if (here or subject) and not in_relative:
            opening = _opening_run(sentence, [s for s in spots if lo <= s[1] < hi])
            previous = tuple(dict.fromkeys(previous + opening)) if joined else (subject or opening)
    return out


# ", the German automaker, and Rivian": the words that describe the company before, up to the list's "and"
_APPOSITION = re.compile(r"[’'‘s]*,\s+(?:the|a|an)\s+[^,;:]{3,80}$")


def _in_list(sentence: str, spots: list[Spot], cut: re.Match[str]) -> bool:
    """ "Nissan, Honda, and Mitsubishi have signed": the comma before "and" ends a list of names, not a clause;
    so does "Volkswagen, the German automaker, and Rivian"."""
    if not re.fullmatch(r",\s+and\s+", cut.group()):
        return False
    if any(s == cut.end() for _n, s, _e in spots) and any(
        _APPOSITION.fullmatch(sentence, e, cut.start()) and not _VERB.search(sentence, e, cut.start())
        for _n, _s, e in spots
    ):
        return True
    tail = re.compile(r"[’'‘s]*(?:\s*\([^()]{1,30}\))?")
    ends = [i for i, (_n, _s, e) in enumerate(spots) if tail.fullmatch(sentence[e : cut.start()])]
    if not ends or ends[0] == 0 or not any(s == cut.end() for _n, s, _e in spots):
        return False
    last = ends[0]
    return bool(LIST_GAP.fullmatch(sentence[spots[last - 1][2] : spots[last][1]]))


def _opening_run(sentence: str, spots: list[Spot]) -> tuple[str, ...]:
    """The first company of a clause and those listed with it: its subject, not the objects named later."""
    if not spots:
        return ()
    run = [spots[0]]
    for spot in spots[1:]:
        if spot[0] == run[-1][0] and re.fullmatch(r"[^()]*\([^()]*", sentence[run[-1][2] : spot[1]]):
            run[-1] = spot  # "Mitsubishi Motors Corporation (hereafter, Mitsubishi Motors)": its own defined term
            continue
        if not LIST_GAP.fullmatch(sentence[run[-1][2] : spot[1]]):
            break
        run.append(spot)
    return tuple(dict.fromkeys(n for n, _s, _e in run))
