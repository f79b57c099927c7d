"""Domain data (data/*.yaml): loaded once, checked against a typed schema, and handed out as frozen dataclasses.

A malformed file stops the build with exit code 3 and a message naming the file, the key and what was expected
(errors.DataError). `clear()` forgets every loaded file, so `make serve` picks up an edit; `digest()` changes
with any byte of data/ or of the templates, so cached pages are remade when the rules change.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import DataError
from briefing.model import DEAL_TYPES, STATUSES

DATA = Path(__file__).with_name("data")
TEMPLATES = Path(__file__).parent / "render" / "templates"
# libyaml's safe loader when PyYAML has it: ten times faster on the gazetteer, same documents.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot load: {exc}", path) from None
    if not isinstance(data, dict):
        raise DataError("expected a mapping at the top level", path)
    return data


class _Reader:
    """Typed access to one data file: each getter checks its key and names it in the error."""

    def __init__(self, name: str):
        self.path = DATA / name
        self.data = load_data_file(self.path)

    def _fail(self, key: str, expected: str, got: object) -> DataError:
        shown = repr(got) if len(repr(got)) <= 60 else repr(got)[:57] + "..."
        return DataError(f"{key}: expected {expected}, got {shown}", self.path)

    def get(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise DataError(f"{key}: missing (every rules file needs it; see the comments in the file)", self.path)
            node = node[part]
        return node

    def words(self, key: str, patterns: bool = False) -> tuple[str, ...]:
        """A list of non-empty strings; with `patterns`, each one a valid regular expression."""
        value = self.get(key)
        if not isinstance(value, list) or not value:
            raise self._fail(key, "a non-empty list of non-empty strings", value)
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                # a bare `On` or `No` is a boolean to YAML, "a: b" a mapping: quote such items
                raise self._fail(f"{key}[{i}]", "a non-empty string (quote it in the YAML file)", item)
        if patterns:
            for i, item in enumerate(value):
                try:
                    re.compile(item)
                except re.error as exc:
                    raise DataError(f"{key}[{i}]: {item!r} is not a valid pattern ({exc})", self.path) from None
        return tuple(value)

    def table(self, key: str, number: bool = False) -> dict[str, Any]:
        """A mapping of strings to strings (or, with `number`, to numbers)."""
        value = self.get(key)
        kind = (int, float) if number else str
        if not isinstance(value, dict) or not value:
            raise self._fail(key, "a non-empty mapping", value)
        for k, v in value.items():
            if not isinstance(k, str) or not isinstance(v, kind) or isinstance(v, bool):
                raise self._fail(f"{key}.{k}", "a number" if number else "a string", v)
        return {k: float(v) if number else v for k, v in value.items()}

    def lists(
        self, key: str, allowed: tuple[str, ...] | None = None, patterns: bool = False
    ) -> dict[str, tuple[str, ...]]:
        """A mapping of names to lists of strings; with `allowed`, the names must be among those."""
        value = self.get(key)
        if not isinstance(value, dict) or not value:
            raise self._fail(key, "a non-empty mapping of names to lists", value)
        out = {}
        for name in value:
            if allowed is not None and name not in allowed:
                raise self._fail(f"{key}.{name}", f"one of {', '.join(allowed)}", name)
            out[name] = self.words(f"{key}.{name}", patterns)
        return out


@dataclass(frozen=True)
class DealsData:
    types: dict[str, tuple[str, ...]]  # deal type → cues, in order of precedence
    separate_plurals: tuple[str, ...]
    exclusion_cues: tuple[str, ...]
    negations: tuple[str, ...]
    conjecture: tuple[str, ...]
    status: dict[str, tuple[str, ...]]  # status → cues, in the order they are tried
    rumour_attributions: tuple[str, ...]
    deal_anaphors: tuple[str, ...]
    components: tuple[str, ...]
    owned_objects: tuple[str, ...]


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
    reported_kinds: tuple[str, ...]
    comparison_words: tuple[str, ...]
    earlier_words: tuple[str, ...]
    forecast_words: tuple[str, ...]


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
    periods: PeriodsData


@dataclass(frozen=True)
class PeopleData:
    role_words: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    not_names: frozenset[str]
    company_words: frozenset[str]


@dataclass(frozen=True)
class TopicsData:
    partnership: tuple[str, ...]
    deal_words: tuple[str, ...]
    finances: tuple[str, ...]
    open_questions: tuple[str, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ReferencesData:
    subject_pronouns: tuple[str, ...]
    description_nouns: tuple[str, ...]
    nationalities: dict[str, str]


@dataclass(frozen=True)
class BoilerplateData:
    chrome: tuple[str, ...]
    sections: tuple[str, ...]
    ends: tuple[str, ...]


_COMPILED: list[Any] = []


def compiled(fn: Any = None, *, maxsize: int | None = None) -> Any:
    """Anything made from the data files (a loaded file, a compiled pattern, a result that depends on the
    rules): made once, forgotten by clear(). `@compiled` or `@compiled(maxsize=N)`."""

    def wrap(f: Any) -> Any:
        cached = lru_cache(maxsize=maxsize)(f)
        _COMPILED.append(cached)
        return cached

    return wrap(fn) if fn is not None else wrap


@lru_cache(maxsize=1)
def deals() -> DealsData:
    r = _Reader("deals.yaml")
    return DealsData(
        types=r.lists("types", DEAL_TYPES, patterns=True),
        separate_plurals=r.words("separate_plurals", patterns=True),
        exclusion_cues=r.words("exclusion_cues", patterns=True),
        negations=r.words("negations", patterns=True),
        conjecture=r.words("conjecture", patterns=True),
        status=r.lists("status", STATUSES, patterns=True),
        rumour_attributions=r.words("rumour_attributions", patterns=True),
        deal_anaphors=r.words("deal_anaphors"),
        components=r.words("components", patterns=True),
        owned_objects=r.words("owned_objects", patterns=True),
    )


@lru_cache(maxsize=1)
def money() -> MoneyData:
    r = _Reader("money.yaml")
    scales = r.table("scales", number=True)
    spelled = r.table("spelled_numbers", number=True)
    for word, n in spelled.items():
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", word) or not 0 < n <= 1000:
            raise r._fail(f"spelled_numbers.{word}", "lower-case words for a number from 0 to 1000", n)
    spelled_scales = r.words("spelled_scales")
    for i, word in enumerate(spelled_scales):
        if word not in scales or not word.isalpha():
            raise r._fail(f"spelled_scales[{i}]", "a scale word (letters only) named under `scales`", word)
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
        periods=_periods(r),
    )


def _periods(r: _Reader) -> PeriodsData:
    kinds = set(r.lists("kinds"))
    ordinals = r.table("periods.ordinals")
    for word, n in ordinals.items():
        if n not in ("1", "2", "3", "4"):
            raise r._fail(f"periods.ordinals.{word}", "a quarter number from 1 to 4 (quoted)", n)
    spans = r.table("periods.month_spans", number=True)
    for word, n in spans.items():
        if n not in (3, 6, 9, 12):
            raise r._fail(f"periods.month_spans.{word}", "3, 6, 9 or 12 months", n)
    end = r.get("periods.fiscal_year_end")
    if end not in MONTH_NAMES:
        raise r._fail("periods.fiscal_year_end", "a month name (March)", end)
    relative = r.table("periods.relative_years", number=True)
    for word, n in relative.items():
        if n != int(n) or not 0 <= n <= 10:
            raise r._fail(f"periods.relative_years.{word}", "a whole number of years back, 0 to 10", n)
    reported = r.words("periods.reported_kinds")
    for i, kind in enumerate(reported):
        if kind not in kinds:
            raise r._fail(f"periods.reported_kinds[{i}]", "a kind named under `kinds`", kind)
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
        reported_kinds=reported,
        comparison_words=r.words("periods.comparison_words"),
        earlier_words=r.words("periods.earlier_words"),
        forecast_words=r.words("periods.forecast_words"),
    )


@lru_cache(maxsize=1)
def people() -> PeopleData:
    r = _Reader("people.yaml")
    return PeopleData(
        role_words=r.words("role_words"),
        speech_verbs=r.words("speech_verbs"),
        not_names=frozenset(r.words("not_names")),
        company_words=frozenset(r.words("company_words")),
    )


@lru_cache(maxsize=1)
def topics() -> TopicsData:
    r = _Reader("topics.yaml")
    return TopicsData(
        partnership=r.words("partnership.keywords"),
        deal_words=r.words("partnership.deal_words"),
        finances=r.words("finances.keywords"),
        open_questions=r.words("open_questions", patterns=True),
        reasons=r.words("reasons", patterns=True),
    )


@lru_cache(maxsize=1)
def references() -> ReferencesData:
    r = _Reader("references.yaml")
    return ReferencesData(
        subject_pronouns=r.words("subject_pronouns"),
        description_nouns=r.words("description_nouns"),
        nationalities=r.table("nationalities"),
    )


@lru_cache(maxsize=1)
def boilerplate() -> BoilerplateData:
    r = _Reader("boilerplate.yaml")
    return BoilerplateData(
        chrome=r.words("chrome", patterns=True),
        sections=r.words("sections", patterns=True),
        ends=r.words("ends", patterns=True),
    )


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    return _Reader("glossary.yaml").table("terms")


LOADERS = (deals, money, people, topics, references, boilerplate, glossary)


def check_all() -> None:
    """Load and check every data file at once: a build stops on the first malformed one, before any work."""
    from briefing.extract.gazetteer import load_gazetteer
    from briefing.extract.organisations import load_organisations

    for loader in LOADERS:
        loader()
    load_gazetteer()
    load_organisations()


def clear() -> None:
    """Forget every loaded file and everything compiled from them (`make serve` after an edit of data/)."""
    for cached in (*LOADERS, *_COMPILED):
        cached.cache_clear()


def digest() -> str:
    """Changes with any byte of data/ or of the templates: what a page depends on besides its article."""
    h = hashlib.blake2b(digest_size=16)
    for folder in (DATA, TEMPLATES):
        for path in sorted(folder.iterdir()):
            if path.is_file():
                h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
