"""Domain data (data/*.yaml): loaded once, checked against a typed schema, and handed out as frozen dataclasses.

A malformed file stops the build with exit code 3 and a message naming the file, the key and what was expected
(errors.DataError). `clear()` forgets every loaded file, so `make serve` picks up an edit; `digest()` changes
with any byte of data/ or of the templates, so cached pages are remade when the rules change.

Callers import from here (`domain.deals()`, `@domain.compiled`); a change goes in the module of its idea:
files.py (where the files are, typed reading with checks), schema.py (the dataclasses), loaders.py (one
loader per file, with its cross-checks), cache.py (what is made once, and when to make it again).
"""

from briefing.domain.cache import clear, compiled, digest
from briefing.domain.files import DATA, TEMPLATES, load_data_file
from briefing.domain.loaders import LOADERS, boilerplate, check_all, deals, glossary, money, people, references, topics
from briefing.domain.schema import (
    MONTH_NAMES,
    BoilerplateData,
    DealsData,
    MoneyData,
    PeopleData,
    PeriodsData,
    ReferencesData,
    TopicsData,
)

__all__ = [
    "DATA",
    "LOADERS",
    "MONTH_NAMES",
    "TEMPLATES",
    "BoilerplateData",
    "DealsData",
    "MoneyData",
    "PeopleData",
    "PeriodsData",
    "ReferencesData",
    "TopicsData",
    "boilerplate",
    "check_all",
    "clear",
    "compiled",
    "deals",
    "digest",
    "glossary",
    "load_data_file",
    "money",
    "people",
    "references",
    "topics",
]
