"""The data files: where they are, parsed as YAML, and read key by key with checks that name the file and key.

A value of the wrong shape stops the build (errors.DataError, exit code 3) with the key, what was expected and
what the file holds, so a malformed file is fixed from the message alone.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import DataError

DATA = Path(__file__).parents[1] / "data"
TEMPLATES = Path(__file__).parents[1] / "render" / "templates"
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


class Reader:
    """Typed access to one data file: each getter checks its key and names it in the error."""

    def __init__(self, name: str):
        self.path = DATA / name
        self.data = load_data_file(self.path)

    def fail(self, key: str, expected: str, got: object) -> DataError:
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
            raise self.fail(key, "a non-empty list of non-empty strings", value)
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                # a bare `On` or `No` is a boolean to YAML, "a: b" a mapping: quote such items
                raise self.fail(f"{key}[{i}]", "a non-empty string (quote it in the YAML file)", item)
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
            raise self.fail(key, "a non-empty mapping", value)
        for k, v in value.items():
            if not isinstance(k, str) or not isinstance(v, kind) or isinstance(v, bool):
                raise self.fail(f"{key}.{k}", "a number" if number else "a string", v)
        return {k: float(v) if number else v for k, v in value.items()}

    def lists(
        self, key: str, allowed: tuple[str, ...] | None = None, patterns: bool = False
    ) -> dict[str, tuple[str, ...]]:
        """A mapping of names to lists of strings; with `allowed`, the names must be among those."""
        value = self.get(key)
        if not isinstance(value, dict) or not value:
            raise self.fail(key, "a non-empty mapping of names to lists", value)
        out = {}
        for name in value:
            if allowed is not None and name not in allowed:
                raise self.fail(f"{key}.{name}", f"one of {', '.join(allowed)}", name)
            out[name] = self.words(f"{key}.{name}", patterns)
        return out
