"""Who owns whom, and how much of it, when a sentence says so: kept apart from deals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.clauses import Spot, run_before
from briefing.extract.deal_rules import alternation
from briefing.extract.deals import load_rules

_SHARE = r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent))"
_APPROX = r"(?:(?:about|some|around|roughly|nearly|almost|just over|just under|more than|less than)\s+)?"
# "truck maker", "the British brand"; never the "by" of a passive ("Volvo was acquired by Geely")
_DESCRIPTOR = r"(?:(?:the\s+)?(?!by\s)[a-z-]+\s+){0,2}?"
_OWNS = (
    r"(?:owns?|has\s+owned|owned|controls?|acquired|acquires|took\s+over|bought\s+out|buys\s+out"
    r"|took\s+(?:full\s+)?control\s+of|holds?|held|has\s+held|retains?|kept)"
)
# The text between two company names that says the first owns the second ("Isuzu and owns 10 percent of
# Suzuki" is a second verb of the sentence's subject, not Isuzu's).
_FIRST_OWNS = re.compile(
    rf"^(?:[’'‘]s)?,?\s+(?:(?:which|that|who)\s+)?(?:(?!and\b)\w+\s+){{0,2}}?{_OWNS}\s+(?:(?:a|an|the|its|remaining)\s+)?"
    rf"(?:{_APPROX}{_SHARE}\s+(?:(?:stake|holding|interest|share)\s+)?(?:of|in)\s+)?{_DESCRIPTOR}$"
    rf"|^(?:[’'‘]s)?,?\s+(?:(?:which|that|who)\s+)?(?:(?!and\b)\w+\s+){{0,2}}?{_OWNS}\s+(?:a|an|its)\s+{_APPROX}{_SHARE}"
    rf"\s+(?:\w+\s+)?(?:stake|holding|interest|share)\s+in\s+{_DESCRIPTOR}$"
    rf"|^[’'‘]s\s+{_APPROX}{_SHARE}\s+(?:\w+\s+)?(?:stake|holding|interest|shareholding)\s+in\s+{_DESCRIPTOR}$"
    rf"|^,?\s+(?:the\s+|its\s+)?(?:parent|owner)(?:\s+company)?\s+of\s+{_DESCRIPTOR}$"
    rf"|^,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{1,5}}(?:that|which)\s+(?:also\s+|now\s+|already\s+)?{_OWNS}\s+"
    rf"(?:(?:a|an|its)\s+)?(?:{_APPROX}{_SHARE}\s+(?:(?:stake|holding|interest|share)\s+)?(?:of|in)\s+)?{_DESCRIPTOR}$"
    rf"|^,?\s+whose\s+(?:[\w-]+\s+){{0,2}}(?:unit|subsidiary|brand|arm|division|marque)\s+$"
    rf"|^[’'‘]s\s+(?:\w+\s+)?(?:unit|subsidiary|division|brand|marque|arm)\s+$"
    rf"|^\s+(?:has\s+)?(?:completed|closed|finali[sz]ed)\s+(?:the\s+|its\s+)?(?:takeover|acquisition|purchase)\s+of\s+{_DESCRIPTOR}$"
    rf"|^-(?:owned|controlled)\s+$",
    re.IGNORECASE,
)
# The text between two company names that says the second owns the first.
_SECOND_OWNS = re.compile(
    r"^,?\s+(?:(?:which|that)\s+(?:is\s+|was\s+|has\s+been\s+)?)?(?:(?:wholly|majority|fully|partly)[\s-]+)?"
    r"(?:owned|controlled|acquired|bought|taken\s+over)\s+by\s+(?:[A-Z][\w.]+[’'‘]s\s+)?$"
    r"|^,?\s+(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:a|the)\s+(?:\w+\s+)?(?:unit|subsidiary|division|arm|brand|marque)\s+of\s+$"
    r"|^,?\s+(?:which|that)\s+(?:became|becomes)\s+part\s+of\s+$"
    r"|^,?\s+(?:(?:which|that)\s+)?(?:is|was|has\s+been)?\s*(?:about\s+|some\s+|around\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)[\s-]+)(?:owned|controlled|held)\s+by\s+(?:[A-Z][\w.]+[’'‘]s\s+)?$"
    # "Lotus is owned 51% by Geely"
    r"|^\s+(?:is|was)\s+(?:owned|controlled|held)\s+(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)"
    r"\s+by\s+$"
    r"|^,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){1,5}(?:now\s+|since\s+\d{4}\s+)?(?:owned|controlled)\s+by\s+(?:[A-Z][\w.]+[’'‘]s\s+)?$"
    r"|^\s+(?:is|was)\s+(?:majority|wholly|partly|jointly)[\s-]+(?:owned|controlled)\s+by\s+$"
    r"|^[’'‘]s\s+(?:parent|owner)(?:\s+company)?,?\s+$"
    r"|^(?:\s+|-)(?:parent|owner)\s+$"  # "Skoda owner Volkswagen", "Jaguar parent Tata Motors", "Peugeot-owner PSA"
    r"|^,?\s+which\s+$",  # "Rolls-Royce, which BMW also owns": checked after the second name below
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)$")


@dataclass(frozen=True)
class OwnershipFound:
    owner: str
    owned: str
    cue: str
    share: str | None = None
    now: bool = False  # held now, whatever the sentence says will change: "will raise its stake from 45%"
    listed: bool = False  # named in a list before "parent": true only where the company list agrees


_STAKE_SIZE = re.compile(
    rf"(?P<size>{_APPROX}{_SHARE}(?:\s+plus\s+one\s+share)?)(?=\s+(?:[\w-]+\s+)?(?:stake|shareholding|holding|interest)\b"
    rf"|\s+(?:of|in)\s)",
    re.IGNORECASE,
)


def _co_owners(sentence: str, rest: list[Spot], prev_end: int) -> list[Spot]:
    """The companies listed after the first owner of "owned by A and B" (", B and C")."""
    out: list[Spot] = []
    for spot in rest:
        if not re.fullmatch(r",\s*|,?\s+and\s+", sentence[prev_end : spot[1]]):
            break
        out.append(spot)
        prev_end = spot[2]
    return out


def stake_size(sentence: str) -> str | None:
    """The share a sentence's stake is of, as written ("will buy a nearly 10.35% stake in", "25% plus one share
    of"): only when the sentence gives one share, so that a stake raised "from 45% to 55%" gets none."""
    if len(re.findall(_SHARE, sentence, re.IGNORECASE)) != 1:
        return None
    m = _STAKE_SIZE.search(sentence)
    return m["size"] if m else None


