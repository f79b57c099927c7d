"""The blocks of a web page's main text or of a clipping that are not the article: site chrome, sections such
as "Related stories" or a press release's company profile, and what follows a press release's end mark.

The rules are data (data/boilerplate.yaml). They judge whole blocks only, never words inside a sentence, and
they run after trafilatura or Python-Markdown found the text: a last pass over what those libraries keep.
"""

from __future__ import annotations

import re

from briefing import domain

# (heading level 1-6, or 0 for a paragraph or list item; its text)
Block = tuple[int, str]

_PROFILE = re.compile(r"About(?:\s+(?:[A-Z0-9][\w&.,'’-]*|of|and|de|la|&)){1,8}")


@domain.compiled
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = domain.boilerplate()

    def one(items: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)

    return one(data.chrome), one(data.sections), one(data.ends)


def opens_section(text: str) -> bool:
    """A heading that opens a part which is not the story ("Related stories", "About Hyundai Motor Company")."""
    return bool(_patterns()[1].fullmatch(text) or _PROFILE.fullmatch(text))


def article_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks that are the article's, in order."""
    chrome, _sections, ends = _patterns()
    kept: list[Block] = []
    skipping = 0  # the level of the heading whose section is being skipped; 0 when none is
    for level, text in blocks:
        if ends.fullmatch(text):
            break
        if skipping and (level == 0 or level > skipping):
            continue
        skipping = 0
        if level and opens_section(text):
            skipping = level
            continue
        if not chrome.fullmatch(text):
            kept.append((level, text))
    return kept
