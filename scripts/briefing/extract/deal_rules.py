"""What a clause of a sentence says about deals: the kind of deal its cue words name (data/deals.yaml), and
which companies it names that are no party to one (rivals, the venture itself, a car, an owner)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.clauses import Spot

# What is bought or sold when it is a company, or part of one: otherwise the goods make it a supply deal.
# "its partner in the venture, ", "their long-time ally, ": a description set beside the company named after it
PARTNER_ASIDE = (
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:partner|co-owner|ally)(?:\s+(?:in|of|at)\s+(?:the|that|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:venture|JV|joint\s+venture|company|business))?,\s+"
)
HOLDING_WORDS = (
    r"(?:stakes?|shares?|holdings?|shareholdings?|interest|units?|business(?:es)?|divisions?|arm|operations|activities"
    r"|subsidiar(?:y|ies)|brands?|plants?|factor(?:y|ies)|ventures?|joint ventures?|JV|assets|control)"
)
# "but did not invest", "decided not to proceed": the clause says a deal did not happen.
NEGATED_DEAL = re.compile(
    r"\b(?:did not|didn't|does not|will not|won't|would not|decided not to|chose not to|declined to|never)\s+"
    r"(?:\w+\s+)?(?:invest|merge|buy|sell|partner|proceed|go ahead|pursue|follow through|sign|take part|join)\w*\b",
    re.IGNORECASE,
)

# "The parties haven't agreed on the value of the stake": terms still open are talks the story tells elsewhere, no
# deal of this clause
TERMS_OPEN = re.compile(
    r"\b(?:(?:have|has|had)(?:\s+not|n[’']t)\s+(?:yet\s+)?|(?:are|is|were|was)\s+yet\s+to\s+)"
    r"(?:agreed?|settled?|decided?|reached\s+(?:an\s+)?agreement)\s+(?:on|upon)\b",
    re.IGNORECASE,
)

# "will not complete a previously announced joint venture", "decided not to proceed with the planned merger": the
# deal told before is called off, not denied
NOT_COMPLETED = re.compile(
    r"\b(?:will|would|did|do|does|decided|determined|agreed|chose)\s+not\s+(?:to\s+)?(?:complete|proceed\s+with|"
    r"go\s+ahead\s+with|pursue|finali[sz]e|close)\s+(?:the|a|an|their|its)\s+(?:previously\s+announced|planned|proposed)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# The words that lead from a deal's cue to each company after it ("supply cells to BMW").
# "in which CYVN will invest": a preposition before a relative pronoun leads to no company
PREP = re.compile(
    r"\b(with|between|from|to|for|by|in|into|of|and|among|outside|beyond|except|without|other than|against|within)\b"
    r"(?!\s+(?:which|whom|whose)\b)",
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
    owned_object: re.Pattern[str]
    named_object: re.Pattern[str]
    condition: re.Pattern[str]
    told: re.Pattern[str]
    offer: re.Pattern[str]
    shares_bought: re.Pattern[str]


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
        # "Gotion's planned $2.4bn factory": a possessive, up to four words, and a thing the company owns
        owned_object=re.compile(
            rf"[’'‘]s\s+(?:[\w$.,-]+\s+){{0,4}}?(?:{alternation(d.owned_objects)})\b"
            r"(?!\s+(?:with|between|alongside|shared|jointly)\b)",
            re.IGNORECASE,
        ),
        # "a former Nissan factory", "its two-seat Smart car": the name, at most one word, and the thing
        named_object=re.compile(
            rf"\s+(?:[a-z][\w-]*\s+)?(?:{alternation([*d.owned_objects, *map(re.escape, domain.money().vehicles)])})\b"
            r"(?!\s+(?:with|between|alongside|shared|jointly)\b)",
            re.IGNORECASE,
        ),
        # "Once a merger is finalised, ...": a condition, from its opening word to the end of its clause
        condition=re.compile(rf"(?:^|(?<=[,;:]\s))\W*(?:{alternation(d.conditions)})\s+[^,;:]+", re.IGNORECASE),
        # "Under the agreement, GM will sell ...": what the parties do under a deal already told is that deal
        told=re.compile(
            r"^(?:[^,]*?\s[-–—]\s+)?\W*(?:under|as\s+part\s+of)\s+(?:the|this|that|its|their)\s+[^,]{0,40}?"
            rf"\b(?:{alternation([re.escape(w.removeprefix('the ')) for w in d.deal_anaphors])})\b",
            re.IGNORECASE,
        ),
        offer=re.compile(rf"(?<![\w-])(?:{alternation(d.offer_nouns)})(?![\w-])", re.IGNORECASE),
        # "acquire through the market ¥20 billion worth of shares in", "buy 5% of": a part of the company, read
        # after the verb, in the same statement (no "and", "which", ";" between), not "all the shares of"
        shares_bought=re.compile(
            r"(?:(?!\b(?:and|but|which|who|that|while|after|before|when)\b)[^;:])"
            rf"{{0,90}}?(?<![\w-])(?:(?P<whole>{alternation(d.whole_company)})\s+(?:[\w-]+\s+){{0,2}}?)?"
            # "acquire Navistar at $35 per share in January": a price per share, not shares in anything
            rf"(?:(?<!per )(?<!\d a )(?:{alternation(d.share_objects)})|{_PERCENT})\s+(?:in|of)\b",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True)
class DealFound:
    type: str
    parties: tuple[tuple[str, str], ...]  # (company, role)
    status: str
    status_cue: str | None
    cue: str
    subject: str
    told: bool = False  # stated "under" a deal already told: evidence of that deal, not a new one
    # steps the clause tells as before its status: "withdrew its merger offer" made an offer first
    earlier: tuple[tuple[str, str], ...] = ()
    aside: bool = False  # named in passing as what the companies have ("its partner Nissan"): no main deal
    past: bool = False  # a deal before the one the article tells ("dissolved a previous tie-up")
    share: str | None = None  # a stake's share as its sentence writes it (extract.ownership.stake_size)


# A present-tense verb in a condition makes it one about the future ("once the merger is completed"); a past
# one tells what happened ("when Renault bought a stake in 1999").
_PRESENT = re.compile(r"\b(?:is|are|gets?|goes|go|has\s+been|have\s+been|closes|completes|takes\s+effect)\b")
_PAST = re.compile(r"\b(?:was|were|had|did)\b")


# "a 20 percent stake in that venture": a share of a venture the article names without a name of its own; "its
# acquisition of a 10% stake in a new joint venture between Renault and Geely" buys into theirs
_IN_A_VENTURE = re.compile(
    r"(?:\s+of\s+(?:a|an|the|its|their)\s+(?:[\w.%-]+\s+){0,3}?(?:stake|holding|shareholding|interest))?"
    r"\s+(?:in|of)\s+(?:the|that|this|their|its|a|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+ventures?|ventures?|JVs?)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:holds?|held|owns?|owned|retains?|keeps?|kept)\s+(?:a|an|the|its|their)\s+(?:[\w.%-]+\s+){0,3}$",
    re.IGNORECASE,
)


def stake_in_no_company(clause: str, cue: re.Match[str], after: list[Spot]) -> bool:
    """A stake that is no deal between the companies the clause names: one in a venture they share ("holds a
    20 percent stake in that venture") is their ownership of the venture; one held in nothing the clause names
    ("holds a 30 percent stake, and GM holds the rest") tells who holds what of something named before."""
    if _IN_A_VENTURE.match(clause, cue.end()):
        return True
    if re.search(r"\bin\s+which\b", clause[: cue.start()]):
        return False  # "Leapmotor, the carmaker in which Stellantis holds a 21 per cent stake": held in the head
    if not _HELD.search(clause[: cue.start()]) or re.search(r"\beach other\b|\bone another\b", clause):
        return False
    return not any(re.fullmatch(r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?", clause[cue.end() : s]) for _n, s, _e in after)


def in_condition(sentence: str, pos: int) -> bool:
    """Whether `pos` sits in a condition about the future: "Once a merger of A and B is finalised, ..."."""
    return any(
        m.start() <= pos < m.end() and _PRESENT.search(m.group()) and not _PAST.search(m.group())
        for m in load_rules().condition.finditer(sentence)
    )


def without_conditions(sentence: str, lo: int, hi: int) -> str:
    """The clause `sentence[lo:hi]` with its conditions about the future blanked, offsets kept: "As long as the
    agreement is not terminated, Honda cannot sell its stake" says nothing of an end."""
    chars = list(sentence[lo:hi])
    for m in load_rules().condition.finditer(sentence):
        if _PRESENT.search(m.group()) and not _PAST.search(m.group()):
            for i in range(max(m.start(), lo), min(m.end(), hi)):
                chars[i - lo] = " "
    return "".join(chars)


def _cue(pattern: re.Pattern[str], clause: str) -> re.Match[str] | None:
    """The first cue of a type in the clause; a cue written with a capital inside the clause is a name
    right after another capitalised word ("Peugeot Partner", "Renault Alliance"), not the word; "a Joint Venture
    Agreement" in a release is the word."""
    for m in pattern.finditer(clause):
        capital = m.group()[:1].isupper() and not m.group().isupper()
        if not capital or not re.search(r"[A-Z][\w-]*\s+$", clause[: m.start()]):
            return m
    return None


# "21%", "5.5 per cent", "seven per cent": a share of a company
_PERCENT = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"\s*(?:%|per ?cent|percent)"
)


