"""Alliances and ownership between companies named in one sentence, by cue words kept in data/alliances.yaml."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import DATA, load_data_file

# "Z4/Supra", "GR86/BRZ": a model pair, neither side a company, says two makers share a car.
_MODEL_PAIR = re.compile(
    r"(?<![\w/])(?:the\s+(?:whole\s+)?)?(?P<pair>[A-Z][\w-]*\d[\w-]*/[A-Z][\w-]+|[A-Z][\w-]+/[A-Z][\w-]*\d[\w-]*)(?![\w/])"
)


@dataclass(frozen=True)
class AllianceRules:
    cooperation: re.Pattern[str]
    exclusion: re.Pattern[str]
    negation: re.Pattern[str]
    owner_active: re.Pattern[str]
    owner_passive: re.Pattern[str]
    components: str
    cancellation: re.Pattern[str]
    hub: re.Pattern[str]


def _any(words: list[str]) -> str:
    return "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_rules() -> AllianceRules:
    d = load_data_file(DATA / "alliances.yaml")
    return AllianceRules(
        cooperation=re.compile(rf"\b(?:{_any(d['cooperation_cues'])})\b", re.IGNORECASE),
        exclusion=re.compile(rf"\b(?:{_any(d['exclusion_cues'])})\s*(?:,\s*)?$", re.IGNORECASE),
        negation=re.compile(rf"\b(?:{_any(d['negations'])})\s+(?:\w+\s+)?$", re.IGNORECASE),
        owner_active=re.compile(rf"\b(?:{_any(d['ownership_cues']['active'])})\b", re.IGNORECASE),
        owner_passive=re.compile(rf"\b(?:{_any(d['ownership_cues']['passive'])})\b", re.IGNORECASE),
        components=_any(d["components"]),
        cancellation=re.compile(rf"\b(?:{_any(d['cancellations'])})\b", re.IGNORECASE),
        hub=re.compile(rf"(?:{_any(d['hub_cues'])})", re.IGNORECASE),
    )


@dataclass(frozen=True)
class Found:
    partners: tuple[str, ...]
    subject: str
    cue: str


@dataclass(frozen=True)
class OwnershipFound:
    owner: str
    owned: str
    cue: str


Spot = tuple[str, int, int]  # canonical company, start, end in the sentence


def _excluded(sentence: str, spots: list[Spot]) -> set[str]:
    """Companies named as rivals, in a comparison, or in a list that follows such a word."""
    out: set[str] = set()
    for i, (name, start, _end) in enumerate(spots):
        # The cue ends right before the name, so only the last words can hold it: linear, not quadratic.
        if load_rules().exclusion.search(sentence, max(0, start - 80), start):
            out.add(name)
            # the rest of a list: "rivals such as Honda, Kia and Ford"
            for later, s2, _e2 in spots[i + 1 :]:
                gap = sentence[spots[i][2] : s2]
                if re.fullmatch(r"[’'‘s]*(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)", gap):
                    out.add(later)
                    i += 1
                else:
                    break
    return out


def _clause_after(sentence: str, pos: int) -> str:
    """The words after a cue up to the end of its clause, verbatim."""
    rest = sentence[pos:]
    m = re.match(r"\s*(?:to|on|in|for|aimed at|over|around|of)\s+(?P<x>[^,;:.!?“”\"()]+)", rest)
    if not m:
        return ""
    phrase = re.split(r"\s+(?:and so|but|while|which|where|as)\s+", m.group("x"))[0]
    return phrase.strip()


def _subject(sentence: str, cue: re.Match[str], spots: list[Spot]) -> str:
    cue_text = cue.group()
    if re.match(r"co-develop|jointly develop|shar", cue_text, re.IGNORECASE):
        if cue_text.lower().startswith("shar"):
            return cue_text + (" " + _clause_after(sentence, cue.end()) if _clause_after(sentence, cue.end()) else "")
        m = re.match(
            r"\s*(?P<x>[^,;:.!?“”\"()]+?)(?=\s+(?:will|would|are|is|was|were|have|has|to)\b|[,;:.!?]|$)",
            sentence[cue.end() :],
        )
        return m.group("x").strip() if m else ""
    clause = _clause_after(sentence, cue.end())
    if not clause:
        m = re.match(r"(?:\s+[\w-]+){0,4}?\s+aimed at\s+(?P<x>[^,;:.!?“”\"()]+)", sentence[cue.end() :])
        clause = m.group("x").strip() if m else ""
    return clause


def _run_before(sentence: str, spots: list[Spot], pos: int) -> tuple[str, ...]:
    """The companies that end right before `pos`, joined by "and" or commas: "Toyota and Suzuki, which ..."."""
    run: list[str] = []
    edge = pos
    for name, start, end in reversed(spots):
        if end > edge:
            continue
        gap = sentence[end:edge]
        if (not run and gap.strip(" ’'‘s")) or (run and not re.fullmatch(r"[’'‘s]*(?:,\s*|\s+and\s+|,\s+and\s+)", gap)):
            break
        run.insert(0, name)
        edge = start
    return tuple(dict.fromkeys(run))


def clauses(sentence: str, spots: list[Spot]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, subject) per clause; a relative clause ", which ..." has the companies before it as subject,
    and a clause that opens with a verb ("..., and will sell") keeps the previous clause's subject."""
    cuts = {m.end() for m in re.finditer(r";\s+|:\s+|,\s+(?:and|but|while|whereas)\s+", sentence)}
    # ", Mitsubishi Motors will sell ...": a comma before a company that starts its own clause,
    # unless the comma only separates names in a list ("Mercedes-Benz Group AG, BMW and Bosch will").
    for _name, start, end in spots:
        comma = re.search(r",\s+(?:the\s+next\s+|the\s+)?$", sentence[:start])
        if comma and re.match(
            r"[’'‘s]*\s+(?:\w+\s+){0,2}?(?:will|would|has|have|had|is|are|was|were|said|says|plans?|agreed|signed)\b",
            sentence[end:],
        ):
            head = sentence[: comma.start()].split()[-6:]
            if any(w.islower() and len(w) > 3 for w in head):
                cuts.add(comma.start() + 1)
    relatives: list[tuple[int, int, tuple[str, ...]]] = []
    for m in re.finditer(r",\s+(?:which|in which|whose)\s+[^,]*(?:,|$)", sentence):
        run = _run_before(sentence, spots, m.start())
        if run:
            relatives.append((m.start(), m.end(), run))
    bounds = sorted({0, len(sentence), *cuts, *(r[0] for r in relatives), *(r[1] for r in relatives)})
    out: list[tuple[int, int, tuple[str, ...]]] = []
    previous: tuple[str, ...] = ()
    for lo, hi in itertools.pairwise(bounds):
        subject = next((r[2] for r in relatives if r[0] <= lo and hi <= r[1]), ())
        here = tuple(n for n, s, _e in spots if lo <= s < hi)
        if not subject and re.match(r"\s*(?:will|would|has|have|had|is|are|was|were|also|then)\b", sentence[lo:hi]):
            subject = previous
        out.append((lo, hi, subject))
        if here or subject:
            previous = subject or here[:1]
    return out


