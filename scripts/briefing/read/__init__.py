"""Read: seed files → checked, normalised text → Article (front matter, paragraphs, sentences, headline).

files.py finds and decodes the seeds; frontmatter.py reads the optional `---` block; article.py cuts the text
into paragraphs and sentences (sentences.py) and finds the headline, byline, date line (datelines.py) and source.
"""

from briefing.read.article import derive_title, is_headline, normalise, parse_article, parse_seed, read_article
from briefing.read.files import MAX_BYTES, decode, describe_ignored, find_seeds, plan_folder, read_bytes, slugify
from briefing.read.frontmatter import FRONT_MATTER_KEYS

__all__ = [
    "FRONT_MATTER_KEYS",
    "MAX_BYTES",
    "decode",
    "derive_title",
    "describe_ignored",
    "find_seeds",
    "is_headline",
    "normalise",
    "parse_article",
    "parse_seed",
    "plan_folder",
    "read_article",
    "read_bytes",
    "slugify",
]
