"""The trie alternation matches exactly what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.patterns import trie_alternation

WORDS = st.lists(st.text(alphabet="ab .", min_size=1, max_size=4), min_size=1, max_size=6)
TAIL = r"(?P<tail>a?b)?(?![ab])"  # something after the name that may fail, forcing a shorter one


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=500, deadline=None)
@given(WORDS, st.text(alphabet="ab .", max_size=20))
def test_trie_alternation_finds_what_the_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile(f"(?P<n>{_plain(words)}){TAIL}")
    trie = re.compile(f"(?P<n>{trie_alternation(words)}){TAIL}")
    assert [m.span("n") for m in trie.finditer(text)] == [m.span("n") for m in plain.finditer(text)]


def test_known_shapes() -> None:
    assert re.fullmatch(trie_alternation(["BMW", "BMW Group"]), "BMW Group")
    assert re.fullmatch(trie_alternation(["BMW", "BMW Group"]), "BMW")
    assert not re.search(trie_alternation([]), "anything")
    assert re.fullmatch(trie_alternation(["a.b"]), "a.b") and not re.fullmatch(trie_alternation(["a.b"]), "axb")
