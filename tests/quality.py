"""Extraction quality over tests/corpus: precision, recall and F1 per field, against pinned floors.

.venv/bin/python tests/quality.py                 # print the table
.venv/bin/python tests/quality.py --misses        # and every miss and extra, article by article
.venv/bin/python tests/quality.py --raise-floors  # pin today's scores as the new floors (never lower)
.venv/bin/python tests/quality.py --raise-floors --allow-lower "why"   # the only way down

The baseline also pins a digest of the corpus (every article and its expectations): an edited expectation,
or an article added or removed, fails the gate until the floors are pinned again, so no score moves silently.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from briefing.extract import extract_article
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import ArticleFacts
from briefing.read import read_article

CORPUS = Path(__file__).with_name("corpus")
BASELINE = Path(__file__).with_name("quality_baseline.json")
FIELDS = (
    "companies",
    "unknown_companies",
    "alliances",
    "deal_types",
    "deal_status",
    "deal_roles",
    "ownership",
    "people",
    "roles",
    "quotes",
    "money",
    "money_owner",
    "money_kind",
    "topics",
    "open_questions",
    "traps",
)
# Deals the `alliances` field leaves to others: takeovers are scored as ownership, called-off deals by status.
_NOT_ALLIANCES_TYPES = {"acquisition"}
_NOT_ALLIANCES_STATUS = {"cancelled"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match(found: list[Any], expected: list[Any], same: Callable[[Any, Any], bool], score: Score, name: str) -> None:
    """Greedy one-to-one matching; each unmatched item is a false positive or a miss."""
    left = list(found)
    for exp in expected:
        hit = next((f for f in left if same(f, exp)), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{name}: missed {exp}")
        else:
            score.tp += 1
            left.remove(hit)
    score.fp += len(left)
    score.misses += [f"{name}: extra {f}" for f in left]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1.0)


def _money_same(f: dict[str, Any], e: dict[str, Any]) -> bool:
    conv = e.get("converted") or {}
    return (
        _close(f["amount"], float(e["amount"]))
        and f["currency"] == e["currency"]
        and f["qualifier"] == e.get("qualifier")
        and f["year"] == e.get("year")
        and _close(f["amount_high"], None if e.get("amount_high") is None else float(e["amount_high"]))
        and _close(f["converted_amount"], None if not conv else float(conv["amount"]))
    )


def found_fields(af: ArticleFacts) -> dict[str, list[Any]]:
    known = sorted({m.company for m in af.mentions if m.known})
    people = {p.name: p for p in af.people}
    sentences = {(p.index, s.index): s.text for p in af.article.paragraphs for s in p.sentences}
    return {
        "companies": known,
        "unknown_companies": sorted({m.company for m in af.mentions if not m.known}),
        "alliances": list(
            dict.fromkeys(
                frozenset(d.partners)
                for d in af.deals
                if d.type not in _NOT_ALLIANCES_TYPES and d.status not in _NOT_ALLIANCES_STATUS
            )
        ),
        "deal_types": list(dict.fromkeys((frozenset(d.partners), d.type) for d in af.deals)),
        "deal_status": list(dict.fromkeys((frozenset(d.partners), d.status) for d in af.deals)),
        "deal_roles": list(
            dict.fromkeys(
                (frozenset(d.partners), p.name, p.role) for d in af.deals for p in d.parties if p.role != "partner"
            )
        ),
        "ownership": list(dict.fromkeys((o.owner, o.owned) for o in af.ownership)),
        "people": sorted(people),
        "roles": [(p.name, r) for p in people.values() for r in p.roles],
        "quotes": [(q.speaker, q.text) for q in af.quotes],
        "money": [
            {
                "amount": m.amount,
                "currency": m.currency,
                "qualifier": m.qualifier,
                "year": m.year,
                "amount_high": m.amount_high,
                "converted_amount": m.converted_amount,
                "text": m.text,
                "company": m.company,
                "kind": m.kind,
            }
            for m in af.money
        ],
        "topics": [(p.index, t) for p in af.article.paragraphs for t in p.topics],
        "open_questions": [sentences[(lb.ref.paragraph, lb.ref.sentence)] for lb in af.labels if lb.label == "open"],
        "title": [af.article.title if af.article.title_from == "headline" else None],
    }


def _traps(af: ArticleFacts, got: dict[str, list[Any]], exp: dict[str, Any], score: Score, name: str) -> None:
    """Each must-not entry that the extraction avoided is a hit; each one it fell into, a false positive."""
    checks: list[tuple[str, bool]] = []
    for company in exp.get("companies_not") or []:
        checks.append((f"company {company}", company in got["companies"]))
    # a takeover is scored as ownership and a called-off deal by its status: neither makes them partners
    deals = [
        set(d.partners)
        for d in af.deals
        if d.type not in _NOT_ALLIANCES_TYPES and d.status not in _NOT_ALLIANCES_STATUS
    ]
    for entry in exp.get("alliances_not") or []:
        checks.append((f"deal {entry['partners']}", any(set(entry["partners"]) <= d for d in deals)))
    texts = [m["text"] for m in got["money"]]
    for surface in exp.get("money_not") or []:
        checks.append((f"money {surface!r}", any(surface in t or t in surface for t in texts)))
    for person in exp.get("people_not") or []:
        checks.append((f"person {person!r}", person in got["people"]))
    if "title" in exp:
        checks.append((f"title {exp['title']!r}", got["title"][0] != exp["title"]))
    for what, fell in checks:
        if fell:
            score.fp += 1
            score.misses.append(f"{name}: fell into trap {what}")
        else:
            score.tp += 1


def _typed(exp: dict[str, Any]) -> bool:
    """Articles written since issue 10 give every deal its type and status; older ones are not scored on them."""
    return all("type" in a and "status" in a for a in exp.get("alliances") or []) and bool(exp.get("alliances"))


def score_article(af: ArticleFacts, exp: dict[str, Any], scores: dict[str, Score], name: str) -> None:
    got = found_fields(af)
    eq = lambda a, b: a == b  # noqa: E731
    _match(got["companies"], exp.get("companies") or [], eq, scores["companies"], name)
    _match(got["unknown_companies"], exp.get("unknown_companies") or [], eq, scores["unknown_companies"], name)
    deals = exp.get("alliances") or []
    alliances = [
        frozenset(a["partners"])
        for a in deals
        if a.get("type") not in _NOT_ALLIANCES_TYPES and a.get("status") not in _NOT_ALLIANCES_STATUS
    ]
    _match(got["alliances"], list(dict.fromkeys(alliances)), eq, scores["alliances"], name)
    if _typed(exp) or not deals:
        types = list(dict.fromkeys((frozenset(a["partners"]), a["type"]) for a in deals))
        _match(got["deal_types"], types, eq, scores["deal_types"], name)
        status = list(dict.fromkeys((frozenset(a["partners"]), a["status"]) for a in deals))
        _match(got["deal_status"], status, eq, scores["deal_status"], name)
        roles = list(
            dict.fromkeys(
                (frozenset(a["partners"]), who, role)
                for a in deals
                for role, names in (a.get("roles") or {}).items()
                if role != "partner"
                for who in names
            )
        )
        _match(got["deal_roles"], roles, eq, scores["deal_roles"], name)
    _match(
        got["ownership"], [(o["owner"], o["owned"]) for o in exp.get("ownership") or []], eq, scores["ownership"], name
    )
    _match(got["people"], [p["name"] for p in exp.get("people") or []], eq, scores["people"], name)
    people_roles = [(p["name"], p["role"]) for p in exp.get("people") or [] if p.get("role")]
    _match(
        got["roles"], people_roles, lambda f, e: f[0] == e[0] and e[1].lower() in f[1].lower(), scores["roles"], name
    )
    quotes = [(q["speaker"], q["contains"]) for q in exp.get("quotes") or []]
    _match(got["quotes"], quotes, lambda f, e: f[0] == e[0] and e[1] in f[1], scores["quotes"], name)
    money = exp.get("money") or []
    _match(got["money"], money, _money_same, scores["money"], name)
    if money and all("company" in m for m in money):
        _match(
            got["money"],
            money,
            lambda f, e: _money_same(f, e) and f["company"] == e["company"],
            scores["money_owner"],
            name,
        )
    if money and all("kind" in m for m in money):
        _match(
            got["money"], money, lambda f, e: _money_same(f, e) and f["kind"] == e["kind"], scores["money_kind"], name
        )
    topics = [(i, t) for i, ts in enumerate(exp.get("topics") or []) for t in ts]
    _match(got["topics"], topics, eq, scores["topics"], name)
    if "open_questions" in exp:
        _match(
            got["open_questions"],
            exp["open_questions"] or [],
            lambda f, e: e in f,
            scores["open_questions"],
            name,
        )
    _traps(af, got, exp, scores["traps"], name)


def evaluate(paths: Iterable[Path] | None = None) -> dict[str, Score]:
    gazetteer = load_gazetteer()
    scores = {f: Score() for f in FIELDS}
    for txt in sorted(paths or CORPUS.glob("*.txt")):
        exp = yaml.safe_load(txt.with_suffix(".expected.yaml").read_text(encoding="utf-8")) or {}
        af = extract_article(read_article(txt), gazetteer)
        score_article(af, exp, scores, txt.stem)
    return scores


def table(scores: dict[str, Score]) -> str:
    rows = ["field              precision  recall     F1    tp   fp   fn"]
    for name, s in scores.items():
        rows.append(f"{name:<18} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:4d} {s.fn:4d}")
    return "\n".join(rows)


def load_floors() -> dict[str, dict[str, float]]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]


def corpus_digest() -> str:
    """SHA-256 over every article and expectations file of the corpus, by name, in name order."""
    digest = hashlib.sha256()
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.expected.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def pinned_digest() -> str | None:
    return json.loads(BASELINE.read_text(encoding="utf-8")).get("corpus_digest")


def raise_floors(scores: dict[str, Score], allow_lower: str | None) -> None:
    data = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {"floors": {}, "history": []}
    new: dict[str, dict[str, float]] = {}
    lowered = []
    for name, s in scores.items():
        old = data["floors"].get(name, {"precision": 0.0, "recall": 0.0})
        now = {"precision": round(s.precision - 0.0005, 3), "recall": round(s.recall - 0.0005, 3)}
        for k in now:
            if now[k] < old[k]:
                lowered.append(f"{name}.{k} {old[k]} → {now[k]}")
        new[name] = now if allow_lower else {k: max(now[k], old[k]) for k in now}
    if lowered and not allow_lower:
        print("kept the old floor for (scores are below it):\n  " + "\n  ".join(lowered))
    data["floors"] = new
    data["corpus_digest"] = corpus_digest()
    data["articles"] = len(list(CORPUS.glob("*.txt")))
    if allow_lower and lowered:
        data["history"].append({"lowered": lowered, "reason": allow_lower})
    BASELINE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--allow-lower", metavar="REASON")
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    scores = evaluate()
    print(table(scores))
    if args.misses:
        for s in scores.values():
            print("\n".join(s.misses))
    if args.raise_floors:
        raise_floors(scores, args.allow_lower)
    return 0


if __name__ == "__main__":
    sys.exit(main())
