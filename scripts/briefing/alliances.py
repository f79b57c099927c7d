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
        before = sentence[:start]
        if load_rules().exclusion.search(before):
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


def find_alliances(sentence: str, spots: list[Spot]) -> list[Found]:
    """Cooperation between two or more companies in one sentence."""
    rules = load_rules()
    excluded = _excluded(sentence, spots)
    names = [n for n, _s, _e in spots if n not in excluded]
    unique = list(dict.fromkeys(names))
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
    # Several deals in one sentence: each clause (split at "; " or ", and") is read on its own.
    bounds = [0] + [m.end() for m in re.finditer(r";\s+|,\s+(?:and|while|whereas)\s+", sentence)] + [len(sentence)]
    for lo, hi in itertools.pairwise(bounds):
        in_clause = list(dict.fromkeys(n for n, s, _e in spots if lo <= s < hi and n not in excluded))
        clause = sentence[lo:hi]
        pair = _MODEL_PAIR.search(clause)
        cue = None
        for m in rules.cooperation.finditer(clause):
            if not rules.negation.search(clause[: m.start()]):
                cue = m
                break
        if len(in_clause) < 2:
            continue
        if cue:
            found.append(Found(tuple(in_clause), _subject(clause, cue, spots), cue.group()))
        elif pair and not any(pair.group("pair").startswith(n) for n in in_clause):
            found.append(Found(tuple(in_clause), pair.group(0), "shared model"))
    if not found:
        # The cue may sit in one clause and the partners in another ("X and Y, which agreed to share...").
        cue = next(
            (m for m in rules.cooperation.finditer(sentence) if not rules.negation.search(sentence[: m.start()])), None
        )
        if cue and not rules.owner_active.search(sentence) and not rules.owner_passive.search(sentence):
            found.append(Found(tuple(unique), _subject(sentence, cue, spots), cue.group()))
    return _dedupe(found)


def _dedupe(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        if not any(set(f.partners) == set(o.partners) and f.cue == o.cue for o in out):
            out.append(f)
    return out


def find_ownership(sentence: str, spots: list[Spot]) -> list[OwnershipFound]:
    """Who owns whom, when a sentence says so: kept apart from partnerships."""
    rules = load_rules()
    names = list(dict.fromkeys(n for n, _s, _e in spots))
    if len(names) < 2:
        return []
    out: list[OwnershipFound] = []
    for i, (a, _s, a_end) in enumerate(spots):
        for b, b_start, _e in spots[i + 1 :]:
            if a == b:
                continue
            between = sentence[a_end:b_start]
            if len(between) > 60 or rules.negation.search(between):
                continue
            passive = rules.owner_passive.search(between)
            active = rules.owner_active.search(between)
            if passive:
                out.append(OwnershipFound(owner=b, owned=a, cue=passive.group()))
            elif active:
                out.append(OwnershipFound(owner=a, owned=b, cue=active.group()))
            break
    return out