def find_alliances(sentence: str, spots: list[Spot]) -> list[Found]:
    """Cooperation between two or more companies in one sentence, clause by clause."""
    if len({name for name, _s, _e in spots}) < 2:
        return []  # one company cannot cooperate with itself; most sentences name one or none
    rules = load_rules()
    excluded = _excluded(sentence, spots)
    # "Spotlight Automotive, the 50:50 joint venture of BMW and Great Wall Motor": the venture is not a partner
    for name, _start, end in spots:
        if re.match(
            r"[’'‘s]*,\s+(?:the|a|their|its)\s+(?:\S+\s+)?(?:joint venture|venture|JV)\s+(?:of|between)\b",
            sentence[end:],
        ):
            excluded.add(name)
    unique = list(dict.fromkeys(n for n, _s, _e in spots if n not in excluded))
    found: list[Found] = []
    if len(unique) < 2:
        return found
    # A part of one company's named in another's sentence: "JLR ... a BMW V8 engine".
    for name, start, end in spots:
        m = re.match(rf"[’'‘s]*\s+(?P<part>(?:[\w-]+\s+)?(?:{rules.components}))\b", sentence[end:], re.IGNORECASE)
        if m and re.search(r"\b(?:a|an|the|its|their)\s+$", sentence[:start]):
            others = [n for n in unique if n != name]
            if others:
                found.append(Found((others[0], name), m.group("part"), "component"))
    for lo, hi, subject in clauses(sentence, spots):
        clause = sentence[lo:hi]
        if rules.cancellation.search(clause):
            continue
        here = [(n, s - lo, e - lo) for n, s, e in spots if lo <= s < hi and n not in excluded]
        names = list(dict.fromkeys([*subject, *(n for n, _s, _e in here)]))
        cue = next(
            (m for m in rules.cooperation.finditer(clause) if not rules.negation.search(clause[: m.start()])), None
        )
        if cue and len(names) >= 2:
            before = list(dict.fromkeys([*subject, *(n for n, s, _e in here if s < cue.start())]))
            after = list(dict.fromkeys(n for n, s, _e in here if s >= cue.end() and n not in before))
            topic = _subject(clause, cue, here)
            # "a stake in Nissan", "in China's Leapmotor for $1.6bn": what is shared never names a partner
            cut = min((topic.find(t) for n, st, e in here if (t := clause[st:e]) in topic), default=-1)
            topic = topic[:cut].strip(" ,’'s") if cut >= 0 else topic
            topic = re.sub(r"\s+(?:in|with|from|to|of|for|and|by)$", "", topic)
            if topic.lower() in ("china", "the", "") or len(topic) < 3:
                topic = ""
            # one party dealing with several others separately: "X supplies A and B", "joint ventures with A and B"
            separate = rules.hub.match(cue.group()) or re.search(
                r"(?:ventures|partnerships|alliances|deals|agreements)$", cue.group()
            )
            if separate and len(before) == 1 and len(after) >= 2:
                found += [Found((before[0], n), topic, cue.group()) for n in after]
            elif (
                rules.hub.match(cue.group())
                and not before
                and not re.search(r"\b(?:between|with)\b", clause[cue.end() :])
            ):
                continue  # "supplied by Lucid ... and from Mercedes-Benz": both supply someone unnamed here
            else:
                found.append(Found(tuple(names), topic, cue.group()))
            continue
        # "Toyota and BMW gave us the Z4/Supra, Toyota and Subaru the GR86/BRZ twins"
        last = 0
        for pair in _MODEL_PAIR.finditer(clause):
            makers = list(dict.fromkeys(n for n, s, _e in here if last <= s < pair.start()))
            if len(makers) >= 2 and not any(pair.group("pair").startswith(n) for n in makers):
                found.append(Found(tuple(makers[-2:]), pair.group(0), "shared model"))
            last = pair.end()
    return _dedupe(found)


