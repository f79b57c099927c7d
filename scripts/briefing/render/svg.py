"""The deal map: companies around an ellipse, one labelled edge per pair of parties to a deal, as static SVG.

Drawn at build time, no script: it works offline and in print. Colours come from the theme's CSS
variables through classes (docs/stylesheets/extra.css), so the dark palette recolours it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from briefing.render.catalog import Catalog
from briefing.render.wording import TYPE_WORDS

W = 720  # viewBox width; the height grows with the number of companies
FONT = 13  # px, node and edge labels
CHAR = 0.6 * FONT  # a rough average glyph width, enough to size boxes without a font at hand
LABEL_CHARS = 32  # an edge shows its first shared item cut to this; the full list is in its tooltip
NODE_H = 26
MAP_COMPANIES = 12  # more names than this around one ellipse cannot be read; the tables list every alliance
MAP_EDGES = 24  # and more lines than this between them: the strongest ties are drawn, the tables list all


@dataclass
class _Edge:
    a: str
    b: str
    shared: list[str] = field(default_factory=list)
    main: bool = False
    reports: int = 0  # the deal sentences behind it, across articles: how strong a tie the corpus shows

    @property
    def label(self) -> str:
        first = self.shared[0]
        text = first if len(first) <= LABEL_CHARS else first[: LABEL_CHARS - 1].rstrip() + "…"
        return text + (f" +{len(self.shared) - 1}" if len(self.shared) > 1 else "")


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _edges(catalog: Catalog) -> list[_Edge]:
    edges: dict[tuple[str, str], _Edge] = {}
    # The map shows who works with whom; a called-off deal, or a relationship whose latest report calls it off,
    # is listed, not drawn.
    off = {r.parties for r in catalog.relationships if r.status == "cancelled"}
    for deal in catalog.deals:
        if deal.status == "cancelled" or tuple(sorted(set(deal.partners))) in off:
            continue
        what = TYPE_WORDS[deal.type].lower() + (f": {deal.subject}" if deal.subject else "")
        role = {party.name: party.role for party in deal.parties}
        for i, p in enumerate(deal.partners):
            for q in deal.partners[i + 1 :]:
                if role[p] == role[q] != "partner":
                    continue  # two sellers of one sale deal with its buyer, not with each other
                a, b = min(p, q), max(p, q)
                edge = edges.setdefault((a, b), _Edge(a, b))
                edge.main = edge.main or deal.main
                edge.reports += len(deal.evidence) or 1
                if what not in edge.shared:
                    edge.shared.append(what)
    for rel in catalog.relationships:
        for o in rel.holdings:
            a, b = min(o.owner, o.owned), max(o.owner, o.owned)
            edge = edges.setdefault((a, b), _Edge(a, b))
            what = f"stake: {o.share}" if o.share else "stake"
            if what not in edge.shared:
                edge.shared.append(what)
            edge.reports += 1
    return list(edges.values())


def _busiest(edges: list[_Edge], limit: int = MAP_COMPANIES) -> list[_Edge]:
    """The strongest edges among the `limit` companies with the most partners: all of them when there are few."""
    degree = Counter(n for e in edges for n in (e.a, e.b))
    keep = {n for n, _d in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]}
    among = [e for e in edges if e.a in keep and e.b in keep]
    return sorted(among, key=lambda e: (not e.main, -e.reports, e.a, e.b))[:MAP_EDGES]


def _order(edges: list[_Edge]) -> list[str]:
    """Companies in circle order: each next one the most tied to those already placed, so partners sit close."""
    partners: dict[str, set[str]] = {}
    for e in edges:
        partners.setdefault(e.a, set()).add(e.b)
        partners.setdefault(e.b, set()).add(e.a)
    left = sorted(partners, key=lambda n: (-len(partners[n]), n))
    ties = dict.fromkeys(left, 0)  # partners already placed, kept up to date as each company is placed
    order: list[str] = []
    while left:
        # max() keeps the first of equals, and `left` is sorted by degree then name: the order is stable.
        best = max(left, key=ties.__getitem__)
        left.remove(best)
        order.append(best)
        for n in partners[best]:
            ties[n] += 1
    return order


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _node_width(name: str) -> float:
    return len(name) * CHAR + 20


def _text_box(x: float, y: float, text: str) -> Box:
    half = len(text) * CHAR / 2 + 4
    return (x - half, y - FONT * 0.8, x + half, y + FONT * 0.4)


class _Taken:
    """Boxes already drawn, bucketed in a grid so a label is only compared with its neighbours."""

    CELL = 64.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        c = self.CELL
        return [
            (i, j)
            for i in range(int(box[0] // c), int(box[2] // c) + 1)
            for j in range(int(box[1] // c), int(box[3] // c) + 1)
        ]

    def add(self, box: Box) -> None:
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(box)

    def covered(self, box: Box) -> float:
        near = {b for key in self._keys(box) for b in self.cells.get(key, ())}
        return sum(_overlap(box, b) for b in near)


def _place_label(
    x1: float, y1: float, x2: float, y2: float, text: str, taken: _Taken, steps: tuple[float, ...]
) -> tuple[float, float] | None:
    """The first point along the edge, in the order of `steps`, where its label covers nothing drawn; None when
    there is none: the label is left out (the line's tooltip and the figure's description still name it)."""
    for t in steps:
        x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t + FONT * 0.35
        if taken.covered(_text_box(x, y, text)) == 0:
            return x, y
    return None


_ALONG_MIDDLE = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78)
_ALONG_OUTER = (0.62, 0.7, 0.55, 0.78, 0.48, 0.84)  # from the centre of a company map: away from the crowd


def _draw(
    edges: list[_Edge],
    pos: dict[str, tuple[float, float]],
    h: float,
    name: str,
    title: str,
    steps: tuple[float, ...],
    shown: Callable[[str], str],
) -> str:
    """`shown`: the name a company's pages show (catalog.CompanyEntry.label)."""
    widths = {n: _node_width(shown(n)) for n in pos}
    taken = _Taken()
    for n, (x, y) in pos.items():
        taken.add((x - widths[n] / 2, y - NODE_H / 2, x + widths[n] / 2, y + NODE_H / 2))
    desc = "; ".join(
        f"{shown(e.a)} and {shown(e.b)}{' (the main deal)' if e.main else ''}: {', '.join(e.shared)}" for e in edges
    )
    out = [
        '<div class="alliance-map">',
        f'<svg viewBox="0 0 {W} {h:.0f}" width="{W}" height="{h:.0f}" role="img" '
        f'aria-labelledby="{name}-title {name}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{name}-title">{escape(title)}</title>',
        f'<desc id="{name}-desc">{escape(desc)}</desc>',
    ]
    # Lines first, then labels and companies on top; the main deal last of the lines, so it is never covered.
    for e in sorted(edges, key=lambda e: e.main):
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        cls = "edge edge--main" if e.main else "edge"
        tip = f"{shown(e.a)} and {shown(e.b)}: {'; '.join(e.shared)}"
        out.append(
            f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" class="{cls}">'
            f"<title>{escape(tip)}</title></line>"
        )
    for e in sorted(edges, key=lambda e: not e.main):
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        at = _place_label(x1, y1, x2, y2, e.label, taken, steps)
        if at is None:
            continue
        x, y = at
        taken.add(_text_box(x, y, e.label))
        tip = f"{shown(e.a)} and {shown(e.b)}: {'; '.join(e.shared)}"
        cls = "edge-label edge-label--main" if e.main else "edge-label"
        out.append(
            f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="middle" class="{cls}">'
            f"<title>{escape(tip)}</title>{escape(e.label)}</text>"
        )
    in_main = {n for e in edges if e.main for n in (e.a, e.b)}
    for n, (x, y) in pos.items():
        w = widths[n]
        main = n in in_main
        out.append(
            f'<g class="company{" company--main" if main else ""}">'
            f'<rect x="{x - w / 2:.0f}" y="{y - NODE_H / 2:.0f}" width="{w:.0f}" height="{NODE_H}" '
            f'rx="{NODE_H / 2:.0f}"/>'
            f'<text x="{x:.0f}" y="{y + FONT * 0.35:.0f}" text-anchor="middle">{escape(shown(n))}</text></g>'
        )
    out.append("</svg></div>")
    return "".join(out)


