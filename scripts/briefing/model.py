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


@dataclass(frozen=True)
class Alliance:
    partners: tuple[str, ...]
    subject: str  # what is shared, in the article's own words
    cue: str
    ref: Ref
    sentence: str
    main: bool = False  # the article's main deal


@dataclass(frozen=True)
class Ownership:
    owner: str
    owned: str
    cue: str
    ref: Ref
    sentence: str


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    ref: Ref


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


@dataclass
class ArticleFacts:
    article: Article
    mentions: list[Mention]
    alliances: list[Alliance]
    ownership: list[Ownership]
    people: list[Person]
    quotes: list[Quote]
    money: list[Money]


@dataclass
class Facts:
    """Everything the site shows, across all articles."""

    articles: list[ArticleFacts]

    def all_mentions(self) -> list[Mention]:
        return [m for a in self.articles for m in a.mentions]
