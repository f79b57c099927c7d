"""Organisations that are not companies (data/organisations.yaml): unions, regulators, state banks, exchanges..."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing import domain
from briefing.domain import DATA, load_data_file
from briefing.errors import DataError
from briefing.extract.patterns import trie_alternation

KINDS = (
    "union",
    "regulator",
    "bank",
    "exchange",
    "government",
    "programme",
    "agency",
    "media",
    "analyst",
    "association",
)
_KEYS = ("name", "aliases", "kind", "country")
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def parse_organisations(data: dict, path: Path | str = "organisations.yaml") -> dict[str, Organisation]:
    """Canonical name → organisation, in file order; a DataError names the entry, the key and what was expected."""
    entries = data.get("organisations")
    if not isinstance(entries, list) or not entries:
        raise DataError("expected a non-empty list under 'organisations'", path)
    found: dict[str, Organisation] = {}
    by_surface: dict[str, str] = {}
    for i, entry in enumerate(entries):
        where = f"organisations[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise DataError(f"{where}: each entry needs a 'name' string", path)
        where += f" ({entry['name']})"
        unknown = sorted(str(k) for k in entry if k not in _KEYS)
        if unknown:
            raise DataError(f"{where}: unknown key '{unknown[0]}'; expected only {', '.join(_KEYS)}", path)
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise DataError(f"{where}: 'aliases' must be a list of non-empty strings", path)
        kind = entry.get("kind")
        if kind not in KINDS:
            raise DataError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, not {kind!r}", path)
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
            raise DataError(f"{where}: 'country' must be an ISO 3166-1 alpha-2 code such as DE, or null", path)
        org = Organisation(entry["name"], tuple(aliases), kind, country)
        for surface in org.surface_forms:
            if surface in by_surface:
                raise DataError(f"{where}: '{surface}' already names '{by_surface[surface]}'; one form, one name", path)
            by_surface[surface] = org.name
        found[org.name] = org
    return found


@domain.compiled(maxsize=4)
def load_organisations(path: Path = DATA / "organisations.yaml") -> dict[str, Organisation]:
    return parse_organisations(load_data_file(path), path)


@domain.compiled(maxsize=4)
def _pattern(path: Path) -> tuple[re.Pattern[str], dict[str, str]]:
    """One whole-word pattern for every surface form (a trie: longest form first at each place), and
    form → canonical name."""
    names = {form: org.name for org in load_organisations(path).values() for form in org.surface_forms}
    return re.compile(r"(?<!\w)(?:" + trie_alternation(list(names)) + r")(?!\w)"), names


def organisation_spans(text: str, path: Path = DATA / "organisations.yaml") -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each organisation named in `text`, in reading order.

    At each place the longest form is taken and spans never overlap, so "Korea Development Bank" is one
    span and "S&P Global Mobility" is not also "S&P Global". A ’ in the text matches a ' in the data.
    """
    plain = text.replace("’", "'")  # same length: offsets stay valid for `text`
    pattern, names = _pattern(path)
    return [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(plain)]
