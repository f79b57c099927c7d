"""Plain data that flows through the pipeline. No behaviour beyond small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int  # character offsets into the paragraph text
    end: int


@dataclass
class Paragraph:
    index: int
    text: str
    line: int  # 1-based line in the seed file where the paragraph starts
    kind: Literal["body", "excerpt"] = "body"
    sentences: list[Sentence] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why each topic was given


@dataclass(frozen=True)
class FrontMatter:
    """What a seed's optional YAML block says about the article; absent fields stay None, never guessed."""

    title: str | None = None
    date: date | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None


@dataclass
class Article:
    slug: str
    path: str
    title: str  # the headline when the article has one, else derived from its first sentence
    title_from: Literal["headline", "first-sentence", "front-matter"]
    source: str | None
    paragraphs: list[Paragraph]
    headline: str | None = None
    raw_text: str = ""
    meta: FrontMatter | None = None
    byline: str | None = None  # "By Jane Doe", as printed under the headline
    date_line: str | None = None  # "14 March 2015" on a line of its own before the story: the article's date
    format: Literal["text", "markdown", "html"] = "text"  # the seed's format: plain text, a clipping, a web page


@dataclass(frozen=True)
class Ref:
    """Where a fact comes from: one sentence of one paragraph of one article."""

    article: str
    paragraph: int
    sentence: int

    @property
    def anchor(self) -> str:
        return f"p{self.paragraph}-s{self.sentence}"


@dataclass(frozen=True)
class Mention:
    company: str  # canonical name (gazetteer) or the surface name of an unknown company
    text: str  # the surface form as written
    ref: Ref
    start: int  # offsets into the sentence text
    end: int
    known: bool = True


DEAL_TYPES = (
    "partnership",
    "joint venture",
    "mou",
    "supply",
    "licensing",
    "stake",
    "merger",
    "acquisition",
    "sale",
)
# In the order a deal moves through them; cancelled and ended close it.
STATUSES = ("rumoured", "in talks", "announced", "agreed", "active", "completed", "cancelled", "ended")
ROLES = ("partner", "buyer", "seller", "target", "investor", "supplier", "customer", "licensor", "licensee")


@dataclass(frozen=True)
class Party:
    name: str  # canonical name, or the article's own name for a company not in the gazetteer
    role: str = "partner"  # one of ROLES: what the text says this party does in the deal


@dataclass(frozen=True)
class StatusStep:
    """One statement of where a deal stands, with the words that say so."""

    status: str
    cue: str | None  # None: no status word, the status is the plain reading of the clause
    ref: Ref


@dataclass(frozen=True)
class Deal:
    """A deal between companies as the article states it: what kind, who does what, where it stands."""

    type: str  # one of DEAL_TYPES
    parties: tuple[Party, ...]
    status: str  # the latest status the article states (see extract.merge_deals)
    subject: str  # what the deal is about, in the article's own words ("" when the text does not say)
    cue: str  # the words that state the deal
    ref: Ref  # its first statement
    sentence: str
    main: bool = False  # the article's main deal
    evidence: tuple[Ref, ...] = ()  # every sentence that states it, the first included
    history: tuple[StatusStep, ...] = ()
    past: bool = False  # a deal before the one the article tells ("dissolved a previous tie-up")
    share: str | None = None  # the share a stake is of, as written: "nearly 10.35%" of "a nearly 10.35% stake"

    @property
    def partners(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parties)

    def with_role(self, role: str) -> tuple[str, ...]:
        return tuple(p.name for p in self.parties if p.role == role)

    @property
    def has_roles(self) -> bool:
        return any(p.role != "partner" for p in self.parties)

    @property
    def kind_and_roles(self) -> tuple[str, frozenset[Party]]:
        """Its type and who does what: Volvo's stake in Mitsubishi and Mitsubishi's in Volvo are two stakes."""
        return self.type, frozenset(self.parties)


@dataclass(frozen=True)
class Ownership:
    owner: str
    owned: str
    cue: str
    ref: Ref
    sentence: str
    share: str | None = None  # "12%", as the text gives the holding; None for control without a figure


@dataclass(frozen=True)
class Label:
    """What one sentence does for the reader, decided once in the pipeline; templates only lay it out."""

    ref: Ref
    label: str  # "why" (a reason for the main deal), "open" (something not known or not decided), "finance"
    reason: str  # the rule that gave it, with the words that fired


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    ref: Ref
    # "…,” the automakers said": the companies that said it together, named in its sentence (speaker is None)
    by: tuple[str, ...] = ()


@dataclass
class Person:
    name: str
    roles: list[str]
    mentions: list[tuple[Ref, str]]
    quotes: list[Quote]


@dataclass(frozen=True)
class Money:
    text: str
    amount: float
    currency: str
    ref: Ref
    qualifier: str | None = None
    year: int | None = None
    company: str | None = None
    amount_high: float | None = None
    converted_amount: float | None = None
    converted_currency: str | None = None
    what: str = ""  # the clause the figure sits in, in the article's words
    kind: str | None = None  # write-off, loss, profit... named from the clause's own words
    # the period it is for, normalised and as precise as stated: "year to March 2025", "Q2 2025",
    # "April-June 2025", "H1", "2024" (extract/periods.py); None when the text does not say
    period: str | None = None
    # the market or part of the company it is stated for, in the article's words ("North America", "automotive
    # segment"), or None for the company's whole
    region: str | None = None
    # the companies of the deal its sentence reports (sorted): the deal the sentence states, or the article's
    # main deal when the figure's clause names it ("₹4,200 crore in the venture"); () when none
    deal: tuple[str, ...] = ()


@dataclass
class ArticleFacts:
    article: Article
    mentions: list[Mention]
    deals: list[Deal]
    ownership: list[Ownership]
    people: list[Person]
    quotes: list[Quote]
    money: list[Money]
    labels: list[Label] = field(default_factory=list)

    @property
    def main_deal(self) -> Deal | None:
        return next((d for d in self.deals if d.main), None)


@dataclass
class Facts:
    """Everything the site shows, across all articles."""

    articles: list[ArticleFacts]

    def all_mentions(self) -> list[Mention]:
        return [m for a in self.articles for m in a.mentions]
