"""The alliance map: companies on a circle, an edge per alliance, drawn as static SVG at build time."""

from __future__ import annotations

import math
from html import escape

from .catalog import Catalog

W, H, R = 640, 420, 150


def alliance_map(catalog: Catalog) -> str:
    """Inline SVG (accessible name and description; colours from the theme so dark mode works)."""
    pairs: dict[tuple[str, str], list[str]] = {}
    for alliance in catalog.alliances:
        for i, p in enumerate(alliance.partners):
            for q in alliance.partners[i + 1 :]:
                key = (min(p, q), max(p, q))
                label = alliance.subject or alliance.cue
                if label not in pairs.setdefault(key, []):
                    pairs[key].append(label)
    nodes = sorted({n for k in pairs for n in k})
    if not nodes:
        return ""
    pos = {
        n: (
            W / 2 + R * 1.5 * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
            H / 2 + R * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2),
        )
        for i, n in enumerate(nodes)
    }
    desc = "; ".join(f"{a} and {b}: {', '.join(v)}" for (a, b), v in pairs.items())
    out = [
        f'<svg class="alliance-map" viewBox="0 0 {W} {H}" role="img" aria-labelledby="map-title map-desc" '
        f'xmlns="http://www.w3.org/2000/svg">',
        '<title id="map-title">Alliance map: who works with whom</title>',
        f'<desc id="map-desc">{escape(desc)}</desc>',
    ]
    for a_name, b_name in pairs:
        (x1, y1), (x2, y2) = pos[a_name], pos[b_name]
        out.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" class="edge"/>')
    for n, (x, y) in pos.items():
        node = (
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="6" class="node"/>'
            f'<text x="{x:.0f}" y="{y - 12:.0f}" text-anchor="middle" class="label">{escape(n)}</text>'
        )
        out.append(node)
    out.append("</svg>")
    return "".join(out)
