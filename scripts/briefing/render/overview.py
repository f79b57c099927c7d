"""What the overview of many articles says about the corpus as a whole: the dates it covers, its deals by type
and status, its most connected companies and its latest dated events. Counted here, laid out by index.md.j2."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from briefing.classify.timeline import Event
from briefing.extract.dates import article_date
from briefing.model import STATUSES, Article
from briefing.render.catalog import Catalog

MOST_CONNECTED = 5
LATEST_EVENTS = 5


@dataclass
class Overview:
    first: date | None  # the earliest and latest article dates, when any article states one
    last: date | None
    dated: int  # articles with a date of their own
    undated: int
    # deal type → [(status, relationships whose latest report gives that type that status)], most first
    deals: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    connected: list[tuple[str, int]] = field(default_factory=list)  # company, relationships it has
    latest: list[Event] = field(default_factory=list)  # the latest dated deals and holdings


def summarise(catalog: Catalog, articles: list[Article]) -> Overview:
    dates = [d for d in map(article_date, articles) if d is not None]
    counts: dict[str, Counter[str]] = {}
    for rel in catalog.relationships:
        for kind in rel.types:
            counts.setdefault(kind, Counter())[rel.latest_of(kind).status] += 1
    deals = {
        kind: sorted(c.items(), key=lambda kv: (-kv[1], STATUSES.index(kv[0])))
        for kind, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    }
    degree = Counter({name: len(entry.relationships) for name, entry in catalog.companies.items()})
    connected = [(n, d) for n, d in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])) if d][:MOST_CONNECTED]
    events = [e for e in catalog.timeline if e.kind != "published"]
    return Overview(
        first=min(dates, default=None),
        last=max(dates, default=None),
        dated=len(dates),
        undated=len(articles) - len(dates),
        deals=deals,
        connected=connected,
        latest=events[-LATEST_EVENTS:][::-1],
    )
