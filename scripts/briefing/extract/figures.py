"""Whose figure it is, from the grammar around it: a possessive, "for X", the subject of its clause."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.clauses import LIST_GAP, owner_descriptions
from briefing.extract.heads import PHRASE_END
from briefing.extract.kinds import estimated_after, expected
from briefing.extract.organisations import organisation_spans
from briefing.extract.references import THING_SUBJECT
from briefing.extract.shared_sums import made_by_whom, of_no_party, shared_sum, swapped, unlisted_subject
from briefing.extract.trades import buyer

Spot = tuple[str, int, int]

# ", while Nissan posted": the conjunction after a comma opens the clause too
_CLAUSE_START = re.compile(
    r"[,;:]\s+(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas|as|after|against|compared with)\s+|\("
)
_CLAUSE_END = re.compile(r"[,;:.](?:\s|$)|\s+(?:and|but|while|whereas|as|after|against|compared with)\s+")
_OPENER = re.compile(r"^(?:(?:In|For|During|Over|On|At|Last|This|By)\b[^,]{0,40},\s+)?(?:[A-Z][\w-]*\s+)?$")


def _bounds(sentence: str, start: int, end: int, spots: list[Spot]) -> tuple[int, int]:
    """The clause around a figure. "and" or a comma between two companies joins a list ("LG and Hyundai will
    invest"), not two clauses."""
    ends = {e for _n, _s, e in spots}
    listed = {s for _n, s, e in spots if not re.match(r"[’'‘]s\b", sentence[e:])}  # "and Gotion's plant" is no list
    cuts = [
        m
        for m in _CLAUSE_START.finditer(sentence[:start])
        if not (m.end() in listed and any(LIST_GAP.fullmatch(sentence[e : m.end()]) for e in ends if e <= m.start()))
    ]
    lo = max([0] + [m.end() for m in cuts])
    m = _CLAUSE_END.search(sentence, end)
    return lo, m.start() if m else len(sentence)


_RELATIVE = re.compile(r"(?:which|whose|who|that)\b")
# ", which has shares listed in Nagoya, " after a name and what the name leaves out of it ("Co.", "Corp.")
_RELATIVE_ASIDE = re.compile(r"(?:\s+[A-Z][\w]*\.?){0,2}\.?,\s+(?:which|who|whose)\b[^,;:()]*,\s+")


@domain.compiled
def _described() -> re.Pattern[str]:
    """ "Major parts maker ": a description of the company that opens the sentence, ending in a word for one."""
    nouns = "|".join(re.escape(w) for w in sorted(domain.references().description_nouns, key=len, reverse=True))
    return re.compile(rf"^[A-Z][\w-]*\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\s+$")


def _opens(before: str) -> bool:
    """The words before a company let it be the subject that opens the sentence."""
    return bool(_OPENER.match(before) or _described().match(before) or _PARENT_OF.match(before))


# "Jeep, Ram and Citroen parent Stellantis": brands that describe the company after them
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_PARENT_OF = re.compile(rf"^(?:{_NAME}(?:,\s*|,?\s+and\s+))*{_NAME}(?:\s+|-)(?:parent|owner)\s+$")


@domain.compiled
def _into_venture() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(domain.money().venture_words, key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|into|to)\s+(?:the|this|that|a|its|their)\s+(?:[\w-]+\s+)?(?:{words})(?![\w-])", re.IGNORECASE
    )


_VERB = (
    r"(?:is|are|was|were|will|would|could|can|may|has|have|had|gave|gives|give|got|gets|won|wins|said|says|[a-z]{3,}ed)"
)


@domain.compiled
def _own_subject() -> re.Pattern[str]:
    """ "the state gave a $210 million grant", "The plant will cost $3bn": a clause whose subject is a thing or
    a body other than a company (a word for one, "the Munich-based company", or a figure's own noun, "The loss
    widened", is no such subject)."""
    company = "|".join(re.escape(w) for w in domain.references().description_nouns)
    metric = "|".join(re.escape(w) for words in domain.money().kinds.values() for w in words)
    return re.compile(
        rf"(?:(?:and|but|while|whereas)\s+)?(?:the|a|an|this|that|these|those)\s+"
        rf"(?!(?:(?!{_VERB}\b)[\w-]+\s+){{0,2}}(?:{company}|{metric})(?![\w-]))[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?"
        rf"\s+{_VERB}\b",
        re.IGNORECASE,
    )


