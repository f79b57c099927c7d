"""A synthetic article as a saved news page, for the bench: the story inside a news site's template, as heavy as
real saved pages are (inline styles and scripts, menus, related stories, a cookie banner, comments).

The text is the synthetic corpus's (tools/synth.py); only the wrapping is made here, varied by a seeded random
generator so that no two pages share the same boilerplate.
"""

from __future__ import annotations

import html
import json
import random

_SECTIONS = ["Autos", "Markets", "Technology", "Energy", "Business", "World", "Opinion", "Climate", "Trade", "Video"]
_TOPICS = ["batteries", "chips", "tariffs", "recalls", "earnings", "plants", "charging", "software", "hydrogen"]
_WORDS = ["car", "plant", "deal", "stake", "talks", "cells", "chips", "sales", "profit", "venture", "recall", "fleet"]
_WORDS += ["brand", "model", "range", "grid"]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize()


def _css(rng: random.Random, rules: int) -> str:
    out = []
    for i in range(rules):
        name = f"{rng.choice(['c', 'x', 'ui', 'nw'])}-{rng.randrange(16**6):06x}"
        props = f"margin:{rng.randrange(40)}px;padding:{rng.randrange(20)}px {i % 13}px;"
        props += f"color:#{rng.randrange(16**6):06x}"
        out.append(f".{name}{{{props};font-size:{rng.randrange(10, 30)}px}}")
    return "\n".join(out)


def _script(rng: random.Random, entries: int) -> str:
    config = {
        f"slot_{i}": {"id": rng.randrange(10**9), "sizes": [[300, 250], [728, 90]], "kw": rng.sample(_TOPICS, 3)}
        for i in range(entries)
    }
    return f"window.__SITE_CONFIG__ = {json.dumps(config)};"


def _menu(rng: random.Random) -> str:
    items = []
    for section in _SECTIONS:
        links = "".join(
            f'<li><a href="/{section.lower()}/{rng.choice(_TOPICS)}-{j}">{_words(rng, 2)}</a></li>' for j in range(12)
        )
        items.append(f'<li class="menu__item"><a href="/{section.lower()}">{section}</a><ul>{links}</ul></li>')
    return f'<nav class="menu" aria-label="Sections"><ul>{"".join(items)}</ul></nav>'


def _teasers(rng: random.Random, count: int, label: str) -> str:
    cards = "".join(
        f'<li class="card"><a href="/{rng.choice(_TOPICS)}/{rng.randrange(10**6)}"><h3>{_words(rng, 7)}</h3></a>'
        f"<p>{_words(rng, 14)}.</p><time>{rng.randrange(1, 28)} hours ago</time></li>"
        for _ in range(count)
    )
    return f'<aside class="related"><h2>{label}</h2><ul>{cards}</ul></aside>'


def web_page(text: str, rng: random.Random, site: str = "Example Auto News") -> str:
    """`text` (a headline, then blank-line paragraphs) as a saved page of about 100-250 KB."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    headline = blocks.pop(0) if blocks and not blocks[0].rstrip().endswith(".") else _words(rng, 6)
    body = "".join(f"<p>{html.escape(b)}</p>" for b in blocks)
    day = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    slug = "-".join(headline.lower().split()[:6])
    comments = "".join(
        f'<li class="comment"><b>reader{rng.randrange(999)}</b><p>{_words(rng, 20)}.</p></li>' for _ in range(8)
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{day}T08:00:00Z">
<link rel="canonical" href="https://news.example/autos/{html.escape(slug)}">
<style>{_css(rng, rng.randrange(900, 1600))}</style>
<script>{_script(rng, rng.randrange(150, 400))}</script>
</head><body>
<div class="cookie" role="dialog"><p>We and our partners use cookies to personalise ads.</p>
<button>Accept all</button></div>
<header><a class="logo" href="/">{site}</a>{_menu(rng)}</header>
<main><article><h1>{html.escape(headline)}</h1><p class="byline">By Staff Reporter</p>{body}</article>
{_teasers(rng, rng.randrange(8, 20), "Related stories")}
<section class="comments"><h2>Comments</h2><ol>{comments}</ol></section></main>
<footer>{_teasers(rng, 12, "Most read")}<p>Copyright {site}. All rights reserved.</p></footer>
<script>{_script(rng, rng.randrange(50, 150))}</script>
</body></html>
"""
