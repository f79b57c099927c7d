"""Where a deal stands, from the words of the clause that states it (data/deals.yaml, `status`)."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.patterns import mask_quotes

# Deals that are done once they happen; the others (a partnership, a supply deal) then run.
_ONE_OFF = {"acquisition", "merger", "stake", "sale"}


def _compile(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(f"(?:{c})" for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@domain.compiled
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((status, _compile(cues)) for status, cues in domain.deals().status.items())


@domain.compiled
def _attributions() -> re.Pattern[str]:
    return _compile(domain.deals().rumour_attributions)


@domain.compiled
def _anaphors() -> re.Pattern[str]:
    words = domain.deals().deal_anaphors
    named = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "But that did not work and was brought to an end": a demonstrative that opens the sentence as its subject
    opening = r"^(?:But\s+|However,\s+|And\s+)?(?:that|this)(?=\s+(?:did|was|is|has|had|deal|tie-up)\b)"
    return re.compile(rf"(?<![\w-])(?:{named})(?![\w-])|{opening}", re.IGNORECASE)


# "Gotion's planned factory", "the completed plant": a status word used as an adjective of a noun.
# "it's finalized" is "it has finalized": a contraction, no possessive
_ATTRIBUTIVE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Hh]is|[Hh]er)"
    r"|(?<!\b[Ii]t)(?<!\b[Tt]hat)(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Tt]here)(?<!\b[Ww]ho)[’'‘]s)\s+(?:[a-z$][\w$.,-]*\s+)?$"
)


@domain.compiled
def _deal_noun() -> re.Pattern[str]:
    """The nouns of a deal (data/deals.yaml `deal_anaphors`, and stakes and contracts) within three words."""
    nouns = {w.removeprefix("the ").strip() for w in domain.deals().deal_anaphors}
    nouns |= {"stake", "stakes", "investment", "contract", "contracts", "licence", "license", "supply"}
    alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\s+(?:[\w$.,%-]+\s+){{0,3}}?(?:{alternation})(?![\w-])", re.IGNORECASE)


def _of_another_noun(plain: str, m: re.Match[str]) -> bool:
    """A status word that describes a noun other than a deal says where that thing stands, not the deal:
    "Gotion's planned factory" is no planned deal; "the planned merger" is one."""
    return (
        m.group().lower().endswith("ed")
        and bool(_ATTRIBUTIVE.search(plain[: m.start()]))
        and not _deal_noun().match(plain, m.end())
    )


_OVER = ("cancelled", "ended")
# "is set to call off the talks", "looks poised to walk away": an end foreseen, not yet told as done.
_EXPECTED = re.compile(
    r"\b(?:set|poised|expected|likely|about|going|preparing|ready|threaten(?:s|ed|ing)?)\s+to\s+$", re.IGNORECASE
)


# The words that name a memorandum: for a deal that is one, they say nothing of talks
_MOU_WORDS = re.compile(r"memorand(?:um|a) of understanding|MoUs?|letters? of intent", re.IGNORECASE)
# Words of an attribution to people who are not named, as against a named paper's report
_UNNAMED = re.compile(
    r"people|persons?|sources?|insiders?|familiar|knowledge|reportedly|rumou?r|speculation|citing|named|identified"
    r"|authori[sz]ed",
    re.IGNORECASE,
)
# What parts the verb of a deal from the verbs of other things in its clause ("The restructuring was initiated
# as Ford began to shed its stake": the deal's verb is "shed", not "initiated").
_PART = re.compile(r"[,;:]|\b(?:as|while|when|after|before|because|but|although|though|since|which|who)\b")
# A verb in the past tense, which tells a one-off deal done ("acquired", "sold"); "privately-owned", "to be
# acquired", "shed" (the present as well) and the verbs of a report ("a newspaper reported it was nearing a
# deal") are none
_COMPLETED_WORDS = re.compile(r"\b(?:have|has|had)\s+(?:now\s+)?(?:completed|finali[sz]ed|closed|established)\b")
_PAST = re.compile(
    r"(?<![\w-])(?<!to )(?:(?!(?:shed|reported|confirmed|denied|claimed|added|noted|stated|cited|interested)\b)\w+ed"
    r"|(?<!be )(?<!being )(?:sold|bought))(?![\w-])"
)


# "announced the “orderly termination” of its joint venture": a few words in marks that the sentence uses as its own
# noun, after an article, are the writer's words too
_TERM = re.compile(r"\b(?:the|a|an|its|their)\s(?P<mark>[“\"](?P<words>[^”\"]{2,40})[”\"])")


_TO_BE = re.compile(r"\b(?:is|are)\s+to\s+be\s+(?:[a-z]+ly\s+)?$")


def _terms_kept(clause: str, plain: str) -> str:
    for m in _TERM.finditer(clause):
        if len(m["words"].split()) <= 3:
            plain = plain[: m.start("mark")] + "  " + m["words"] + plain[m.end("mark") :]  # the marks' width first
    return plain


# "it would develop batteries with Honda and also supply batteries to Tesla": the second verb, with no subject and
# no tense of its own, is still under the first one's "would"
_BARE_LEAD = re.compile(r"\s*(?:(?:also|then|later|eventually|jointly)\s+)?")
_MODAL_BEFORE = re.compile(
    r"\b(would|will|could|may|might|(?:plans?|planned|aims?|intends?|wants?|hopes?|expects?)\s+to)\s+"
    r"(?:also\s+)?[a-z]+\b[^.;:]*\band\s*$"
)


def carried_modal(before: str, lead: str) -> str:
    """The modal a clause of a bare verb carries over from the clause before it ("would "), or "" when the clause
    has a verb of its own. `before`: the sentence before the clause; `lead`: the clause before its cue."""
    if not _BARE_LEAD.fullmatch(lead):
        return ""
    m = _MODAL_BEFORE.search(before)
    return m.group(1) + " " if m else ""


def clause_status(
    clause: str, kind: str, rumour: tuple[str, str] | None, at: int | None = None
) -> tuple[str, str | None]:
    """(status, the words that say so) for a deal stated in `clause`, whose cue, when given, starts at `at`.

    `rumour` is an attribution to unnamed sources found around the sentence (rumour_cue): it makes the deal a
    rumour unless the clause says the deal is off or over.
    """
    plain = _terms_kept(clause, mask_quotes(clause))
    plain = plain if plain.strip() else clause
    foreseen = False  # an end foreseen: its "set to" says nothing of the deal itself, which still stands
    for status, pattern in _patterns():
        if status == "rumoured" and rumour is not None:
            # "on September 16, BYD acquired Mercedes' shares, the report said": a paper's account of a deal
            # done is the deal done; a plan it reports, or what unnamed sources say, stays a rumour
            # ... and so is a venture a wire says the partners "have completed" ("…, Reuters reports")
            named = not _UNNAMED.search(rumour[1])
            done = named and (
                (kind in _ONE_OFF and _PAST.search(_around(plain, at))) or _COMPLETED_WORDS.search(plain) is not None
            )
            if not done:
                return rumour
            continue
        if foreseen and status == "announced":
            continue
        for m in pattern.finditer(plain):
            if _of_another_noun(plain, m):
                continue
            if status == "completed" and _TO_BE.search(plain, 0, m.start()):
                continue  # "are to be jointly acquired by Peugeot": still to come
            if kind == "mou" and status == "in talks" and _MOU_WORDS.fullmatch(m.group()):
                continue  # "signed a memorandum of understanding": the memorandum is the deal, not talks of one
            if status in _OVER and _EXPECTED.search(plain[: m.start()]):
                foreseen = True
                continue
            return status, m.group()
    if foreseen:
        return ("in talks", None) if kind in _ONE_OFF else ("active", None)
    # a one-off deal told with a verb in the past tense ("acquired", "sold") is done
    if kind in _ONE_OFF and _PAST.search(_around(plain, at)):
        return "completed", None
    return ("announced", None) if kind in _ONE_OFF else ("active", None)


def _around(plain: str, at: int | None) -> str:
    """The part of the clause that holds the deal's cue: from the last word that parts verbs before it to the
    first after it."""
    if at is None:
        return plain
    lo = max((m.end() for m in _PART.finditer(plain, 0, at)), default=0)
    hi = next((m.start() for m in _PART.finditer(plain, at + 1)), len(plain))
    return plain[lo:hi]


def status_update(sentence: str) -> tuple[str, str] | None:
    """A sentence that names no company but says where "the deal" or "the talks" stand: (status, words). The
    words must be said of the deal, in its own clause: "The plan was scrapped", "ended the talks"; not "the
    deal would revive an alliance that was scrapped", where the alliance was."""
    plain = mask_quotes(sentence)
    anaphors = list(_anaphors().finditer(plain))
    if not anaphors:
        return None
    for status, pattern in _patterns():
        if status not in ("cancelled", "ended", "completed", "agreed"):
            continue
        for m in pattern.finditer(plain):
            if any(_said_of(plain, a, m) for a in anaphors):
                return status, m.group()
    return None