def type_at(clause: str) -> tuple[str, re.Match[str]] | None:
    """The deal type a clause states, and the cue that states it.

    The verb of a sale governs what is sold ("sell their joint venture"), a purchase of shares is a stake,
    and otherwise the order of data/deals.yaml decides ("a joint venture agreement" is a joint venture).
    """
    found = {kind: m for kind, pattern in load_rules().types if (m := _cue(pattern, clause))}
    if not found:
        return None
    if "acquisition" in found and (
        re.match(
            r"\s+(?:of\s+)?(?:(?:a|an|the|its|their|another|further|additional)\s+)?"
            r"(?:(?:about|around|roughly|nearly|some|up to|as much as|more than|less than|almost|just over)\s+)?"
            rf"(?:{_PERCENT}\s+(?:of|in)\b|(?:{_PERCENT}\s+)?"
            r"(?:\w+\s+)?(?:stake|shareholding|interest|shares)\b)",
            clause[found["acquisition"].end() :],
        )
        # "acquire through the market ¥20 billion worth of shares in": a part of the company, not all of it
        or ((m := load_rules().shares_bought.match(clause, found["acquisition"].end())) and not m["whole"])
        # "has agreed to purchase $50 million of Tesla’s common stock": a sum's worth of another's shares
        or _SUM_OF_STOCK.match(clause, found["acquisition"].end())
    ):
        stake = found.get("stake")
        # "an investment in Leapmotor, acquiring a 20% stake in the company": the first cue names the target
        return "stake", stake if stake and stake.start() < found["acquisition"].start() else found["acquisition"]
    # The first cue that names a kind of deal decides; a generic word ("deal", "agreement") only when no other
    # cue does: "a supply agreement" is a supply deal, "will co-develop trucks, with X supplying" a partnership.
    order = {kind: i for i, (kind, _p) in enumerate(load_rules().types)}
    ranked = sorted(
        found.items(), key=lambda kv: (_GENERIC.fullmatch(kv[1].group()) is not None, kv[1].start(), order[kv[0]])
    )
    kind, cue = ranked[0]
    if kind == "stake" and "sale" in found and re.match(r"\s+sales?\b", clause[cue.end() :]):
        return "sale", found["sale"]  # "With Daimler stake sale, Nissan sheds …": the compound's head is the sale
    # "set up a new-energy passenger car joint venture with": a verb phrase of working with someone that holds a
    # kind of deal names that kind
    inner = [(k, m) for k, m in ranked[1:] if cue.start() <= m.start() and m.end() <= cue.end() and k != kind]
    if kind == "partnership" and inner:
        kind, cue = inner[0]
    # "a joint venture agreement", "a licensing deal": the specific word of a compound noun, wherever it stands
    return kind, cue


