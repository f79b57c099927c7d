"""One loader per data file: its keys read and checked, cross-checks between keys, and the file's dataclass.

Each loader reads its file once (until cache.clear()); `check_all()` loads every file before any work is done,
so a malformed one stops the build at once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.domain.files import Reader
from briefing.domain.schema import (
    MONTH_NAMES,
    BoilerplateData,
    DealsData,
    MoneyData,
    PeopleData,
    PeriodsData,
    ReferencesData,
    TopicsData,
)
from briefing.model import DEAL_TYPES, STATUSES


@lru_cache(maxsize=1)
def deals() -> DealsData:
    r = Reader("deals.yaml")
    return DealsData(
        types=r.lists("types", DEAL_TYPES, patterns=True),
        separate_plurals=r.words("separate_plurals", patterns=True),
        exclusion_cues=r.words("exclusion_cues", patterns=True),
        negations=r.words("negations", patterns=True),
        conjecture=r.words("conjecture", patterns=True),
        conditions=r.words("conditions", patterns=True),
        status=r.lists("status", STATUSES, patterns=True),
        rumour_attributions=r.words("rumour_attributions", patterns=True),
        deal_anaphors=r.words("deal_anaphors"),
        components=r.words("components", patterns=True),
        owned_objects=r.words("owned_objects", patterns=True),
        venture_suffixes=r.words("venture_suffixes"),
        offer_nouns=r.words("offer_nouns", patterns=True),
        share_objects=r.words("share_objects", patterns=True),
        whole_company=r.words("whole_company", patterns=True),
        future_holding=r.words("future_holding", patterns=True),
        after_completion=r.words("after_completion", patterns=True),
    )


@lru_cache(maxsize=1)
def money() -> MoneyData:
    r = Reader("money.yaml")
    scales = r.table("scales", number=True)
    spelled = r.table("spelled_numbers", number=True)
    for word, n in spelled.items():
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", word) or not 0 < n <= 1000:
            raise r.fail(f"spelled_numbers.{word}", "lower-case words for a number from 0 to 1000", n)
    spelled_scales = r.words("spelled_scales")
    for i, word in enumerate(spelled_scales):
        if word not in scales or not word.isalpha():
            raise r.fail(f"spelled_scales[{i}]", "a scale word (letters only) named under `scales`", word)
    return MoneyData(
        symbols=r.table("currency_symbols"),
        words=r.table("currency_words"),
        minor_units=r.table("minor_units"),
        hints=r.table("dollar_hints"),
        scales=scales,
        spelled_numbers=spelled,
        spelled_scales=spelled_scales,
        qualifiers=r.table("qualifiers"),
        kinds=r.lists("kinds"),
        built_things=r.words("built_things"),
        vehicles=r.words("vehicles"),
        worth_unstated=r.words("worth_unstated"),
        commitments=r.words("commitments"),
        estimators=r.words("estimators"),
        expecting=r.words("expecting"),
        earning_verbs=r.words("earning_verbs"),
        venture_words=r.words("venture_words"),
        trade_buying=r.words("share_trades.buying"),
        trade_selling=r.words("share_trades.selling"),
        traded_things=r.words("share_trades.things"),
        trade_deals=r.words("share_trades.deals"),
        valued_things=r.words("valued_things"),
        told_by_it=r.words("told_by_it"),
        regions=r.words("regions"),
        segments=r.words("segments"),
        periods=_periods(r),
    )


def _periods(r: Reader) -> PeriodsData:
    kinds = set(r.lists("kinds"))
    ordinals = r.table("periods.ordinals")
    for word, n in ordinals.items():
        if n not in ("1", "2", "3", "4"):
            raise r.fail(f"periods.ordinals.{word}", "a quarter number from 1 to 4 (quoted)", n)
    spans = r.table("periods.month_spans", number=True)
    for word, n in spans.items():
        if n not in (3, 6, 9, 12):
            raise r.fail(f"periods.month_spans.{word}", "3, 6, 9 or 12 months", n)
    end = r.get("periods.fiscal_year_end")
    if end not in MONTH_NAMES:
        raise r.fail("periods.fiscal_year_end", "a month name (March)", end)
    relative = r.table("periods.relative_years", number=True)
    for word, n in relative.items():
        if n != int(n) or not 0 <= n <= 10:
            raise r.fail(f"periods.relative_years.{word}", "a whole number of years back, 0 to 10", n)
    reported = r.words("periods.reported_kinds")
    for i, kind in enumerate(reported):
        if kind not in kinds:
            raise r.fail(f"periods.reported_kinds[{i}]", "a kind named under `kinds`", kind)
    return PeriodsData(
        ordinals={w: int(n) for w, n in ordinals.items()},
        quarter_words=r.words("periods.quarter_words"),
        half_words=r.words("periods.half_words"),
        month_spans={w: int(n) for w, n in spans.items()},
        year_words=r.words("periods.year_words"),
        ending_words=r.words("periods.ending_words"),
        fiscal_prefixes=r.words("periods.fiscal_prefixes"),
        fiscal_year_end=MONTH_NAMES.index(end) + 1,
        fiscal_words=r.words("periods.fiscal_words"),
        year_prepositions=r.words("periods.year_prepositions"),
        relative_years={w: int(n) for w, n in relative.items()},
        rates=r.table("periods.rates"),
        reported_kinds=reported,
        comparison_words=r.words("periods.comparison_words"),
        earlier_words=r.words("periods.earlier_words"),
        forecast_words=r.words("periods.forecast_words"),
        guidance_words=r.words("periods.guidance_words"),
    )


@lru_cache(maxsize=1)
def people() -> PeopleData:
    r = Reader("people.yaml")
    return PeopleData(
        role_words=r.words("role_words"),
        speech_verbs=r.words("speech_verbs"),
        naming_verbs=r.words("naming_verbs"),
        not_names=frozenset(r.words("not_names")),
        company_words=frozenset(r.words("company_words")),
        honorifics=r.words("honorifics"),
    )


@lru_cache(maxsize=1)
def topics() -> TopicsData:
    r = Reader("topics.yaml")
    return TopicsData(
        partnership=r.words("partnership.keywords"),
        deal_words=r.words("partnership.deal_words"),
        finances=r.words("finances.keywords"),
        open_questions=r.words("open_questions", patterns=True),
        reasons=r.words("reasons", patterns=True),
        purposes=r.words("purposes", patterns=True),
        purpose_subjects=r.words("purpose_subjects", patterns=True),
    )


@lru_cache(maxsize=1)
def references() -> ReferencesData:
    r = Reader("references.yaml")
    return ReferencesData(
        subject_pronouns=r.words("subject_pronouns"),
        description_nouns=r.words("description_nouns"),
        naming_nouns=r.words("naming_nouns"),
        unit_nouns=r.words("unit_nouns"),
        place_words=frozenset(r.words("place_words")),
        nationalities=r.table("nationalities"),
        common_initials=frozenset(r.words("common_initials")),
        ordinary_after=frozenset(r.words("ordinary_after")),
    )


@lru_cache(maxsize=1)
def boilerplate() -> BoilerplateData:
    r = Reader("boilerplate.yaml")
    return BoilerplateData(
        chrome=r.words("chrome", patterns=True),
        sections=r.words("sections", patterns=True),
        ends=r.words("ends", patterns=True),
    )


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    return Reader("glossary.yaml").table("terms")


LOADERS = (deals, money, people, topics, references, boilerplate, glossary)


def check_all() -> None:
    """Load and check every data file at once: a build stops on the first malformed one, before any work."""
    # Imported here, not at the top: the gazetteer's modules import this package.
    from briefing.extract.gazetteer import load_gazetteer
    from briefing.extract.organisations import load_organisations

    for loader in LOADERS:
        loader()
    load_gazetteer()
    load_organisations()
