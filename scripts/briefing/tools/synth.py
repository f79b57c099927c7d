"""A synthetic corpus of carmaker news for benchmarks and scale tests: varied, realistic, reproducible.

Each article is written by its own seeded random generator, so article 7 of a 1,000-article corpus is
the same text as article 7 of a 10-article one, on every machine and every run. Companies come from the
gazetteer (data/carmakers.yaml); deals, figures, people and quotes come from the phrase pools below,
shaped like the wire copy in tests/corpus/.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from briefing.extract.gazetteer import Company, Gazetteer, load_gazetteer
from briefing.read import slugify
from briefing.tools import synth_phrases as phrases
from briefing.tools.synth_pages import web_page

DEFAULT_SEED = 6


@dataclass(frozen=True)
class Cast:
    """The companies, people and places one article is about."""

    a: Company
    b: Company
    others: tuple[Company, ...]
    person: tuple[str, str, str]  # first name, surname, role at company a
    analyst: tuple[str, str, str]  # first name, surname, firm
    place: str
    subject: tuple[str, str]


def company_pool(gazetteer: Gazetteer) -> list[Company]:
    """Companies an article can name: no alliances, and none whose name is also an ordinary word."""
    return [c for c in gazetteer.companies.values() if c.kind != "alliance" and not c.ambiguous]


def _name(rng: random.Random, company: Company) -> str:
    # Mostly the canonical name, sometimes an alias (VW, JLR, LGES), as real copy mixes them.
    aliases = [a for a in company.aliases if not a.endswith((" AG", " SE"))]
    return rng.choice(aliases) if aliases and rng.random() < 0.25 else company.name


def _money(rng: random.Random, company: Company, small: bool = False) -> str:
    country = company.country or "US"
    code = "EUR" if country in phrases.EURO else phrases.CURRENCY.get(country, "USD")
    if code == "JPY":
        return f"¥{rng.choice([45, 150, 285, 420, 980])}{rng.choice(['bn', ' billion'])}"
    if code == "INR":
        return f"₹{rng.choice([1200, 4500, 7800])} crore"
    if code == "KRW":
        return f"{rng.choice([1.2, 2.6, 3.9])} trillion won"
    if country == "SE":
        return f"{rng.choice([2, 9, 14])} billion kronor"
    if code == "CNY":
        return f"{rng.choice([4, 12, 30])} billion yuan"
    symbol = {"EUR": "€", "GBP": "£"}.get(code, rng.choice(["$", "US$"]))
    if small:
        return f"{symbol}{rng.choice([120, 300, 450, 800])}{rng.choice(['m', ' million'])}"
    return f"{symbol}{rng.choice(['1', '1.5', '2', '2.5', '3.4', '4.0', '6'])} billion"


def _headline(rng: random.Random, cast: Cast, a: str, b: str) -> str | None:
    if rng.random() < 0.25:
        return None  # some wire copy has no headline; the title is then cut from the first sentence
    place = cast.place.split(",")[0]
    return rng.choice(
        [
            f"{a} and {b} Team Up on {cast.subject[1]}",
            f"{a} Joins Forces With {b} to Cut Costs",
            f"{a} and {b} Agree {cast.subject[1]} Deal",
            f"{a} to Build {cast.subject[1]} With {b} in {place}",
        ]
    )


def executives(company: Company) -> list[tuple[str, str, str]]:
    """A company's own people, the same in every article: the same chief executive is quoted again and again."""
    rng = random.Random(f"briefing-synth-people-{company.name}")
    return [(rng.choice(phrases.FIRST), rng.choice(phrases.LAST), role) for role in rng.sample(phrases.ROLES, 2)]


# A dozen analysts at a few firms, quoted across the corpus.
_ANALYST_POOL = [
    (
        phrases.FIRST[i * 2 % len(phrases.FIRST)],
        phrases.LAST[i * 5 % len(phrases.LAST)],
        phrases.ANALYSTS[i % len(phrases.ANALYSTS)],
    )
    for i in range(12)
]


