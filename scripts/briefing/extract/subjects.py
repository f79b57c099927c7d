"""What a deal is about, in the article's own words: the phrase after the deal's cue, up to a company or a stop,
and never a time, a place, a verb left alone or the words that only describe the company after them."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.clauses import Spot
from briefing.extract.patterns import trie_alternation
from briefing.read.datelines import MONTH

# Words that say nothing of what a deal is about on their own ("arrangement with" → no subject "with").
_FUNCTION = frozenset(
    ("with", "from", "into", "between", "among", "over", "about", "the", "its", "their", "and", "for")
)


# Words of a time, which say when a deal is due, never what it is about ("towards the end of February").
_TIME_WORDS = re.compile(
    rf"(?:towards?|end|start|beginning|middle|early|late|later|next|this|last|year|years|quarter|month|months|week"
    rf"|weeks|day|days|{MONTH}|\d{{4}}s?)",
    re.IGNORECASE,
)


@domain.compiled
def _description() -> re.Pattern[str]:
    nouns = trie_alternation(list(domain.references().description_nouns))
    # "French bike-maker": a noun may be the end of a hyphened word
    return re.compile(rf"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?:[a-z]+-)?(?:{nouns})\s+")


def describes(words: str) -> bool:
    """ "struggling Swedish battery maker": words that only say what the company after them is."""
    # "its joint venture (JV) partner": an abbreviation in brackets says nothing more
    return bool(_description().fullmatch(re.sub(r"\s*\([A-Z]{2,5}\)", "", words)))


def placed(words: str) -> bool:
    """ "Japan-based ", "Japanese ": words that only say where the company after them is from."""
    nations = trie_alternation(list(domain.references().nationalities))
    return bool(re.fullmatch(rf"\s*(?:[A-Z][\w.]*-based|{nations})\s+", words))


# Abbreviations whose full stop is no sentence's end: a phrase cut right after one is cut short.
_ABBREVIATION = re.compile(r"\b(?:No|Nos|Nr|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Inc|Corp|Co|Ltd|approx)$")


def subject_text(clause: str, cue: re.Match[str], here: list[Spot]) -> str:
    """What the deal is about, in the clause's words: the phrase after the cue, up to a company or a stop."""
    stop = min([s for _n, s, _e in here if s >= cue.end()] + [len(clause)])
    rest = clause[cue.end() : stop]
    m = re.match(r"\s*(?:(?:to|on|in|for|aimed at|over|around|of|about|off|out)\s+)?(?P<x>[^,;:.!?“”\"()]+)", rest)
    if not m:
        return ""
    phrase = re.split(
        r"\s+(?:and so|but|while|which|where|as|with|between|from|by|said|says|to form|in \d{4}|after|because)\b",
        m["x"],
    )[0]
    # "a stake in electric vehicle (EV) battery maker CATL": an abbreviation in brackets is part of the description
    bare = re.sub(r"^\s*(?:in|of|with|from|for)\s+", " ", re.sub(r"\s*\([^()]{1,12}\)", "", rest))
    if (describes(" " + bare.strip() + " ") or placed(bare.strip() + " ")) and stop < len(clause):
        return ""  # "to buy struggling Swedish battery maker Northvolt's stake": a description of the company
    # "a 21% stake in EV manufacturer Leapmotor": the words that describe the company end the subject
    tail = re.search(r"\s+(?:in|of|with|from|for|to)\s+(?P<d>\S[^,;]*)$", phrase.rstrip())
    # "in Chinese electric vehicle (EV) battery maker CATL": the description goes on past the brackets that cut it
    past = re.sub(r"\s*\([^()]{1,12}\)", "", rest[m.end("x") :]).rstrip() if phrase == m["x"] else ""
    if tail and stop < len(clause) and describes(" " + tail["d"].rstrip() + past + " "):
        phrase = phrase[: tail.start()]
    # "a 20% stake in Japan’s Suzuki Motor": a country's possessive right before the company only says where it is
    if stop < len(clause) and (where := re.search(r"\s+(?:in|of|with|from|for|to)\s+[A-Z][\w.-]*[’']s\s*$", phrase)):
        phrase = phrase[: where.start()]
    phrase = re.sub(
        r"(?:\s+(?:in|with|from|to|of|for|and|by|the|a|an|its|their|on|at|that|which))+\s*$",
        "",
        phrase.strip(" ,’'—–-"),
    )
    phrase = re.sub(r"^back\s+", "", phrase)  # "to buy back the shares": what is bought is the shares
    words = phrase.split()
    at = cue.end() + m.start("x") + m["x"].find(phrase)
    if phrase and re.match(r"\.?[’'‘]s\b", clause[at + len(phrase) :]):
        return ""  # "a stake in Honda Motor Co.'s Orbis AI unit": the owner of the thing, not what the deal is
    if re.match(r"\.(?:[A-Z]|\s*\d)", clause[at + len(phrase) :]) or _ABBREVIATION.search(phrase):
        return ""  # cut at an abbreviation's stop: "fellow U.S. automaker", "the No. 2 automaker" would read "the No"
    if phrase in domain.money().regions:
        return ""  # "has another car venture in China": where it is, not what it is about
    content = [w for w in words if w.isalnum() and len(w) > 2 and w.lower() not in _FUNCTION]
    if content and re.fullmatch(r"(?:agreements?|deals?|pacts?|contracts?|accords?)", content[0], re.IGNORECASE):
        content = content[1:]  # "a joint venture deal this week": the rest of the deal's noun, then a time
        if not content:
            return ""
    if content and all(_TIME_WORDS.fullmatch(w) for w in content):
        return ""
    # "working together on using Tesla's battery packs": cut at a company whose thing the phrase names, a verb
    # left alone ("using") does not say what the deal is about; nor does a relative clause ("that sells")
    owner_end = next((e for _n, st, e in here if st == stop), None)
    cut_at_owner = owner_end is not None and re.match(r"[’'‘]s\s", clause[owner_end:])
    if (
        (cut_at_owner and len(words) == 1 and words[0].endswith("ing"))
        # "a venture to compete with Tesla": a verb left alone says what the parties do, not what the deal is
        or (len(words) == 1 and re.match(r"\s*to\s", rest) is not None)
        or (words and words[0].lower() in ("that", "which", "who", "whose"))
        # "will hold 60% and 40% of the venture respectively": an adverb alone says nothing of the deal
        or re.fullmatch(r"[a-z]+ly|each|both|together|apiece", phrase) is not None  # "a 14% stake each in Peugeot"
        # "a share subscription agreement": the rest of the deal's own noun
        or re.fullmatch(r"(?:agreements?|deals?|pacts?|contracts?|arrangements?|talks)", phrase, re.IGNORECASE)
        is not None
        # "Sales of the Suzuki Changan joint venture declined 27 percent": what the venture did, not its subject
        or (words and re.fullmatch(r"[a-z]+ed", words[0]) is not None and not re.match(r"\s*(?:to|on|in|for)\s", rest))
        or len(phrase) < 3
        or len(words) > 12
        or not any(w.isalpha() and len(w) > 2 and w.lower() not in _FUNCTION for w in words)
    ):
        return ""
    return phrase
