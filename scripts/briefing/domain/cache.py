"""What is made from the data files is made once, and made again when they change.

`compiled` caches it, `clear()` forgets it all (`make serve` after an edit of data/), and `digest()` says when
cached pages must be remade because the rules changed.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from briefing.domain import files
from briefing.domain.loaders import LOADERS

_COMPILED: list[Any] = []


def compiled(fn: Any = None, *, maxsize: int | None = None) -> Any:
    """Anything made from the data files (a loaded file, a compiled pattern, a result that depends on the
    rules): made once, forgotten by clear(). `@compiled` or `@compiled(maxsize=N)`."""

    def wrap(f: Any) -> Any:
        cached = lru_cache(maxsize=maxsize)(f)
        _COMPILED.append(cached)
        return cached

    return wrap(fn) if fn is not None else wrap


def clear() -> None:
    """Forget every loaded file and everything compiled from them (`make serve` after an edit of data/)."""
    for cached in (*LOADERS, *_COMPILED):
        cached.cache_clear()


def digest() -> str:
    """Changes with any byte of data/ or of the templates: what a page depends on besides its article."""
    h = hashlib.blake2b(digest_size=16)
    for folder in (files.DATA, files.TEMPLATES):
        for path in sorted(folder.iterdir()):
            if path.is_file():
                h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