_SUM_OF_STOCK = re.compile(
    r"\s+(?:about\s+|approximately\s+|some\s+)?\S*\d[\d.,]*\s*(?:million|billion|bn|mn|m|crore)?\s+(?:worth\s+)?of\s+"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}[’']s\s+(?:[\w-]+\s+)?(?:stock|shares|equity)\b"
)
_GENERIC = re.compile(
    r"(?:deals?|agreements?|pacts?|contracts?|arrangements?|talks|partner(?:s|ship|ships)?|alliances?|tie-ups?"
    r"|tie up|suppliers?|work(?:s|ed|ing)? (?:together )?with)",
    re.IGNORECASE,
)


def refers_back(clause: str, cue: re.Match[str]) -> bool:
    """ "had objected to the deal": a generic noun with "the" names the deal already told, not a new one."""
    generic = re.fullmatch(
        r"(?:deals?|agreements?|pacts?|contracts?|partnerships?|alliances?|tie-ups?|arrangements?|talks|ventures?"
        r"|joint ventures?|JVs?|mergers?|takeover|acquisition|sale|purchase)",
        cue.group(),
        re.IGNORECASE,
    )
    if not generic:
        return False
    determined = re.search(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}$", clause[: cue.start()], re.I)
    followed = re.match(r"\s+(?:with|between|of|among|to|for|in)\b", clause[cue.end() :])
    return bool(determined) and not followed


def sales_volume(clause: str, cue: re.Match[str]) -> bool:
    """ "GM sold 46,280 EVs": a count of cars sold is a result, not a deal."""
    return bool(
        re.match(
            r"\s+(?:[a-z]+\s+){0,3}?[\d,.]+\s*(?:million\s+|m\s+|k\s+|lakh\s+)?(?:[\w-]+\s+)?(?:units|vehicles|cars|EVs|trucks|SUVs|models|vans|pickups)\b",
            clause[cue.end() :],
        )
    ) and cue.group().lower().startswith(("sold", "sell"))


# "had also sought to acquire Hella, its partner on front-end modules, but lost out to Faurecia": a bid that failed
BUT_FAILED = re.compile(
    r"(?:,\s+(?:its|their|a|an|the)\s+[^,;]{1,60},)?\s*,?\s*but\s+(?:\w+\s+){0,2}?"
    r"(?P<words>lost\s+out|was\s+outbid|failed|was\s+rejected|was\s+rebuffed|"
    r"walked\s+away|pulled\s+out|gave\s+up)\b"
)
# "has had success investing in the automotive industry, including with Lear": an industry, no company invested in
AN_INDUSTRY = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:industry|industries|sector|sectors|market|markets)\b")