def _dedupe(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        if not any(set(f.partners) == set(o.partners) and f.cue == o.cue for o in out):
            out.append(f)
    return out


_DESCRIPTOR = r"(?:(?:the\s+)?[a-z-]+\s+){0,2}?"  # "truck maker", "the British brand"
_OWNS = (
    r"(?:owns?|has\s+owned|owned|controls?|acquired|acquires|will\s+acquire|took\s+over|takes\s+over"
    r"|will\s+take\s+(?:full\s+)?control\s+of|took\s+(?:full\s+)?control\s+of|bought\s+out)"
)
# The text between two company names that says the first owns the second, or the second the first.
_FIRST_OWNS = re.compile(
    rf"^(?:[’'‘]s)?,?\s+(?:(?:which|that|who)\s+)?(?:\w+\s+){{0,2}}?{_OWNS}\s+(?:(?:about|some|a|an|the|remaining)\s+)?"
    rf"(?:[\d.]+%\s+(?:stake\s+)?(?:of|in)\s+)?{_DESCRIPTOR}$"
    rf"|^,?\s+(?:the\s+|its\s+)?(?:parent|owner)(?:\s+company)?\s+of\s+{_DESCRIPTOR}$"
    rf"|^\s+(?:will\s+)?(?:complete(?:d|s)?\s+)?(?:the\s+|its\s+)?(?:takeover|acquisition|purchase)\s+of\s+{_DESCRIPTOR}$",
    re.IGNORECASE,
)
_SECOND_OWNS = re.compile(
    r"^,?\s+(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:(?:wholly|majority|fully)[\s-]+)?(?:owned|controlled|acquired|bought)\s+by\s+$"
    r"|^,?\s+(?:a|the)\s+(?:\w+\s+)?(?:unit|subsidiary|division|arm)\s+of\s+$"
    r"|^[’'‘]s\s+(?:parent|owner)(?:\s+company)?,?\s+$"
    r"|^,?\s+which\s+$",  # "Rolls-Royce, which BMW also owns": checked after the second name below
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)$")


def find_ownership(sentence: str, spots: list[Spot]) -> list[OwnershipFound]:
    """Who owns whom, when a sentence says so: kept apart from partnerships."""
    out: list[OwnershipFound] = []
    for i, (a, _s, a_end) in enumerate(spots):
        if i + 1 >= len(spots):
            break
        b, b_start, b_end = spots[i + 1]
        between = sentence[a_end:b_start]
        if a == b or len(between) > 80 or load_rules().negation.search(between):
            continue
        second = _SECOND_OWNS.match(between)
        if second and second.group().strip(" ,").lower() == "which":
            # "Rolls-Royce, which BMW also owns": the verb comes after the second name
            second = second if re.match(rf"\s+(?:\w+\s+)?{_OWNS}\b", sentence[b_end:]) else None
        if second:
            out.append(OwnershipFound(owner=b, owned=a, cue=second.group().strip(" ,")))
        elif m := _FIRST_OWNS.match(between):
            owned = [b]
            # "the parent company of Scania and MAN Truck & Bus": every name of the list
            for c, c_start, _c_end in spots[i + 2 :]:
                prev_end = next(e for n, s0, e in spots if s0 < c_start and n == owned[-1])
                if not _LIST_GAP.match(sentence[prev_end:c_start]):
                    break
                owned.append(c)
            out += [OwnershipFound(owner=a, owned=o, cue=m.group().strip(" ,")) for o in owned]
    return out