def _cast(rng: random.Random, pool: list[Company]) -> Cast:
    a, b, *others = rng.sample(pool, 6)
    person = executives(a)[0 if rng.random() < 0.7 else 1]
    return Cast(
        a, b, tuple(others), person, rng.choice(_ANALYST_POOL), rng.choice(phrases.PLACES), rng.choice(phrases.SUBJECTS)
    )


def write_article(rng: random.Random, pool: list[Company]) -> tuple[str, str]:
    """(file stem, text) of one news article: a headline (usually), 6 to 12 paragraphs, a Source line."""
    cast = _cast(rng, pool)
    a, b = _name(rng, cast.a), _name(rng, cast.b)
    c, d, e, f = (_name(rng, o) for o in cast.others)
    first, last, role = cast.person
    day, month, year = rng.choice(phrases.WEEKDAYS), rng.choice(phrases.MONTHS), rng.choice([2022, 2023, 2024, 2025])
    subject, source = cast.subject[0], rng.choice(phrases.SOURCES)
    dateline = phrases.DATELINES.get(cast.a.country or "", "LONDON")
    lead = rng.choice(
        [
            f"{a} and {b} will team up to develop {subject}, the companies said on {day}, the latest sign that "
            f"carmakers are joining forces to share soaring development costs.",
            f"{dateline}, {month} {rng.randint(2, 28)}{' (Reuters)' if source == 'Reuters' else ''} - {a} and {b} "
            f"will form a joint venture to build "
            f"{subject} in {cast.place}, the two companies said on {day}.",
            f"{a} has agreed to co-develop {subject} with {b}, in a deal that could be widened to other markets "
            f"later, the carmakers said in a joint statement on {day}.",
        ]
    )
    paragraphs = [lead]
    money = _money(rng, cast.a)
    town = cast.place.split(",")[0]
    body = [
        f"The venture, owned equally by the partners, is due to start production at the end of {year + 2} and "
        f"could receive up to {_money(rng, cast.a, small=True)} in public support, according to people familiar "
        f"with the matter.",
        f"{a} will invest {rng.choice(['', 'about ', 'more than ', 'up to '])}{money} in the {town} plant "
        f"over the next {rng.choice(['three', 'four', 'five'])} years, {first} {last}, {role} of {a}, said.",
        f"“{rng.choice(phrases.QUOTES)},” {last} said. “{rng.choice(phrases.QUOTES)}.”",
        f"{c} already supplies {d} from its plant in {rng.choice(phrases.PLACES)}, and is building a second factory in "
        f"{rng.choice(phrases.PLACES)}.",
        f"Unlike rivals {e} and {f}, which are developing their own {subject.split(' for ')[0]}, {a} has chosen "
        f"to license technology rather than design it in-house.",
        f"{b} earned {_money(rng, cast.b)} in {year}, while {a}'s operating profit rose "
        f"{rng.randint(3, 60)}% over the same period.",
        f"“{rng.choice(phrases.QUOTES)},” said {cast.analyst[0]} {cast.analyst[1]}, an analyst at {cast.analyst[2]}.",
        rng.choice(phrases.UNKNOWNS),
        rng.choice(phrases.FILLERS),
    ]
    if cast.a.parent and rng.random() < 0.5:
        body.append(f"{a}, owned by {cast.a.parent}, will keep its own dealers and design studios.")
    if rng.random() < 0.3:
        body.append(
            f"{b} wrote off nearly {_money(rng, cast.b)} in {year} on an earlier electric programme, and "
            f"{rng.choice(['is cutting jobs', 'has been struggling to make ends meet'])}."
        )
    # The quote pair stays after the paragraph that introduces its speaker.
    chosen = sorted(rng.sample(range(len(body)), rng.randint(5, min(9, len(body)))))
    if 2 in chosen and 1 not in chosen:
        chosen = sorted({*chosen, 1})
    paragraphs += [body[i] for i in chosen]
    if rng.random() < 0.15:
        paragraphs.append(
            f"[…] {a} and {b} announced a collaboration back in {month} aimed at developing {subject}. {b} did "
            f"not however invest in {a} at the time. […]"
        )
    if rng.random() < 0.85:
        paragraphs.append(f"Source: {source}")
    headline = _headline(rng, cast, a, b)
    stem = slugify(f"{cast.a.name} {cast.b.name} {cast.subject[1]}")
    return stem, "\n\n".join(([headline] if headline else []) + paragraphs) + "\n"


