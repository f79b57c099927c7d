"""The shipped domain data: former names in the gazetteer, and the organisations that are not companies."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import DataError
from briefing.extract.companies import find_companies
from briefing.extract.gazetteer import load_gazetteer, parse_gazetteer
from briefing.extract.organisations import (
    KINDS,
    load_organisations,
    organisation_spans,
    parse_organisations,
)


def _entry(name: str, **keys: object) -> dict:
    return {"name": name, "kind": "maker", "parent": None, "country": "DE", **keys}


# ---------------------------------------------------------------- former names


def test_the_loader_accepts_former_names() -> None:
    g = parse_gazetteer({"companies": [_entry("Mercedes-Benz Group", aliases=["MBG"], formerly=["Daimler"])]})
    company = g.companies["Mercedes-Benz Group"]
    assert company.formerly == ("Daimler",)
    assert company.aliases == ("MBG",)  # a former name is not an alias
    assert company.surface_forms == ("Mercedes-Benz Group", "MBG", "Daimler")
    assert g.canonical("Daimler") == "Mercedes-Benz Group"


def test_formerly_defaults_to_nothing() -> None:
    g = parse_gazetteer({"companies": [_entry("Toyota")]})
    assert g.companies["Toyota"].formerly == ()


def test_is_former_tells_former_names_from_aliases() -> None:
    g = parse_gazetteer({"companies": [_entry("Kia", aliases=["Kia Corporation"], formerly=["Kia Motors"])]})
    assert g.is_former("Kia Motors")
    assert not g.is_former("Kia Corporation")
    assert not g.is_former("Kia")
    assert not g.is_former("Hyundai")  # not in the gazetteer at all


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        # the same form as an alias and as a former name, in one entry
        (
            [_entry("Forvia", aliases=["Faurecia"], formerly=["Faurecia"])],
            r"\(Forvia\): 'Faurecia' already names 'Forvia'",
        ),
        # a former name that is another entry's alias
        (
            [_entry("Daimler Truck", aliases=["Daimler"]), _entry("Mercedes-Benz Group", formerly=["Daimler"])],
            r"companies\[1\] \(Mercedes-Benz Group\): 'Daimler' already names 'Daimler Truck'",
        ),
        # a former name that is another entry's name
        ([_entry("Kia"), _entry("Hyundai", formerly=["Kia"])], r"\(Hyundai\): 'Kia' already names 'Kia'"),
        ([_entry("Kia", formerly="Kia Motors")], r"\(Kia\): 'formerly' must be a list of strings"),
        ([_entry("Kia", formerly=["Kia Motors", ""])], r"\(Kia\): 'formerly' must be a list of strings"),
        ([_entry("Kia", formerly=[3])], r"\(Kia\): 'formerly' must be a list of strings"),
    ],
)
def test_bad_former_names_are_refused_naming_the_entry(entries: list[dict], message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_gazetteer({"companies": entries}, "carmakers.yaml")


def test_the_shipped_gazetteer_loads_and_is_large() -> None:
    g = load_gazetteer()
    assert len(g.companies) >= 300
    for company in g.companies.values():
        assert company.parent is None or company.parent in g.companies, company.name
        assert not set(company.aliases) & set(company.formerly), company.name
    assert sum(len(c.surface_forms) for c in g.companies.values()) == len(g.by_surface)  # one form, one company


@pytest.mark.parametrize(
    ("former", "today"),
    [
        ("Daimler", "Mercedes-Benz Group"),
        ("DaimlerChrysler", "Mercedes-Benz Group"),
        ("PSA Peugeot Citroën", "PSA Group"),
        ("Kia Motors", "Kia"),
        ("SsangYong", "KG Mobility"),
        ("Tesla Motors", "Tesla"),
    ],
)
def test_shipped_former_names(former: str, today: str) -> None:
    # (Faurecia is no former name of Forvia: it goes on as a Forvia Group company, its own entry)
    g = load_gazetteer()
    assert g.canonical(former) == today
    assert g.is_former(former)
    assert former not in g.companies[today].aliases


@pytest.mark.parametrize(
    ("alias", "company"),
    [
        ("Hyundai Motor", "Hyundai"),
        ("Honda Motor", "Honda"),
        ("Nissan Motor", "Nissan"),
        ("Toyota Motor Corporation", "Toyota"),
        ("Hyundai Motor Company", "Hyundai"),
        ("Kia Corporation", "Kia"),
        ("Tata Motors Limited", "Tata Motors"),
        ("Mercedes", "Mercedes-Benz"),
        ("GM", "General Motors"),
        ("Fiat Chrysler", "Fiat Chrysler Automobiles"),
    ],
)
def test_shipped_aliases(alias: str, company: str) -> None:
    g = load_gazetteer()
    assert g.canonical(alias) == company
    assert not g.is_former(alias)


def test_a_former_name_is_found_in_text_as_its_company_today() -> None:
    found = find_companies("In 2010 Daimler and Kia Motors signed a deal.", load_gazetteer())
    assert [(name, text) for name, text, _s, _e, _k in found] == [
        ("Mercedes-Benz Group", "Daimler"),
        ("Kia", "Kia Motors"),
    ]


# ---------------------------------------------------------------- organisations


def _org(name: str, **keys: object) -> dict:
    return {"name": name, "aliases": [], "kind": "union", "country": "DE", **keys}


def test_the_shipped_organisations_load() -> None:
    orgs = load_organisations()
    assert len(orgs) >= 100
    assert {o.kind for o in orgs.values()} <= set(KINDS)
    for name in ("IG Metall", "European Commission", "Korea Development Bank", "Nasdaq", "Reuters", "Moody's"):
        assert name in orgs
    assert orgs["United Auto Workers"].aliases[0] == "UAW"
    assert orgs["European Commission"].country is None
    assert orgs["Norges Bank Investment Management"].country == "NO"  # not YAML's false


def test_no_organisation_form_is_a_gazetteer_form() -> None:
    companies = load_gazetteer().by_surface
    clashes = [(f, o.name) for o in load_organisations().values() for f in o.surface_forms if f in companies]
    assert clashes == []


def test_organisation_forms_are_unique() -> None:
    forms = [f for o in load_organisations().values() for f in o.surface_forms]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"organisations": []}, "non-empty list under 'organisations'"),
        ({"organisations": [{"aliases": []}]}, r"organisations\[0\]: each entry needs a 'name' string"),
        ({"organisations": [_org("UAW", kind="company")]}, r"organisations\[0\] \(UAW\): 'kind' must be one of union"),
        ({"organisations": [_org("UAW", aliases="United Auto Workers")]}, r"\(UAW\): 'aliases' must be a list"),
        ({"organisations": [_org("UAW", aliases=[""])]}, r"\(UAW\): 'aliases' must be a list of non-empty strings"),
        ({"organisations": [_org("UAW", country="USA")]}, r"\(UAW\): 'country' must be an ISO 3166-1 alpha-2"),
        ({"organisations": [_org("UAW", country=False)]}, r"\(UAW\): 'country' must be an ISO 3166-1 alpha-2"),
        ({"organisations": [_org("UAW", parent=None)]}, r"\(UAW\): unknown key 'parent'; expected only name"),
        (
            {"organisations": [_org("UAW"), _org("United Auto Workers", aliases=["UAW"])]},
            r"organisations\[1\] \(United Auto Workers\): 'UAW' already names 'UAW'",
        ),
    ],
)
def test_bad_organisations_are_refused_naming_the_problem(data: dict, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_organisations(data, "organisations.yaml")


def test_organisation_spans_finds_whole_words_longest_first() -> None:
    text = "IG Metall and the UAW met the Korea Development Bank; S&P Global Mobility and S&P agreed."
    spans = organisation_spans(text)
    assert [(text[s:e], name) for s, e, name in spans] == [
        ("IG Metall", "IG Metall"),
        ("UAW", "United Auto Workers"),
        ("Korea Development Bank", "Korea Development Bank"),
        ("S&P Global Mobility", "S&P Global Mobility"),
        ("S&P", "S&P Global"),
    ]


def test_organisation_spans_skips_parts_of_words_and_reads_curly_apostrophes() -> None:
    assert organisation_spans("EUR prices and the EUROPEAN market") == []
    text = "Moody’s cut Hyundai Motor’s union a break (Reuters)."
    assert [(text[s:e], n) for s, e, n in organisation_spans(text)] == [
        ("Moody’s", "Moody's"),
        ("Hyundai Motor’s union", "Hyundai Motor union"),
        ("Reuters", "Reuters"),
    ]


def test_organisation_spans_reads_a_given_file(tmp_path: Path) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text("organisations:\n  - {name: Works Council, aliases: [WC], kind: union, country: DE}\n")
    assert organisation_spans("The WC met.", path) == [(4, 6, "Works Council")]