def _around(
    nodes: list[str], h: float, shown: Callable[[str], str], centre: str | None = None
) -> dict[str, tuple[float, float]]:
    """Companies around an ellipse (the first at the top), or around `centre`, which sits in the middle."""
    ring = [n for n in nodes if n != centre]
    widths = {n: _node_width(shown(n)) for n in nodes}
    rx, ry = W / 2 - max(widths.values()) / 2 - 8, h / 2 - NODE_H
    pos: dict[str, tuple[float, float]] = {}
    if centre is not None:
        pos[centre] = (W / 2, h / 2)
    for i, n in enumerate(ring):
        angle = 2 * math.pi * i / len(ring) - math.pi / 2
        x = W / 2 + rx * math.cos(angle)
        x = min(max(x, widths[n] / 2 + 2), W - widths[n] / 2 - 2)
        pos[n] = (x, h / 2 + ry * math.sin(angle))
    return pos


def alliance_map(catalog: Catalog) -> str:
    """The map as HTML: an inline SVG in a <div>, which also keeps Markdown (abbreviations) out of its text."""
    # Label placement compares each label with those placed before it: capped, it stays cheap.
    edges = _busiest(_edges(catalog))
    if not edges:
        return ""
    nodes = _order(edges)
    h = 300 + 30 * max(0, len(nodes) - 4)
    title = "Alliance map: who works with whom, and on what"
    shown = catalog.shown
    return _draw(edges, _around(nodes, h, shown), h, "alliance-map", title, _ALONG_MIDDLE, shown)


COMPANY_MAP_PARTNERS = 8  # around one company: more cannot be labelled; its page lists them all


def edges_by_company(catalog: Catalog) -> dict[str, list[_Edge]]:
    """Each company's edges, worked out once for all the company maps of a build."""
    mine: dict[str, list[_Edge]] = {}
    for e in _edges(catalog):
        mine.setdefault(e.a, []).append(e)
        mine.setdefault(e.b, []).append(e)
    return mine


def company_map(name: str, mine: list[_Edge], catalog: Catalog) -> str:
    """One company in the middle and its partners around it, each line labelled with what they share; `mine`
    are its edges (edges_by_company)."""
    if not mine:
        return ""
    weight = Counter({e.b if e.a == name else e.a: len(e.shared) + (10 if e.main else 0) for e in mine})
    partners = [n for n, _w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:COMPANY_MAP_PARTNERS]]
    edges = [e for e in mine if (e.b if e.a == name else e.a) in partners]
    h = 320 if len(partners) <= 4 else 400
    shown = catalog.shown
    title = f"{shown(name)} and its partners, with what each deal is about"
    pos = _around([name, *partners], h, shown, centre=name)
    return _draw(edges, pos, h, "company-map", title, _ALONG_OUTER, shown)