_INVESTS = re.compile(
    r"\b(?:invest|invests|invested|investing|contribute|contributes|contributed)\s+(?:[\w-]+\s+){0,3}$"
)


def _investor(sentence: str, start: int, spots: list[Spot]) -> str | None:
    """The one company right before the verb that invests the figure ("CYVN will invest $2.2 billion")."""
    verb = _INVESTS.search(sentence, max(0, start - 60), start)
    if verb is None:
        return None
    before = [sp for sp in spots if sp[2] <= verb.start()]
    if not before or not re.fullmatch(
        r"\s+(?:(?:will|would|has|have|had|plans\s+to|agreed\s+to|is\s+to)\s+)?", sentence[before[-1][2] : verb.start()]
    ):
        return None
    listed = len(before) > 1 and LIST_GAP.fullmatch(sentence[before[-2][2] : before[-1][1]]) is not None
    return None if listed else before[-1][0]


def _joint(sentence: str, spot: Spot, spots: list[Spot]) -> bool:
    """The company opens a list of companies: "LG Energy Solution and Hyundai Motor Group plan to invest"."""
    later = [sp for sp in spots if sp[1] >= spot[2]]
    return (
        bool(later)
        and later[0][0] != spot[0]
        and bool(LIST_GAP.fullmatch(sentence[spot[2] : later[0][1]]))
        and not re.match(r"[’'‘]s\b", sentence[later[0][2] :])  # "Geely, Polestar's controlling shareholder,"
    )


# Kinds of figure that a company reports of itself: in a sentence whose subject is a company, a clause with no
# other company gives it that company's ("Kia's profit rose to X, while revenue rose to Y").
COMPANY_METRICS = {
    "revenue",
    "profit",
    "operating profit",
    "loss",
    "write-off",
    "impairment",
    "cost",
    "savings",
    "investment",
    "funding",
    "capital",
    "debt",
    "cash",
    "dividend",
    "share price",
    "pay",
    "profit per share",
    "loss per share",
    "dividend per share",
}
# After "Kia's", what makes the figure Kia's: a word for a figure, or a verb of one ("Geely's rose 27% to")
_OWNED_FIGURE = re.compile(
    r"\b(?:profit|profits|revenue|revenues|sales|turnover|earnings|income|loss|losses|shares|stock|margin|debt|cash"
    r"|dividend|pay|costs?|spending|investment|capex|valuation|value|market|write-off|impairment|charge|outlay|budget"
    r"|closing\s+price|share\s+price|stock\s+price"
    r"|rose|fell|grew|jumped|dropped|climbed|slumped|declined|increased|decreased|widened|narrowed|came|reached|hit)\b",
    re.IGNORECASE,
)
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$")
# A company selling or buying shares: the price it trades at is of those shares, whoever issued them.
_TRADES_SHARES = re.compile(
    r"\b(?:sold|sells?|selling|bought|buys?|buying|purchased|purchases?|acquired|acquires?|offloaded|offloads?)\s+"
    r"(?:[\w.,-]+\s+){0,4}?(?:shares|stock)\b",
    re.IGNORECASE,
)
_SHARES_AFTER = re.compile(r"^(?:[’'‘]s?)?\s+(?:\w+\s+)?(?:shares|stock|share price)\b")


# Words that end a figure's phrase before a clause of its own: "$2bn as it raised prices" tells no "$2bn it raised"
_NOT_PHRASE = PHRASE_END | {"because", "when", "while", "since", "if", "so", "though", "although", "until", "once"}


@domain.compiled
def _told_by_it() -> re.Pattern[str]:
    """ "a $2bn spending plan it unveiled", "the $3 billion that it raised": "it" doing something, right after the
    figure's phrase (data/money.yaml `told_by_it`)."""
    verbs = "|".join(re.escape(w) for w in sorted(domain.money().told_by_it, key=len, reverse=True))
    return re.compile(
        r"(?P<phrase>(?:\s+[a-z][\w-]*){0,4}?)\s+(?:(?:that|which)\s+)?it\s+"
        rf"(?:(?:has|had|will|would|is|was|has been)\s+)?(?:{verbs})(?![\w-])"
    )


