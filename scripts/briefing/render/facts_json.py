"""facts.json: every fact with its article slug and paragraph index, in a stable order."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.model import Facts, Ref
from briefing.render.catalog import Catalog


def _cited(ref: Ref) -> dict[str, object]:
    """Where a fact is cited: its article, paragraph and sentence."""
    return {"article": ref.article, "paragraph": ref.paragraph, "sentence_index": ref.sentence}


def facts_dict(facts: Facts, catalog: Catalog) -> dict:
    articles = [
        {
            "slug": af.article.slug,
            "title": af.article.title,
            "title_from": af.article.title_from,
            "format": af.article.format,
            "file": Path(af.article.path).name,
            "source": af.article.source,
            "byline": af.article.byline,
            "meta": (
                {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in vars(af.article.meta).items()}
                if af.article.meta
                else None
            ),
            "paragraphs": [
                {
                    "index": p.index,
                    "kind": p.kind,
                    "text": p.text,
                    "topics": p.topics,
                    "reasons": p.reasons,
                    "sentences": [s.text for s in p.sentences],
                }
                for p in af.article.paragraphs
            ],
        }
        for af in facts.articles
    ]
    companies = [
        {
            "name": c.name,
            "aliases": c.aliases,
            "in_gazetteer": c.known,
            "kind": c.info.kind if c.info else None,
            "parent": c.info.parent if c.info else None,
            "country": c.info.country if c.info else None,
            "mentions": [
                {"article": m.ref.article, "paragraph": m.ref.paragraph, "sentence": m.ref.sentence, "text": m.text}
                for m in c.mentions
            ],
        }
        for c in catalog.companies.values()
    ]
    deals = [
        {
            "type": d.type,
            "status": d.status,
            "parties": [{"name": p.name, "role": p.role} for p in d.parties],
            "subject": d.subject,
            "share": d.share,
            "cue": d.cue,
            "main": d.main,
            **_cited(d.ref),
            "sentence": d.sentence,
            "evidence": [{"paragraph": r.paragraph, "sentence_index": r.sentence} for r in d.evidence],
            "history": [
                {"status": s.status, "cue": s.cue, "paragraph": s.ref.paragraph, "sentence_index": s.ref.sentence}
                for s in d.history
            ],
        }
        for d in catalog.deals
    ]
    ownership = [
        {
            "owner": o.owner,
            "owned": o.owned,
            "share": o.share,
            "cue": o.cue,
            **_cited(o.ref),
        }
        for o in catalog.ownership
    ]
    labels = [
        {
            "label": lb.label,
            "reason": lb.reason,
            **_cited(lb.ref),
        }
        for af in facts.articles
        for lb in af.labels
    ]
    people = [
        {
            "name": p.name,
            "roles": p.roles,
            "mentions": [{"article": r.article, "paragraph": r.paragraph, "text": t} for r, t in p.mentions],
            "quotes": [{"text": q.text, "article": q.ref.article, "paragraph": q.ref.paragraph} for q in p.quotes],
        }
        for p in catalog.people.values()
    ]
    quotes = [
        {
            "text": q.text,
            "speaker": q.speaker,
            "said_together_by": list(q.by),
            "article": q.ref.article,
            "paragraph": q.ref.paragraph,
        }
        for q in catalog.quotes
    ]
    money = [
        {
            "text": m.text,
            "amount": m.amount,
            "amount_high": m.amount_high,
            "currency": m.currency,
            "year": m.year,
            "period": m.period,
            "region": m.region,
            "deal": list(m.deal),
            "qualifier": m.qualifier,
            "company": m.company,
            "converted": (
                {"amount": m.converted_amount, "currency": m.converted_currency}
                if m.converted_amount is not None
                else None
            ),
            "what": m.what,
            "kind": m.kind,
            **_cited(m.ref),
        }
        for m in catalog.money
    ]
    relationships = [
        {
            "parties": list(r.parties),
            "types": r.types,
            "status": r.status,
            "articles": r.articles,
            "history": [
                {"status": s.status, "cue": s.cue, "date": s.date.isoformat() if s.date else None, **_cited(s.ref)}
                for s in r.history
            ],
        }
        for r in catalog.relationships
    ]
    timeline = [
        {
            "date": e.date,
            "derived": e.derived,
            "kind": e.kind,
            "article": e.article,
            "words": e.words,
            "parties": list(e.parties),
            "deal_type": e.deal_type,
            "status": e.status,
            **({"paragraph": e.ref.paragraph, "sentence_index": e.ref.sentence} if e.ref else {}),
        }
        for e in catalog.timeline
    ]
    conflicts = [
        {
            "company": c.company,
            "kind": c.kind,
            "period": c.period,
            "region": c.region,
            "figures": [{"text": m.text, **_cited(m.ref)} for m in c.figures],
        }
        for c in catalog.conflicts
    ]
    return {
        "articles": articles,
        "companies": companies,
        "deals": deals,
        "ownership": ownership,
        "labels": labels,
        "people": people,
        "quotes": quotes,
        "money": money,
        "relationships": relationships,
        "timeline": timeline,
        "conflicts": conflicts,
    }


def facts_to_json(facts: Facts, catalog: Catalog) -> str:
    # No indent: with one, json falls back from its C encoder to pure Python, 20 times slower.
    return json.dumps(facts_dict(facts, catalog), ensure_ascii=False) + "\n"