def _said_of(plain: str, anaphor: re.Match[str], cue: re.Match[str]) -> bool:
    """The status words are said of the deal word: it is their subject, a few words before them in the same
    clause ("The talks with the union collapsed"), or their object right after them ("scrapped the plan")."""
    if anaphor.end() <= cue.start():
        # "that did not work and was brought to an end": a second verb of the same subject
        between = re.sub(r"\s+and\s+(?:was|were|is|has\s+been|had\s+been)\s+$", " ", plain[anaphor.end() : cue.start()])
        if re.fullmatch(r",\s+which\s+(?:is\s+|was\s+|are\s+|were\s+|has\s+been\s+|had\s+been\s+)?", between):
            return True  # "The deal, which is expected to close next July, will": a relative clause of the deal
        return len(between.split()) <= 6 and not re.search(
            r"[,;:()]|\b(?:that|which|who|whose|where|and|but)\b", between
        )
    return len(plain[cue.end() : anaphor.start()].split()) <= 2 and not re.search(
        r"[,;:]", plain[cue.end() : anaphor.start()]
    )


# Where one statement ends and the next begins, whatever is reported: an attribution covers its own part only.
# ... but not "but" before a speech verb with no subject of its own: "A source close to VW confirmed that talks were
# in progress but said the possibility of the automaker taking a stake ...": the same source says both
_STATEMENT_CUT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|although|though)\s+(?!(?:also\s+)?(?:said|says|added|told)\b)"
    r"|\s+(?:but|while|whereas|although)\s+(?!(?:also\s+)?(?:said|says|added|told)\b)"
)


def rumour_scopes(sentence: str) -> list[tuple[int, int, tuple[str, str]]]:
    """ "..., people familiar with the matter said": (start, end, ("rumoured", words)) for each part of the
    sentence that an attribution to unnamed sources covers. It covers its own statement, between the cuts
    around it (";", ", while", ", but"), and nothing in the sentences after it."""
    plain = mask_quotes(sentence)
    cuts = list(_STATEMENT_CUT.finditer(plain))
    out = []
    for m in _attributions().finditer(plain):
        lo = max([0] + [c.end() for c in cuts if c.end() <= m.start()])
        hi = min([len(plain)] + [c.start() for c in cuts if c.start() >= m.end()])
        out.append((lo, hi, ("rumoured", m.group())))
    return out


def rumour_at(scopes: list[tuple[int, int, tuple[str, str]]], start: int) -> tuple[str, str] | None:
    """The attribution whose part of the sentence holds `start`."""
    return next((r for lo, hi, r in scopes if lo <= start < hi), None)
