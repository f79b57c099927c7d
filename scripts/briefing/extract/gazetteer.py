"""The gazetteer of carmakers, groups, brands and suppliers (data/carmakers.yaml), loaded and checked once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing import domain
from briefing.domain import DATA, load_data_file
from briefing.errors import DataError

KINDS = {"group", "maker", "brand", "supplier", "alliance"}


@dataclass(frozen=True)
class Company:
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None
    country: str | None
    ambiguous: bool = False
    formerly: tuple[str, ...] = ()  # earlier names of this same company, no longer its name
    titles: tuple[str, ...] = ()  # forms that are also a job title's initials ("GM", a general manager)

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.formerly)


@dataclass(frozen=True, eq=False)  # hashed by identity, so compiled patterns can be cached per gazetteer
class Gazetteer:
    companies: dict[str, Company]
    by_surface: dict[str, str]  # exact surface form → canonical name

    def get(self, name: str) -> Company | None:
        return self.companies.get(name)

    def canonical(self, surface: str) -> str | None:
        return self.by_surface.get(surface)

    def is_former(self, surface: str) -> bool:
        """Whether a surface form is a name its company no longer has ("Daimler", "Kia Motors")."""
        name = self.by_surface.get(surface)
        return name is not None and surface in self.companies[name].formerly

    def ancestors(self, name: str) -> list[str]:
        out: list[str] = []
        company = self.companies.get(name)
        while company and company.parent and company.parent not in out:
            out.append(company.parent)
            company = self.companies.get(company.parent)
        return out


def parse_gazetteer(data: dict, path: Path | str = "carmakers.yaml") -> Gazetteer:
    entries = data.get("companies")
    if not isinstance(entries, list) or not entries:
        raise DataError("expected a non-empty list under 'companies'", path)
    companies: dict[str, Company] = {}
    by_surface: dict[str, str] = {}
    for i, entry in enumerate(entries):
        where = f"companies[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DataError(f"{where}: each entry needs a 'name' string", path)
        kind = entry.get("kind", "maker")
        if kind not in KINDS:
            raise DataError(f"{where} ({entry['name']}): kind '{kind}' is not one of {sorted(KINDS)}", path)
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            raise DataError(f"{where} ({entry['name']}): 'aliases' must be a list of strings", path)
        formerly = entry.get("formerly") or []
        if not isinstance(formerly, list) or not all(isinstance(f, str) and f for f in formerly):
            raise DataError(f"{where} ({entry['name']}): 'formerly' must be a list of strings", path)
        titles = entry.get("titles") or []
        if not isinstance(titles, list) or not all(t in (entry["name"], *aliases) for t in titles):
            raise DataError(f"{where} ({entry['name']}): 'titles' must list some of its name and aliases", path)
        company = Company(
            name=entry["name"],
            aliases=tuple(aliases),
            kind=kind,
            parent=entry.get("parent"),
            country=entry.get("country"),
            ambiguous=bool(entry.get("ambiguous", False)),
            formerly=tuple(formerly),
            titles=tuple(titles),
        )
        if company.name in companies:
            raise DataError(f"{where}: '{company.name}' is listed twice", path)
        for surface in company.surface_forms:
            if surface in by_surface:
                raise DataError(
                    f"{where} ({company.name}): '{surface}' already names '{by_surface[surface]}'"
                    "; one form, one company",
                    path,
                )
            by_surface[surface] = company.name
        companies[company.name] = company
    for company in companies.values():
        if company.parent is not None and company.parent not in companies:
            raise DataError(f"{company.name}: parent '{company.parent}' is not in the gazetteer", path)
    return Gazetteer(companies, by_surface)


@domain.compiled(maxsize=4)
def load_gazetteer(path: Path = DATA / "carmakers.yaml") -> Gazetteer:
    return parse_gazetteer(load_data_file(path), path)