def _share(text: str) -> str | None:
    m = re.search(_SHARE, text, re.IGNORECASE)
    if not m:
        return None
    number = re.match(r"\d+(?:\.\d+)?", m.group())
    return f"{number.group()}%" if number else None


# "BYD acquired Mercedes' 10 per cent shares in the JV": what is bought is the second company's, not itself
# "X bought Nissan's stake", "the acquisition of Delphi's seating (Delphi Seating) business": a part of the company
# after the possessive is what changed hands, not the company
_POSSESSIVE_HOLDING = re.compile(
    rf"[’'‘]s?\s+(?:{_APPROX}{_SHARE}\s+)?(?:[\w-]+\s+(?:\([^()]{{1,40}}\)\s+)?){{0,3}}?"
    rf"(?:stake|stakes|shares|holding|interest|shareholding|business|businesses|unit|division|operations|arm|assets)\b"
)


def find_ownership(sentence: str, spots: list[Spot]) -> list[OwnershipFound]:
    """Who owns whom, when a sentence says so."""
    out: list[OwnershipFound] = []
    negation = load_rules().negation
    for i, (a, _s, a_end) in enumerate(spots):
        if i + 1 >= len(spots):
            break
        b, b_start, b_end = spots[i + 1]
        between = sentence[a_end:b_start]
        if a == b or len(between) > 90 or negation.search(between):
            continue
        if re.fullmatch(r",\s+", between) and re.match(
            r"[’'‘]s?\s+(?:controlling|majority|biggest|largest|main|parent)?\s*(?:shareholder|owner|parent)",
            sentence[b_end:],
        ):
            cue = re.sub(r"^[’'‘]s?\s*", "", sentence[b_end : b_end + 60].split(",")[0].strip())
            # "Ford, Mazda's largest shareholder with 13.8 per cent,": the holding the description gives
            out.append(OwnershipFound(owner=a, owned=b, cue=cue, share=_share(cue)))
            continue
        # "Subaru, in which Toyota holds a 20% stake,": the holder comes after "in which"
        held = re.match(
            rf"\s+(?:\w+\s+)?(?:holds?|owns?|has)\s+(?:a|an)\s+{_APPROX}{_SHARE}\s+(?:stake|holding|interest)",
            sentence[b_end:],
        )
        if re.fullmatch(r",\s+in\s+which\s+", between) and held:
            out.append(OwnershipFound(b, a, held.group().strip(), _share(held.group())))
            continue
        second = _SECOND_OWNS.match(between)
        if second and second.group().strip(" ,").lower() == "which":
            # "Rolls-Royce, which BMW also owns": the verb comes after the second name
            after = re.match(rf"\s+(?:\w+\s+)?{_OWNS}\b(?:\s+{_APPROX}{_SHARE}\s+of)?", sentence[b_end:])
            if after:
                out.append(OwnershipFound(b, a, after.group().strip(), _share(after.group())))
            continue
        if second:
            cue = second.group().strip(" ,-")
            joint = _co_owners(sentence, spots[i + 2 :], b_end) if re.search(r"\bby$", cue) else []
            if joint:
                # "which is owned by Eicher Motors and Volvo Group": each owns part of it, none all of it
                cue = sentence[a_end : joint[-1][2]].strip(" ,")
                for c, _cs, _ce in joint:
                    out.append(OwnershipFound(owner=c, owned=a, cue=cue))
            out.append(OwnershipFound(owner=b, owned=a, cue=cue, share=_share(cue)))  # "34%-owned by"
            if cue.lower() in ("parent", "owner"):
                out += [OwnershipFound(b, o, cue, listed=True) for o in _listed_before(sentence, spots, i)]
        elif (m := _FIRST_OWNS.match(between)) and not _POSSESSIVE_HOLDING.match(sentence, b_end):
            owned = [b]
            # "the parent company of Scania and MAN Truck & Bus": every name of a list that ends in "and"
            gaps: list[str] = []
            for c, c_start, _c_end in spots[i + 2 :]:
                prev_end = next(e for n, s0, e in spots if s0 < c_start and n == owned[-1])
                if not _LIST_GAP.match(sentence[prev_end:c_start]):
                    break
                owned.append(c)
                gaps.append(sentence[prev_end:c_start])
            while gaps and "and" not in gaps[-1]:  # "…of Aston Martin, Mercedes-Benz supplies…" is no list
                gaps.pop()
                owned.pop()
            # "Toyota, which holds 5% of Isuzu, and Hino will merge": a name before its verb starts a clause
            last_end = next((e for n, _s0, e in reversed(spots) if owned and n == owned[-1]), 0)
            if gaps and _SUBJECT_VERB.match(sentence, last_end):
                gaps.pop()
                owned.pop()
            cue = m.group().strip(" ,’'‘")
            out += [OwnershipFound(owner=a, owned=o, cue=cue, share=_share(cue)) for o in owned]
        elif between in ("’s ", "'s ", "‘s ") and (unit := _UNIT_AFTER.match(sentence[b_end:])):
            out.append(OwnershipFound(owner=a, owned=b, cue=f"’s … {unit['w']}"))  # "Renault's Ampere unit"
    out += _held_by_subject(sentence, spots, out)
    out += _cross_holdings(sentence, spots)
    return [o for o in _kept(out) if not _to_come(sentence, spots, o)]


