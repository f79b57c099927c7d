"""The shape of each data file once checked: frozen dataclasses, one per file (or part of one)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DealsData:
    types: dict[str, tuple[str, ...]]  # deal type → cues, in order of precedence
    separate_plurals: tuple[str, ...]
    exclusion_cues: tuple[str, ...]
    negations: tuple[str, ...]
    conjecture: tuple[str, ...]
    conditions: tuple[str, ...]
    status: dict[str, tuple[str, ...]]  # status → cues, in the order they are tried
    rumour_attributions: tuple[str, ...]
    deal_anaphors: tuple[str, ...]
    components: tuple[str, ...]
    owned_objects: tuple[str, ...]
    venture_suffixes: tuple[str, ...]  # the last word of a venture's own name
    offer_nouns: tuple[str, ...]  # what is offered before a deal: a bid, an offer, a proposal
    share_objects: tuple[str, ...]  # what a purchase of part of a company buys: shares, a stake
    whole_company: tuple[str, ...]  # words that make a purchase of shares one of the whole company
    future_holding: tuple[str, ...]  # words that put a holding after a deal is done
    after_completion: tuple[str, ...]  # conditions that put a holding after a deal is done


# The calendar's months, in English as the articles write them (not the machine's locale, as `calendar` would).
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class PeriodsData:
    """money.yaml `periods`: the words that state the period a figure is for (extract/periods.py)."""

    ordinals: dict[str, int]  # "second" → 2
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    month_spans: dict[str, int]  # "three months" → 3
    year_words: tuple[str, ...]
    ending_words: tuple[str, ...]
    fiscal_prefixes: tuple[str, ...]
    fiscal_year_end: int  # the month (1-12) a fiscal year named only by its year ends in
    fiscal_words: tuple[str, ...]
    year_prepositions: tuple[str, ...]
    relative_years: dict[str, int]  # "last year" → 1 (years back from the article's date)
    rates: dict[str, str]  # "a year" → "per year"
    reported_kinds: tuple[str, ...]
    comparison_words: tuple[str, ...]
    earlier_words: tuple[str, ...]
    forecast_words: tuple[str, ...]
    guidance_words: tuple[str, ...]


@dataclass(frozen=True)
class MoneyData:
    symbols: dict[str, str]
    words: dict[str, str]
    minor_units: dict[str, str]
    hints: dict[str, str]
    scales: dict[str, float]
    spelled_numbers: dict[str, float]
    spelled_scales: tuple[str, ...]
    qualifiers: dict[str, str]
    kinds: dict[str, tuple[str, ...]]
    built_things: tuple[str, ...]
    vehicles: tuple[str, ...]
    worth_unstated: tuple[str, ...]
    commitments: tuple[str, ...]
    estimators: tuple[str, ...]
    expecting: tuple[str, ...]
    earning_verbs: tuple[str, ...]
    venture_words: tuple[str, ...]
    trade_buying: tuple[str, ...]  # share_trades.buying: "buy", "subscribe for"
    trade_selling: tuple[str, ...]  # share_trades.selling
    traded_things: tuple[str, ...]  # share_trades.things: "shares", "stake"
    trade_deals: tuple[str, ...]  # share_trades.deals: "subscription", "swap"
    valued_things: tuple[str, ...]
    told_by_it: tuple[str, ...]
    regions: tuple[str, ...]
    segments: tuple[str, ...]  # parts of a company a figure may be stated for
    periods: PeriodsData


@dataclass(frozen=True)
class PeopleData:
    role_words: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    naming_verbs: tuple[str, ...]
    not_names: frozenset[str]
    company_words: frozenset[str]
    honorifics: tuple[str, ...] = ()  # "Datuk Seri", "Tan Sri": titles of honour before a name, no part of it


@dataclass(frozen=True)
class TopicsData:
    partnership: tuple[str, ...]
    deal_words: tuple[str, ...]
    finances: tuple[str, ...]
    open_questions: tuple[str, ...]
    reasons: tuple[str, ...]
    purposes: tuple[str, ...]
    purpose_subjects: tuple[str, ...]


@dataclass(frozen=True)
class ReferencesData:
    subject_pronouns: tuple[str, ...]
    description_nouns: tuple[str, ...]
    naming_nouns: tuple[str, ...]  # "battery maker Voltaro": what an unknown company is, beside its name
    unit_nouns: tuple[str, ...]  # "Toyota's Orbis Robotics unit": a part that is a company
    place_words: frozenset[str]  # "North America": words of a region's name
    nationalities: dict[str, str]
    common_initials: frozenset[str] = frozenset()  # "US", "EV": capitals before a name that make no longer one
    ordinary_after: frozenset[str] = frozenset()  # "Smart Grid": a word after an ambiguous name that makes a phrase


@dataclass(frozen=True)
class BoilerplateData:
    chrome: tuple[str, ...]
    sections: tuple[str, ...]
    ends: tuple[str, ...]