def _it_owner(sentence: str, start: int, end: int, spots: list[Spot]) -> tuple[bool, str | None]:
    """(found, owner) when "it" tells the figure ("a plan it unveiled"): the one company the sentence names
    before the figure; nobody when it names several, or names its one company only after the figure."""
    m = _told_by_it().match(sentence, end)
    if m is None or any(w in _NOT_PHRASE for w in m["phrase"].split()):
        return False, None
    names = {n for n, _s, _e in spots}
    if not names:
        return False, None  # "it" is a company of an earlier sentence: the rules below may know which
    first = spots[0]
    return True, first[0] if len(names) == 1 and first[2] <= start else None


# "a controlling interest in the mobile robot firm, valued at $1.1 billion": a company described, not named
_DESCRIBED_VALUED = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|maker|startup|start-up|business|unit|developer|supplier)"
    r",\s+(?:which\s+(?:is|was)\s+)?valued\s+at\s+$"
)
# "The deal values Argo AI, a developer of ..., at $7 billion": what is valued, and an aside about it
_VALUES = re.compile(r"\bvalu(?:es|ed|ing|e)\s+(?P<x>[^;:.]{1,100}?)\s+at\s+$")


def _valued_owner(sentence: str, start: int, spots: list[Spot]) -> tuple[bool, str | None]:
    """(found, owner) for "values X at N": X when it is a company found in the sentence, else nobody (a company
    the site does not recognise, "the startup", "its unit")."""
    if _DESCRIBED_VALUED.search(sentence[:start]):
        return True, None  # "a controlling interest in the mobile robot firm, valued at $1.1 billion": that firm's
    m = _VALUES.search(sentence[:start])
    if m is None:
        return False, None
    for name, s, e in spots:
        if s == m.start("x") and re.fullmatch(r"(?:\s*,[^,]*,?)?", sentence[e : m.end("x")]):
            return True, name
    return True, None


_DEAL_NOUN = re.compile(r"\s+(?:acquisition|purchase|takeover|deal|stake|buyout|shares|holding|stock)\b")
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|reported|announced|added)(?:\s+(?:on\s+)?(?:last\s+week|this\s+week|yesterday|today|[A-Z]\w+day))?"
    r"\s+(?:that\s+)?"
)