FOLLOW_UP_EVERY = 7  # every seventh article reports a later stage of a deal told three articles before


def write_follow_up(rng: random.Random, cast: Cast, when: tuple[int, int]) -> tuple[str, str]:
    """A later report of the deal of an earlier article: completed or called off, dated, as another outlet
    tells it. The corpus then has what real folders have: one deal told at several stages."""
    a, b = _name(rng, cast.a), _name(rng, cast.b)
    subject, (year, month) = cast.subject[0], when
    day, source = rng.choice(phrases.WEEKDAYS), rng.choice(phrases.SOURCES)
    if rng.random() < 0.7:
        headline = f"{a} and {b} Complete {cast.subject[1]} Venture"
        lead = f"{a} and {b} completed the formation of their joint venture for {subject} on {day}."
        detail = (
            f"The companies first agreed to form the venture earlier this year, and it now employs staff in "
            f"{cast.place}."
        )
    else:
        headline = f"{a} and {b} Scrap {cast.subject[1]} Plan"
        lead = (
            f"{a} and {b} have called off their plan to form a joint venture for {subject}, the companies said "
            f"on {day}."
        )
        detail = (
            f"Talks on the venture stalled over the cost of the plant in {cast.place}, people familiar with the "
            "matter said."
        )
    first, last, role = cast.person
    paragraphs = [
        lead,
        detail,
        f"“{rng.choice(phrases.QUOTES)},” {first} {last}, {role} of {a}, told reporters.",
        rng.choice(phrases.FILLERS),
        f"Source: {source}",
    ]
    front = f"---\ndate: {year}-{month:02d}-{rng.randint(1, 28):02d}\n---\n"
    stem = slugify(f"{cast.a.name} {cast.b.name} {cast.subject[1]} update")
    return stem, front + "\n\n".join([headline, *paragraphs]) + "\n"


def article(index: int, seed: int = DEFAULT_SEED, pool: list[Company] | None = None) -> tuple[str, str]:
    """(file stem, text) of article `index` of the corpus for `seed`: the same whatever the corpus size."""
    pool = pool if pool is not None else company_pool(load_gazetteer())
    rng = random.Random(f"briefing-synth-{seed}-{index}")
    if index % FOLLOW_UP_EVERY == FOLLOW_UP_EVERY - 1:
        # The earlier article's cast is the first thing its generator draws: drawn again, it is the same.
        earlier = _cast(random.Random(f"briefing-synth-{seed}-{index - 3}"), pool)
        return write_follow_up(rng, earlier, (rng.choice([2024, 2025]), rng.randint(1, 12)))
    return write_article(rng, pool)


def write_corpus(folder: Path, count: int, seed: int = DEFAULT_SEED, fmt: str = "txt") -> list[Path]:
    """Write `count` articles as folder/NNNN-<slug>.txt (or, with fmt "html", each inside a saved news page);
    returns their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = company_pool(load_gazetteer())
    paths = []
    for i in range(count):
        stem, text = article(i, seed, pool)
        path = folder / f"{i + 1:04d}-{stem}.{fmt}"
        if fmt == "html":
            text = web_page(text, random.Random(f"briefing-page-{seed}-{i}"))
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_project(folder: Path, count: int, template: Path, seed: int = DEFAULT_SEED, fmt: str = "txt") -> Path:
    """A project to build: seeds/ holds a corpus of `count` articles; the site sources are those of the
    project at `template` (its mkdocs.yml, mkdocs.offline.yml and docs/, and its scripts/ by a link, since
    the configs take the theme's overrides from there)."""
    folder.mkdir(parents=True, exist_ok=True)
    write_corpus(folder / "seeds", count, seed, fmt)
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy2(template / config, folder / config)
    shutil.copytree(template / "docs", folder / "docs", dirs_exist_ok=True)
    if not (folder / "scripts").exists():
        (folder / "scripts").symlink_to(template / "scripts")
    return folder