def _listed_before(sentence: str, spots: list[Spot], i: int) -> list[str]:
    """'Chrysler, Dodge, Jeep, and Citroen parent Stellantis': the other names of a list closed by 'and' just
    before the owned one. 'Volvo and Skoda owner Volkswagen agreed' may be two subjects, so the caller keeps
    only those its company list places under the owner."""
    if not i or " and" not in sentence[spots[i - 1][2] : spots[i][1]]:
        return []
    return [n for n in reversed(run_before(sentence, spots[:i], spots[i - 1][2])) if n != spots[i][0]]


_SUBJECT_VERB = re.compile(
    r"[’'‘s]*\s+(?:will|would|has|have|had|is|are|was|were|said|says|plans|agreed|signed|[a-z]{3,}ed\s+(?:to|a|an|the|its|their))\b"
)


@domain.compiled
def _future() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = domain.deals()
    return (
        re.compile(rf"(?<![\w-])(?:{alternation(d.future_holding)})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{alternation(d.after_completion)})(?![\w-])", re.IGNORECASE),
    )


def _to_come(sentence: str, spots: list[Spot], o: OwnershipFound) -> bool:
    """A holding that will exist only once a deal is done ("once the transaction is completed X will control
    4.9 per cent of Y", "would hold 8% of Y after the deal") is not held now: it is the deal's detail, not
    ownership. Read in the cue and the words just before it, and in the condition that opens the sentence or
    follows the company owned in its clause."""
    modal, condition = _future()
    if o.now:
        return False
    at = sentence.find(o.cue)
    # the modal in the cue ("will control 4.9 per cent of") or just before it ("will raise its stake in")
    if modal.search(o.cue) or (at >= 0 and modal.search(" ".join(sentence[:at].split()[-3:]))):
        return True
    owner = next(((s, e) for n, s, e in spots if n == o.owner), None)
    owned = next(((s, e) for n, s, e in spots if n == o.owned), None)
    if owner is None or owned is None:
        return False
    lo, hi = sorted((owner, owned))
    tail = re.match(r"[^,;.]*", sentence[hi[1] :])
    return bool(condition.match(sentence[: lo[0]].lstrip()) or (tail and condition.search(tail.group())))