# "the venture would have registered capital of", "the new company will have a capital of": the venture's figure
_VENTURE_HAS = re.compile(
    r"\b(?:the|this|that|a|its|their)\s+(?:new\s+|planned\s+|proposed\s+)?(?:joint\s+venture|venture|JV|joint\s+company"
    r"|new\s+company)\s+(?:will|would|is\s+to|is\s+set\s+to)?\s*(?:have|has)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# a capitalised possessive in the figure's phrase: "SML's closing price of", "the Mutares Group's revenue of"
_UNLISTED_OWNER = re.compile(r"\b[A-Z][\w&.-]*[’'‘]s?\s+(?:[a-z][\w-]*\s+){0,3}(?:of\s+|was\s+|is\s+)?(?:about\s+)?$")


_ITS_PARENT = re.compile(r"[’'‘]s?\s+(?:[\w-]+\s+)?(?:parent|owner|parent\s+company|holding\s+company),?\s+")
_WHILE = re.compile(r",\s+(?:while|whereas|but)\s")
_BRINGS = re.compile(r"\b(?:net|nets|netted|netting|bring|brings|brought|yield|yields|yielded)\s+$")


def _lender_spans(sentence: str) -> list[int]:
    """Where an organisation's name opens a phrase it lends or grants in: "Department of Energy loan"."""
    return [
        s
        for s, e, _name in organisation_spans(sentence)
        if re.match(r"\s+(?:[Ll]oans?|[Gg]rants?|[Gg]uarantees?|[Cc]redit)\b", sentence[e:])
    ]


def figure_owner(
    sentence: str,
    start: int,
    end: int,
    spots: list[Spot],
    recent_subject: str | None,
    kind: str | None = None,
    lead: int = 0,
) -> str | None:
    """The company a figure belongs to, or None when the grammar does not say.

    In order: a possessive before it in its clause ("Kia's operating profit of"), "for X" / "at X" right after
    it ("a charge of $1bn for Cruise"), the company whose shares a share price is ("Shares of GM rose to"), the
    company that opens its clause ("GM earned"), and, for what companies report of themselves (revenue, profit,
    costs), the company that opens the sentence, or, in a sentence that names none ("Revenue rose to ..."), the
    company the sentences before were about.

    `lead` is where the sentence's own words start after a dateline ("OSLO, May 2 (Wire) - Volvo said its ..."):
    the subject is looked for from there, and nothing in the dateline (its place, its agency) owns a figure.
    """
    if 0 < lead <= start:
        shifted = [(n, s - lead, e - lead) for n, s, e in spots if s >= lead]
        return figure_owner(sentence[lead:], start - lead, end - lead, shifted, recent_subject, kind)
    if expected(sentence, start) or kind == "estimate" or estimated_after(sentence, end):
        # what analysts expect is nobody's figure ("Kia's result beat the 3.41 trillion won forecast", "well below
        # the ¥4.3 trillion that analysts had pencilled in")
        return None
    for name, s, e in spots:
        if re.fullmatch(r"\s+", sentence[e:start]) and _BRINGS.search(sentence, max(0, s - 20), s):
            return name  # "The sale would net Ford 52 billion yen": the one it brings the money to
        if re.fullmatch(r"\s*\(\s*", sentence[e:start]):
            return name  # "followed by Mahindra & Mahindra (Rs 3,56,902.10 crore)": the figure set beside its company
    if of_no_party(sentence, start, end, spots):
        return None  # a plant's sales, what a customer bought, the figure of a company still to come
    if end + 1 in _lender_spans(sentence):
        return None  # "a $2.3 billion Department of Energy loan": the lender's money, no company's
    if shared_sum(sentence, start, end):
        return None  # a venture's size, a sum several companies put in together
    described = owner_descriptions(sentence, spots, listed=True)
    spots = [sp for sp in spots if sp not in described]  # "Jeep and Citroen parent Stellantis": Stellantis acts
    for found, owner in (_it_owner(sentence, start, end, spots), _valued_owner(sentence, start, spots)):
        if found:
            return owner
    for m in _REPORTED_THAT.finditer(sentence, 0, start):
        passive = re.search(r"\b(?:been|was|is|were|being)\s+$", sentence[: m.start()])  # "It has been reported"
        if not passive and any(s == m.end() for _n, s, _e in spots):
            # "Ford said last week that Volvo made $53 million": the figure is the reported clause's subject's
            return figure_owner(sentence, start, end, spots, recent_subject, kind, m.end())
    lo, hi = _bounds(sentence, start, end, spots)
    if unlisted_subject(sentence, start, lo, spots):
        return None
    if (has := _VENTURE_HAS.search(sentence, 0, start)) and not any(has.start() <= s < start for _n, s, _e in spots):
        return None  # "Chery said the venture would have registered capital of X": the venture's, not Chery's
    if made_by := made_by_whom(sentence, start, lo, spots):
        return made_by
    if swapped(sentence, start):
        return None
    if not any(lo <= sp[1] < start for sp in spots):
        for name, s, e in spots:
            # "Parts maker Denso Corp., which has shares listed in Nagoya, said its profit rose to X": the
            # clause between the subject and its verb describes the subject, and the verb's clause is its
            if _RELATIVE_ASIDE.fullmatch(sentence, e, lo) and _opens(sentence[:s]):
                return name
    if _RELATIVE.match(sentence[lo:]) and not any(lo <= sp[1] < start for sp in spots):
        # ", which has a market value of $1.7 billion": the figure is the company's that the clause describes
        head = [sp for sp in spots if re.fullmatch(r"[’'‘s]*\s*(?:\([^()]*\)\s*)?,\s*", sentence[sp[2] : lo])]
        if head:
            return head[0][0]
    before = [sp for sp in spots if lo <= sp[1] and sp[2] <= start]
    if before and re.fullmatch(
        r"[’'‘]s?\s+(?:(?:planned|proposed|new|additional|[\w]+-[\w-]+)\s+){0,2}", sentence[before[-1][2] : start]
    ):
        return before[-1][0]  # "Gotion's planned $2.4 billion factory": the figure stands in the company's phrase
    for name, _s, e in reversed(before):
        if re.match(r"[’'‘]s?\s", sentence[e : e + 3]) and not re.search(r"[,;]", sentence[e:start]):
            # "Kia's operating profit of X" is Kia's; "Honda's 6% stake ... for $1.2bn" is what someone paid
            if _OWNED_FIGURE.search(sentence[e:start]):
                return name
            break
    follow = [sp for sp in spots if end <= sp[1] < hi]
    if (
        follow
        and re.fullmatch(r"[^,;:.]{0,40}?\b(?:for|at)\s+(?:the\s+|its\s+)?", sentence[end : follow[0][1]])
        and not _DEAL_NOUN.match(sentence, follow[0][2])
        and not re.match(r"[’'‘]s?\s", sentence[follow[0][2] : follow[0][2] + 3])  # "deal for Magna's interiors"
    ):
        return follow[0][0]  # "a charge of $1bn for Cruise"; not "a note for the Volvo Cars acquisition"
    if kind == "deal value" and (bought := buyer(sentence, start, spots))[0]:
        return bought[1]  # "In return Isuzu will acquire X worth of stock": the buyer's
    if kind == "investment" and (investor := _investor(sentence, start, spots)):
        return investor  # "an agreement with CYVN in which CYVN will invest $2.2 billion": the one who invests
    if kind == "share price":
        for name, s, e in spots:
            if e <= start and (_SHARES_OF.search(sentence[max(0, s - 12) : s]) or _SHARES_AFTER.match(sentence[e:])):
                return name
        if _TRADES_SHARES.search(sentence[lo:start]):
            return None  # "X sold 2 million shares at 40 rupees apiece": the price of the shares it traded, not X's
    if before and (_OPENER.match(sentence[lo : before[0][1]]) or _PARENT_OF.match(sentence[lo : before[0][1]])):
        return None if _joint(sentence, before[0], spots) else before[0][0]
    if not before and _own_subject().match(sentence[lo:start]):
        return None
    opening = min(spots, key=lambda sp: sp[1], default=None)
    # "Japanese automaker Honda Motor Co. reported that its profit": a description of the subject opens it too
    opens = opening is not None and _opens(sentence[: opening[1]]) and opening[2] <= start
    later = [sp for sp in spots if opening is not None and sp[1] > opening[1]]
    if opens and opening is not None and later and _ITS_PARENT.fullmatch(sentence, opening[2], later[0][1]):
        opening = later[0]  # "JLR's parent company, Tata Motors, will help fund": the one named after the role acts
        opens = opening[2] <= start
    if opening is not None and _joint(sentence, opening, spots):
        return None
    if opening is not None and any(
        sp is not opening and opening[2] <= sp[1] < start and _WHILE.search(sentence, opening[2], sp[1]) for sp in spots
    ):
        return None  # "BMW paid its chief €9.1 million, while Volkswagen's top executive received €7.4 million"
    if re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,4}$", sentence[lo:start], re.IGNORECASE) or not before:
        if opens and opening is not None and (not before or kind in COMPANY_METRICS):
            return opening[0]
        named = re.match(r"^(?:It|The company|The group|Its)\b", sentence)
        if opening is None and not named and THING_SUBJECT.match(sentence):
            return None  # "The acquisition will be funded with a $230 million loan": the deal's money, no one's
        if not before and _UNLISTED_OWNER.search(sentence, lo, start):
            return None  # "a discount to SML's closing price of": the figure of a company the site does not list
        if opening is None and (kind in COMPANY_METRICS or named):
            # "An investment of ¥20bn will be made in this joint venture": a venture's money, not its partner's
            return recent_subject if named or not _into_venture().search(sentence, end) else None
    return None
