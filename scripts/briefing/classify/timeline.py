"""The timeline: each article's own date, and the deals and holdings the articles date, as precisely as the
text dates them. A sentence that states two different dates is left out: which of them the deal's is, only a
reader can tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.extract.dates import StatedDate, article_date, stated_dates
from briefing.model import Deal, Facts, Mention, Ownership, Ref

# "the same platform as the Peugeot Partner, Vauxhall Combo and Citroën Berlingo", "converting a BMW E30": a
# maker's name before a model's, in a list that "the" (or "a") opens; the maker does nothing the sentence dates
_MODEL_AFTER = re.compile(r"\s+(?!(?:Group|Motor|Motors|Corp|Co|Inc|AG|SE|SA|Holdings|Automobile|Auto)\b)[A-Z][\w-]+")
_MODEL_LIST = re.compile(r"(?:\b(?:the|a|an)|,|\band)\s+$")


def _names_a_model(text: str, m: Mention) -> bool:
    if not _MODEL_AFTER.match(text, m.end) or not _MODEL_LIST.search(text, max(0, m.start - 6), m.start):
        return False
    # the list must open with "the" and a maker's model: "the Peugeot Partner, Vauxhall Combo and ..."
    return bool(
        re.search(
            r"\bthe\s+[A-Z][\w-]*\s+[A-Z][\w-]+(?:,\s+[A-Z][\w-]*\s+[A-Z][\w-]+)*(?:,|\s+and)?\s+$|\b(?:the|a|an)\s+$",
            text[: m.start],
        )
    )


@dataclass(frozen=True)
class Event:
    date: str  # "2019", "2024-03" or "2025-03-03"
    article: str
    kind: str  # "published" (the article's own date), "deal", "ownership", or "said" (another dated sentence)
    ref: Ref | None = None  # the sentence that dates it; None for an article's own date
    words: str = ""  # the words that state the date
    derived: bool = False  # from "last year" or "next month" and the article's own date
    parties: tuple[str, ...] = ()  # the companies of the deal or holding
    status: str | None = None  # where the deal stood in that sentence
    deal_type: str | None = None
    ownership: Ownership | None = None  # the holding, for an ownership event
    clause: str = ""  # the words of the sentence the date belongs to, for a sentence of several dates


def _step_status(deal: Deal, ref: Ref) -> str:
    return next((s.status for s in deal.history if s.ref == ref), deal.status)


def _one(dates: list[StatedDate]) -> StatedDate | None:
    return dates[0] if len(dates) == 1 else None


# Words that put what follows in the future: "will launch", "plans to begin supplying".
_FUTURE = (
    r"\b(?:will|would|shall|plans? to|planned to|planning to|aims? to|expects? to|expected to|intends? to|due to"
    r"|set to|scheduled to|is to|are to)\b"
)
_FUTURE_BEFORE = re.compile(_FUTURE, re.IGNORECASE)
# ... right before a date: "a first model due in 2027", "expected in 2026"
_PLANNED_NEAR = re.compile(rf"(?:{_FUTURE}|\b(?:due|expected|scheduled))(?:\s+[\w-]+){{0,3}}\s*$", re.IGNORECASE)


def _deal_date(stated: StatedDate, status: str, sentence: str = "") -> bool:
    """Whether a date stated in a deal's sentence is when that step of the deal happened. Not a span ("supplies
    engines from 2029", "until 2034"), nor a date right after words of a plan ("due in 2027"), nor, for a deal
    still to come, a date its clause puts in the future ("will launch the car in 2028", "plans to begin supplying
    ... in 2025": the plan's date, not the deal's). A dateline's date ("Mumbai, 19 March 2026 - ... announced")
    stays the deal's."""
    if re.match(r"(?:from|until|by|starting)\b", stated.text, re.IGNORECASE):
        return False
    at = stated.clause.find(stated.text)
    before = stated.clause[: max(at, 0)]
    # the words that open the date's clause, which the clause itself leaves out ("after", "following")
    opening = sentence[: max(sentence.find(stated.clause), 0)][-12:] if stated.clause else ""
    if _PLANNED_NEAR.search(before):
        return False
    if status in ("rumoured", "in talks", "announced") and (
        _BACK_THEN.search(before) or _OTHER_SUBJECT.search(before) or _AFTER_EARLIER.search(opening + before)
    ):
        # "offered to buy back the shares that Volkswagen paid ... for back in 2009", "is moving to take a majority
        # stake ... after the French partner's $1 billion purchase of a 25 percent stake in 2008": the date of what
        # was done before, in words of its own, not of the step still to come
        return False
    if _WILL_DO.search(before):
        return False  # "agreed to a joint venture that will start selling cars in 2025": what the venture will do
    return not (status == "announced" and _FUTURE_BEFORE.search(before))


_WILL_DO = re.compile(r"\b(?:that|which)\s+(?:will|would|is\s+to|are\s+to|plans?\s+to|aims?\s+to)\b[^,;]*$")


_BACK_THEN = re.compile(r"\bback\s+(?:in\s+)?$", re.IGNORECASE)
_AFTER_EARLIER = re.compile(
    r"\b(?:after|following)\s+(?:the|its|their|[\w-]+[’']s?)\s+[^;]*?"
    r"\b(?:purchase|acquisition|sale|deal|investment|merger|takeover|agreement)\b[^,;]*$",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(
    r"\b(?:that|which)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+(?:[a-z]+ly\s+)?(?:paid|bought|acquired|took|sold|had)\b"
)


def build_timeline(facts: Facts) -> list[Event]:
    events: list[Event] = []
    order = {af.article.slug: i for i, af in enumerate(facts.articles)}
    for af in facts.articles:
        article = af.article
        when = article_date(article)
        if when is not None:
            events.append(Event(when.isoformat(), article.slug, "published"))

        def sentence(ref: Ref) -> str:
            return article.paragraphs[ref.paragraph].sentences[ref.sentence].text  # noqa: B023

        seen: set[Ref] = set()
        for deal in af.deals:
            parties = tuple(sorted(set(deal.partners)))
            for ref in deal.evidence:
                if ref in seen or len(parties) < 2:
                    continue
                # a date that is not the step's: the sentence is told below as it is, with its clause
                stated = _one(stated_dates(sentence(ref), when))
                if stated and _deal_date(stated, _step_status(deal, ref), sentence(ref)):
                    seen.add(ref)
                    event = Event(stated.value, article.slug, "deal", ref, stated.text, stated.derived, parties)
                    events.append(replace(event, status=_step_status(deal, ref), deal_type=deal.type))
        for o in af.ownership:
            if o.ref not in seen and (stated := _one(stated_dates(o.sentence, when))):
                seen.add(o.ref)  # a sentence of several dates is told below, each date with its clause
                parties = (o.owner, o.owned)
                event = Event(stated.value, article.slug, "ownership", o.ref, stated.text, stated.derived, parties)
                events.append(replace(event, ownership=o))
        # Any other sentence that names a company and dates what it says: a plant opening, a recall, a launch.
        # Not one that gives a figure: its date is then most often the figure's period ("revenue in 2024").
        with_money = {m.ref for m in af.money}
        named: dict[Ref, list[Mention]] = {}
        for m in af.mentions:
            if not _names_a_model(sentence(m.ref), m):
                named.setdefault(m.ref, []).append(m)
        for ref, mentions in named.items():
            if ref in seen or ref in with_money:
                continue
            # Each date of the sentence with its own clause: "talks began last year; production starts in 2027",
            # and the companies that clause names ("buying TRW in 2014 and attempting to acquire Wabco in 2017")
            text = sentence(ref)
            for stated in stated_dates(text, when):
                at = text.find(stated.clause) if stated.clause else -1
                inside = [m for m in mentions if at < 0 or at <= m.start < at + len(stated.clause)]
                parties = tuple(dict.fromkeys(m.company for m in inside))
                if not parties:
                    continue
                event = Event(stated.value, article.slug, "said", ref, stated.text, stated.derived, parties)
                events.append(replace(event, clause=stated.clause))
    return sorted(
        events,
        key=lambda e: (e.date, order[e.article], e.kind != "published", e.ref.paragraph if e.ref else -1),
    )
