"""The optional front matter of a seed: a `---` block of known keys, each checked on its own line."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from briefing.errors import BriefingError
from briefing.model import FrontMatter

FRONT_MATTER_KEYS = ("title", "date", "url", "publisher", "author")

# What web clippers and read-later tools call the same things in the front matter of a Markdown clipping.
# Their other keys (tags, created, description…) say nothing about the article and are passed over.
CLIPPER_KEYS = {
    "source": "url",
    "link": "url",
    "original_url": "url",
    "published": "date",
    "date_published": "date",
    "site": "publisher",
    "site_name": "publisher",
    "sitename": "publisher",
    "byline": "author",
    "authors": "author",
}

_WIKI_LINK = re.compile(r"^\[\[(?:[^|\]]*\|)?([^\]]+)\]\]$")


_FRONT_MATTER_MAX_LINES = 40


def split_front_matter(text: str, path: Path | str, clipping: bool = False) -> tuple[FrontMatter | None, str, int]:
    """(front matter or None, the article text after it, how many lines the block and blank lines took).

    A seed whose first line is `---` opens a YAML block closed by the next `---`; anything else is article text.
    """
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None, text, 0
    end = next((i for i, ln in enumerate(lines[1:_FRONT_MATTER_MAX_LINES], 1) if ln.strip() in ("---", "...")), None)
    if end is None:
        raise BriefingError(
            f"the first line '---' opens a front-matter block, but no closing '---' follows within "
            f"{_FRONT_MATTER_MAX_LINES} lines. Close it, or start the article with its text.",
            path,
            1,
        )
    meta = parse_front_matter(lines[1:end], path, first_line=2, clipping=clipping)
    skipped = end + 1
    while skipped < len(lines) and not lines[skipped].strip():
        skipped += 1
    return meta, "\n".join(lines[skipped:]), skipped


def _clipped_value(value: object) -> str | None:
    """A clipper's value as one line of text: a list of authors joined, a wiki link's words, a timestamp's day."""
    if isinstance(value, list):
        items = [v for v in map(_clipped_value, value) if v]
        return " and ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items) or None
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    m = _WIKI_LINK.match(value)
    return m.group(1).strip() if m else value


def parse_front_matter(lines: list[str], path: Path | str, first_line: int = 2, clipping: bool = False) -> FrontMatter:
    """Validate the YAML between the `---` lines; every problem names its line. A clipping's front matter is
    read leniently: the clipper's names for the known keys count, its other keys are passed over."""
    try:
        # BaseLoader keeps every value a string: "date: 2019-13-45" is ours to judge, "title: no" stays "no".
        data = yaml.load("\n".join(lines), Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise BriefingError(f"front matter: {problem}.", path, line) from None
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise BriefingError(
            "front matter must be 'key: value' lines (keys: " + ", ".join(FRONT_MATTER_KEYS) + ").", path, first_line
        )
    key_lines: dict[str, int] = {}
    for i, ln in enumerate(lines):
        m = re.match(r"([^\s:#][^:]*?)\s*:", ln)
        if m:
            if m.group(1) in key_lines:
                raise BriefingError(f"front matter: '{m.group(1)}' is given twice.", path, first_line + i)
            key_lines[m.group(1)] = first_line + i
    values: dict[str, str] = {}
    for key, value in data.items():
        line = key_lines.get(str(key), first_line)
        if clipping:
            key = CLIPPER_KEYS.get(str(key).lower(), str(key).lower())
            text = _clipped_value(value) if key in FRONT_MATTER_KEYS else None
            if text and len(text) <= 500 and key not in values:
                if key == "date":
                    text = text[:10]  # "2025-03-04T09:30:00+01:00": the day it was published
                key_lines[key] = line
                values[key] = text
            continue
        if key not in FRONT_MATTER_KEYS:
            raise BriefingError(
                f"front matter: unknown key '{key}'; the keys are {', '.join(FRONT_MATTER_KEYS)}.", path, line
            )
        if not isinstance(value, str) or "\n" in value.strip() or len(value) > 500:
            raise BriefingError(f"front matter: '{key}' must be one line of text.", path, line)
        values[key] = value.strip()
    when = None
    if values.get("date"):
        try:
            when = date.fromisoformat(values["date"])
        except ValueError:
            raise BriefingError(
                f"front matter: date '{values['date']}' is not a date; write it as YYYY-MM-DD, e.g. 2019-10-28.",
                path,
                key_lines.get("date", first_line),
            ) from None
    url = values.get("url") or None
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BriefingError(
                f"front matter: url '{url}' is not a web address; it must start with https:// or http://.",
                path,
                key_lines.get("url", first_line),
            )
    return FrontMatter(
        title=values.get("title") or None,
        date=when,
        url=url,
        publisher=values.get("publisher") or None,
        author=values.get("author") or None,
    )
