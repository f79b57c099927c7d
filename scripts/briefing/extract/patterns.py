"""Regular-expression helpers shared by the rules."""

from __future__ import annotations

import re

from briefing.read.sentences import QUOTED


def mask_quotes(text: str) -> str:
    """`text` with every quoted passage blanked, offsets kept: quoted words are the speaker's, not the article's."""
    return QUOTED.sub(lambda m: " " * len(m.group()), text)


def trie_alternation(words: list[str]) -> str:
    """A pattern matching exactly what the alternation of `words`, longest first, matches: as a trie.

    Python's re tries each alternative in turn at every position; a trie tests one character at a time, so
    a gazetteer of hundreds of names costs about what one name does. Two words that match at the same place
    are one a prefix of the other, and the trie's greedy optional branches try the longer first, as the
    longest-first alternation does, backtracking to the shorter when the rest of the pattern fails.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    if not words:
        return r"(?!x)x"
    return emit(trie) if "" not in trie else f"(?:{emit(trie)})"
