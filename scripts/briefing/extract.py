"""Run every extraction rule over an article and assemble its facts, each tied to its sentence."""

from __future__ import annotations

import re
from collections import Counter

from .alliances import find_alliances, find_ownership
from .companies import find_companies
from .gazetteer import Gazetteer
from .model import Alliance, Article, ArticleFacts, Facts, Mention, Money, Ownership, Person, Quote, Ref
from .money import dollar_for, find_money, money_kind
from .people import QuoteHit, attribute, find_people, find_quotes, load_lexicon, split_roles
from .topics import classify


def _figure_company(sentence: str, start: int, end: int, spots: list[tuple[str, int]]) -> str | None:
    """The company a figure concerns: the subject of its clause, else the nearest company named before it."""
    what = _clause(sentence, start, end)
    lo = sentence.find(what)
    in_clause = [n for n, st in spots if lo <= st < lo + len(what)]
    before = [n for n, st in spots if st < start]
    after = [n for n, st in spots if st >= end]
    return in_clause[0] if in_clause else before[-1] if before else after[0] if after else None


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause a figure sits in, verbatim: what the money is."""
    lo = max([0] + [m.end() for m in re.finditer(r"[,;:]\s+|\s+and\s+|\s+but\s+", sentence[:start])])
    m = re.search(r"[,;:.](?:\s|$)|\s+(?:and|but|while|as)\s+", sentence[end:])
    hi = end + m.start() if m else len(sentence)
    return sentence[lo:hi].strip()


def extract_article(article: Article, gazetteer: Gazetteer) -> ArticleFacts:
    mentions: list[Mention] = []
    found_alliances: list[tuple[Ref, str, tuple[str, ...], str, str]] = []
    ownership: list[Ownership] = []
    money: list[Money] = []
    dollar = dollar_for(article.raw_text)
    forms = set(gazetteer.by_surface)
    for p in article.paragraphs:
        # A company inside a person's role ("a former BMW executive") is not a party to a deal.
        roles = [h.role_span for h in find_people(p.text, forms) if h.role_span]
        for s in p.sentences:
            ref = Ref(article.slug, p.index, s.index)
            hits = find_companies(s.text, gazetteer)
            for name, text, start, end, known in hits:
                mentions.append(Mention(name, text, ref, start, end, known))
            spots = [
                (name, start, end)
                for name, _t, start, end, _k in hits
                if not any(lo <= s.start + start < hi for lo, hi in roles)
            ]
            for f in find_alliances(s.text, spots):
                partners = _outside_each_other(f.partners, gazetteer)
                if len(partners) >= 2:
                    found_alliances.append((ref, s.text, partners, f.subject, f.cue))
            for o in find_ownership(s.text, spots):
                ownership.append(Ownership(o.owner, o.owned, o.cue, ref, s.text))
            known_spots = [(n, st) for n, _t, st, _e, k in hits if k]
            for h in find_money(s.text, dollar):
                company = _figure_company(s.text, h.start, h.end, known_spots)
                money.append(
                    Money(
                        text=h.text,
                        amount=h.amount,
                        currency=h.currency,
                        ref=ref,
                        qualifier=h.qualifier,
                        year=h.year,
                        company=company,
                        amount_high=h.amount_high,
                        converted_amount=h.converted_amount,
                        converted_currency=h.converted_currency,
                        what=_clause(s.text, h.start, h.end),
                        kind=money_kind(_clause(s.text, h.start, h.end)),
                    )
                )
    # The main deal: news puts it in the lede, so only alliances of the first paragraph that states one
    # (the first or second: a standfirst may come first) compete;
    # among them the partner set stated most often in the article wins (earliest on a tie).
    counts = Counter(frozenset(partners) for _r, _s, partners, _sub, _c in found_alliances)
    first = min((a[0].paragraph for a in found_alliances), default=None)
    lede = [frozenset(a[2]) for a in found_alliances if first is not None and first <= 1 and a[0].paragraph == first]
    main = max(lede, key=lambda k: (counts[k], -lede.index(k)), default=None)
    alliances = [
        Alliance(partners, subject, cue, ref, sentence, main=frozenset(partners) == main)
        for ref, sentence, partners, subject, cue in found_alliances
    ]
    people, quotes = _people_and_quotes(article, gazetteer, mentions)
    _classify(article, alliances, ownership, money, mentions)
    return ArticleFacts(article, mentions, alliances, ownership, people, quotes, money)


def _join_split_quotes(text: str, hits: list[QuoteHit]) -> list[QuoteHit]:
    """“The van market,” said X, head of Y, “is too small.” is one quote, told in two pieces."""
    out: list[QuoteHit] = []
    verbs = load_lexicon().verb_re
    for q in hits:
        if (
            out
            and out[-1].text.endswith(",")
            and re.fullmatch(rf"\s*(?:{verbs})\b[^“\"”.]{{0,160}},\s*", text[out[-1].end : q.start])
        ):
            first = out.pop()
            joined = QuoteHit(f"{first.text} {q.text}", first.start, q.end, said_at=first.end)
            out.append(joined)
        else:
            out.append(q)
    return out


def _outside_each_other(partners: tuple[str, ...], gazetteer: Gazetteer) -> tuple[str, ...]:
    """A brand does not ally with its own group (Lexus and Toyota): keep the group, drop the brand."""

    def is_brand_of_partner(p: str) -> bool:
        company = gazetteer.get(p)
        return company is not None and company.kind == "brand" and any(q in gazetteer.ancestors(p) for q in partners)

    return tuple(p for p in partners if not is_brand_of_partner(p))


def _sentence_at(article: Article, paragraph: int, offset: int) -> int:
    for s in article.paragraphs[paragraph].sentences:
        if s.start <= offset < s.end:
            return s.index
    return 0


def _people_and_quotes(
    article: Article, gazetteer: Gazetteer, mentions: list[Mention]
) -> tuple[list[Person], list[Quote]]:
    forms = set(gazetteer.by_surface) | {m.company for m in mentions} | {m.text for m in mentions}
    people: dict[str, Person] = {}
    last_person: str | None = None
    quotes: list[Quote] = []
    previous_end = 0

    def resolve(name: str) -> str | None:
        if name in people:
            return name
        matches = [full for full in people if full.split()[-1] == name.split()[-1]]
        return matches[0] if len(matches) == 1 else None

    for p in article.paragraphs:
        # Quote text is the speaker's, not the article's: look for people outside the quotes.
        masked = p.text
        qhits = find_quotes(p.text)
        for q in qhits:
            masked = masked[: q.start] + " " * (q.end - q.start) + masked[q.end :]
        for hit in find_people(masked, forms):
            name = resolve(hit.name) or hit.name
            ref = Ref(article.slug, p.index, _sentence_at(article, p.index, hit.start))
            person = people.setdefault(name, Person(name, [], [], []))
            for role in split_roles(hit.role or ""):
                if role not in person.roles:
                    person.roles.append(role)
            person.mentions.append((ref, p.text[hit.start : hit.end]))
        company_forms = sorted({m.text for m in mentions if m.ref.paragraph == p.index})
        previous: Quote | None = None
        for q in _join_split_quotes(p.text, qhits):
            said = attribute(p.text, q, list(people), company_forms)
            speaker: str | None = None
            if said is None:
                # a quote right after another one, with nothing said in between, continues it
                gap = p.text[previous_end : q.start] if previous else ""
                speaker = previous.speaker if previous and not re.search(r"\w{3}", gap) else None
            elif said[0] == "pronoun":
                speaker = last_person
            elif said[0] == "company":
                name = re.sub(r"[’'‘]s?$", "", said[1])
                speaker = gazetteer.canonical(name) or next((m.company for m in mentions if m.text == said[1]), name)
            else:
                speaker = resolve(said[1])
                if speaker is None and len(said[1].split()) >= 2:
                    speaker = said[1]
                    people.setdefault(speaker, Person(speaker, [], [], []))
            ref = Ref(article.slug, p.index, _sentence_at(article, p.index, q.start))
            quote = Quote(q.text, speaker, ref)
            quotes.append(quote)
            previous, previous_end = quote, q.end
            if speaker in people:
                people[speaker].quotes.append(quote)
                last_person = speaker
        persons_here = [n for n, pr in people.items() if any(r.paragraph == p.index for r, _t in pr.mentions)]
        if persons_here:
            last_person = persons_here[-1]
    return list(people.values()), quotes


def _describe(partners: tuple[str, ...]) -> str:
    return " × ".join(partners)


def _classify(
    article: Article, alliances: list[Alliance], ownership: list[Ownership], money: list[Money], mentions: list[Mention]
) -> None:
    main_partners = {p for a in alliances if a.main for p in a.partners}
    # With no alliance in the lede, a takeover stated there is the article's main deal.
    main_takeovers = [] if main_partners else [o for o in ownership if o.ref.paragraph == 0]
    main_partners |= {n for o in main_takeovers for n in (o.owner, o.owned)}
    for p in article.paragraphs:
        here = [a for a in alliances if a.ref.paragraph == p.index]
        takeovers = [o for o in main_takeovers if o.ref.paragraph == p.index]
        topics = classify(
            p.text,
            [_describe(a.partners) for a in here if a.main] + [f"{o.owner} takes over {o.owned}" for o in takeovers],
            [_describe(a.partners) for a in here if not a.main],
            [m.text for m in money if m.ref.paragraph == p.index],
            sorted({m.company for m in mentions if m.ref.paragraph == p.index and m.company in main_partners}),
        )
        p.topics = [t for t, _r in topics]
        p.reasons = [f"{t}: {r}" for t, r in topics]


def extract(articles: list[Article], gazetteer: Gazetteer) -> Facts:
    """Every article's facts (pipeline.build_files does the same, reading and caching as it goes)."""
    return Facts([extract_article(a, gazetteer) for a in articles])