_UNIT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<w>unit|brand|subsidiary|arm|division|marque)s?\b")
# What the subject of a sentence holds, named after it: "…, its truck unit"; "its Lexus and Hino brands";
# "its 24% holding in Mitsubishi Motors"; "cut its stake in Nissan to 15%"; "…, which holds 5% of Suzuki and
# 20% of Subaru".
_ITS_UNIT_AFTER = re.compile(r"^,\s+its\s+(?:[\w-]+\s+){0,2}?(?P<w>unit|brand|subsidiary|arm|division|marque)\b")
_ITS_BEFORE = re.compile(
    rf"\bits\s+(?:(?P<pct>{_APPROX}{_SHARE})\s+(?:[\w-]+\s+)?(?:stake|holding|shareholding|interest)\s+in|"
    rf"(?:remaining\s+|entire\s+)?(?:stake|holding|shareholding|interest)\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ITS_LIST = re.compile(r"\bits\s+$")
# "..., while its parent Shanghai Automotive Industry Corp. holds the rest": the company named owns the subject
_ITS_PARENT = re.compile(r"\bits\s+(?:[\w-]+\s+)?(?:parent|owner)(?:\s+(?:company|group))?,?\s+$", re.IGNORECASE)
_PARTED = re.compile(
    r"\b(?:sold|sells?|selling|sale\s+of|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|dispos(?:e|es|ed|ing) of"
    r"|exit(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(rf"^(?:,\s*|\s+and\s+|,\s+and\s+)(?:{_APPROX})?(?P<pct>{_SHARE})\s+of\s+$", re.IGNORECASE)
_FROM_SHARE = re.compile(rf"^\s+(?:[\w.]+\s+){{0,2}}?from\s+(?:{_APPROX})?(?P<pct>{_SHARE})", re.IGNORECASE)
_TO_SHARE = re.compile(rf"^\s+to\s+(?:{_APPROX})?(?P<pct>{_SHARE})", re.IGNORECASE)


def _held_by_subject(sentence: str, spots: list[Spot], found: list[OwnershipFound]) -> list[OwnershipFound]:
    out: list[OwnershipFound] = []
    if not spots:
        return out
    subject = spots[0][0]
    for i, (name, start, end) in enumerate(spots):
        if name == subject:
            continue
        if _ITS_UNIT_AFTER.match(sentence[end:]):
            out.append(OwnershipFound(subject, name, "its unit"))
        elif parent := _ITS_PARENT.search(sentence[max(0, start - 40) : start]):
            out.append(OwnershipFound(name, subject, parent.group().strip(" ,")))
        elif m := _ITS_BEFORE.search(sentence[max(0, start - 80) : start]):
            to = _TO_SHARE.match(sentence[end:])
            if not to and _PARTED.search(sentence[max(0, start - 80) : start][: m.start()]):
                continue  # "sold its stake in Y": a holding given up, not one it keeps
            if held := _FROM_SHARE.match(sentence[end:]):
                # "will raise its holding in Y from 45 per cent to 55 per cent": 45 per cent is held now
                cue = f"{m.group().strip()} … {held.group().strip()}"
                out.append(OwnershipFound(subject, name, cue, _share(held["pct"]), now=True))
                continue
            pct = to["pct"] if to else m["pct"]
            out.append(OwnershipFound(subject, name, m.group().strip(), _share(pct) if pct else None))
        elif (
            _ITS_LIST.search(sentence[max(0, start - 6) : start])
            and _UNIT_AFTER.match(_rest_of_list(sentence, spots, i))
            # "completed the sale of its Nexteer equipment unit to Pacific Century Motors": a unit given up
            and not _PARTED.search(sentence[max(0, start - 80) : start - 4])
        ):
            for other, _s, _e in _list_from(sentence, spots, i):
                out.append(OwnershipFound(subject, other, "its … brands"))
        elif i > 0 and (share := _SHARE_OF.match(sentence[spots[i - 1][2] : start])):
            # "..., which owns 5.5% of Mazda and 20.4% of Subaru": the second share has the first one's owner
            first = next((o for o in [*found, *out] if o.owned == spots[i - 1][0]), None)
            if first:
                # each holding keeps the words of its own share: "owns … around 5 percent of"
                verb = re.match(rf".*?\b{_OWNS}\b", first.cue, re.IGNORECASE)
                words = share.group().strip(" ,").removeprefix("and ").strip()
                cue = f"{verb.group()} … {words}" if verb else words
                out.append(OwnershipFound(first.owner, name, cue, _share(share["pct"])))
    return out


# "cut their cross-shareholdings to 15 per cent each", "hold 15% of each other": each of the two holds the share
_CROSS = re.compile(
    rf"\b(?:(?:their|the)\s+(?:[\w-]+\s+)?cross[- ]?(?:shareholdings?|holdings?|stakes?)\s+(?:to|at|of)\s+"
    rf"(?:{_APPROX})?(?P<pct>{_SHARE})\s+each"
    rf"|{_OWNS}\s+(?:{_APPROX})?(?P<pct2>{_SHARE})\s+(?:(?:stakes?|holdings?)\s+in|of)\s+(?:each\s+other|one\s+another))\b",
    re.IGNORECASE,
)


def _cross_holdings(sentence: str, spots: list[Spot]) -> list[OwnershipFound]:
    """Two companies, and no other, named before words that give each the same share of the other."""
    m = _CROSS.search(sentence)
    names = list(dict.fromkeys(n for n, s, _e in spots if m and s < m.start()))
    if m is None or len(names) != 2:
        return []
    share, cue = _share(m["pct"] or m["pct2"]), m.group()
    return [OwnershipFound(names[0], names[1], cue, share), OwnershipFound(names[1], names[0], cue, share)]


def _list_from(sentence: str, spots: list[Spot], i: int) -> list[Spot]:
    run = [spots[i]]
    for spot in spots[i + 1 :]:
        if not re.fullmatch(r"(?:,\s*|\s+and\s+|,\s+and\s+)", sentence[run[-1][2] : spot[1]]):
            break
        run.append(spot)
    return run


def _rest_of_list(sentence: str, spots: list[Spot], i: int) -> str:
    return sentence[_list_from(sentence, spots, i)[-1][2] :]


def _kept(found: list[OwnershipFound]) -> list[OwnershipFound]:
    """One holding per pair, and no company owning itself."""
    out: list[OwnershipFound] = []
    for f in found:
        if f.owner != f.owned and not any((o.owner, o.owned) == (f.owner, f.owned) for o in out):
            out.append(f)
    return out
