"""People of an article and who said each quote: names merged within the article, quotes told in pieces joined,
follow-up quotes kept with their speaker."""

from __future__ import annotations

import re

from briefing import domain
from briefing.extract.gazetteer import Gazetteer
from briefing.extract.people import find_people, split_roles
from briefing.extract.person_names import load_lexicon
from briefing.extract.quotes import QuoteHit, attribute, paragraph_quotes
from briefing.model import Article, Mention, Paragraph, Person, Quote, Ref

# (the "Company"), (together, the "Parties"), the “Agreement”: a defined term of a release, not a quotation.
_DEFINED = re.compile(r"(?:\(\s*(?:together,?\s+|each\s+a\s+|collectively,?\s+)?(?:the\s+)?|\bthe\s+)$", re.IGNORECASE)
_SPOKESPERSON = re.compile(r"^[\s,—-]{0,3}the\s+(?:spokes(?:person|man|woman)|representative)\s+(?:said|says|added)\b")


def _plural_nouns() -> str:
    """The nouns that describe companies, in the plural ("automakers", "companies"), as one alternation."""
    nouns = sorted(domain.references().description_nouns)
    return "|".join(n[:-1] + "ies" if n.endswith("y") else n + "s" for n in nouns)


@domain.compiled
def _several_said() -> re.Pattern[str]:
    """What says a quote is several speakers' ("the two companies said", "Kia and Mazda said", "they said"):
    one quote has one speaker here, so such a quote is given to no one rather than to one of them."""
    nouns = _plural_nouns()
    name = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}"
    # "Ralf Speth, JLR chief executive, and Yin Tongyao, chairman of Chery, said": each name with its role
    role = r"(?:,\s+[^,;“”\"]{2,80},)?"
    several = rf"(?:the|both)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})|they|{name}{role}\s+and\s+{name}{role}"
    return re.compile(rf"^[\s,”\"’—-]{{0,4}}(?:{several})\s+(?:{load_lexicon().verb_re})\b")


@domain.compiled
def _several_before() -> re.Pattern[str]:
    """ "In a joint statement the two carmakers said that they had “…”": companies described together, with a
    speech verb, before the quote in its own sentence."""
    return re.compile(
        rf"\b(?P<said>(?:the|both)\s+(?:[\w-]+\s+){{0,2}}?(?:{_plural_nouns()}))\s+(?:{load_lexicon().verb_re})\b[^“\"”.]*$"
    )


def _one_titled(said: str) -> bool:
    """ "AB Volvo President and CEO Olof Persson said": one person whose titles are joined by "and", not two
    speakers (titles set off by commas, "Ralf Speth, JLR chief executive, and Yin Tongyao, ...", are each one's)."""
    bare = re.sub(r",[^,]*,", " ", said)
    titles = load_lexicon().title_words
    return any(a in titles and b in titles for a, b in re.findall(r"\b([A-Za-z]+)\s+and\s+([A-Za-z]+)\b", bare))


def _companies_together(said: str, mentions: list[Mention], ref: Ref) -> tuple[str, ...]:
    """ "“Subaru and Toyota believe …,” the automakers said": the companies its sentence names, when the quote
    is said by companies described together ("the automakers", "both companies"), not by "they" or people."""
    if not re.match(r"[\s,”\"’—-]*(?:the|both)\b", said):
        return ()
    named = tuple(sorted({m.company for m in mentions if m.ref == ref}))
    if len(named) >= 2:
        return named
    # "“…,” the three companies said in a joint statement": as many companies as the sentence before names
    count = re.match(r"[\s,”\"’—-]*the\s+(two|three|four)\b", said)
    before = [m.ref for m in mentions if (m.ref.paragraph, m.ref.sentence) < (ref.paragraph, ref.sentence)]
    if not count or not before:
        return ()
    last = max(before, key=lambda r: (r.paragraph, r.sentence))
    if last.paragraph < ref.paragraph - 1:
        return ()  # only the sentence just before says who "the three companies" are
    named = tuple(sorted({m.company for m in mentions if m.ref == last}))
    return named if len(named) == ("two", "three", "four").index(count[1]) + 2 else ()


def _two_say(text: str, q: QuoteHit, name: str, mentions: list[Mention], paragraph: int) -> tuple[str, ...]:
    """The two companies of "Stellantis and CATL said … “…”", when the one named first opens the quote's
    sentence with the other and a speech verb."""
    forms = {m.text: m.company for m in mentions if m.ref.paragraph == paragraph}
    start = max(0, text.rfind(". ", 0, q.start) + 1)
    for other, company in forms.items():
        pattern = rf"\s*{re.escape(name)}\s+and\s+{re.escape(other)}\s+(?:{load_lexicon().verb_re})\b"
        if re.match(pattern, text[start : q.start]) and forms.get(name) != company:
            return tuple(sorted({forms.get(name, name), company}))
    return ()


def _defined_term(text: str, q: QuoteHit) -> bool:
    words = q.text.split()
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return len(words) <= 3 and capitalised and bool(_DEFINED.search(text[max(0, q.start - 40) : q.start]))


# A paragraph that only introduces the quote of the next one: a speech verb, or "Comments by", then a colon.
_LEAD_IN = re.compile(r"(?:\b(?:said|says|added|commented|comments|stated|explained)|\bComments\s+by\b.*)\s*:\s*$")


def _in_double_marks(text: str, quotes: list[QuoteHit]) -> str:
    """`text` with the single marks of its quotes made double, so the rules that look around a quote stop at
    the marks of the next one as they do with double marks (one letter for one: offsets are kept)."""
    out = list(text)
    for q in quotes:
        if out[q.start] in "'‘":
            out[q.start] = "“"
            if q.end <= len(text) and out[q.end - 1] in "'’":
                out[q.end - 1] = "”"
    return "".join(out)


def _join_split_quotes(text: str, hits: list[QuoteHit]) -> list[QuoteHit]:
    """“The van market,” said X, head of Y, “is too small.” and “With this plant,” Park said, “both ...” are one
    quote each, told in two pieces."""
    out: list[QuoteHit] = []
    verbs = load_lexicon().verb_re
    for q in hits:
        gap = text[out[-1].end : q.start] if out else ""
        if (
            out
            and out[-1].text.endswith(",")
            and re.fullmatch(rf"\s*(?:[^“\"”.,]{{0,60}}?\s)?(?:{verbs})\b[^“\"”.]{{0,160}},\s*", gap)
        ):
            first = out.pop()
            out.append(QuoteHit(f"{first.text} {q.text}", first.start, q.end, said_at=first.end))
        else:
            out.append(q)
    return out


_ON_OUTLET = re.compile(r"\b(?:on|in|to)\s+(?:[A-Z][\w&.-]*(?:[’']s)?\s+){1,3}$")


def _title_in_marks(text: str, q: QuoteHit) -> bool:
    """A show's, paper's or book's name in marks after "on CNBC's", "in the Financial Times'": a few words, each
    capitalised."""
    words = q.text.rstrip(".,").split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() or w in ("of", "the", "and") for w in words)
        and bool(_ON_OUTLET.search(text, max(0, q.start - 60), q.start))
    )


def _scare_quote(paragraph: Paragraph, text: str, q: QuoteHit) -> bool:
    """A few words in quote marks inside a sentence that no one says (the firms formed a “strategic pact”,
    they hail “a new era”): the writer's term, not a quote. Someone speaks when a speech verb comes before it
    in its sentence or a few words after it (“...”, a source said)."""
    if len(q.text.split()) > 6:
        return False
    sentence = next((s for s in paragraph.sentences if s.start <= q.start < s.end), None)
    if sentence is None or not re.search(r"\w", text[sentence.start : q.start]):
        return False
    lex = load_lexicon()
    said = rf"\b(?:{lex.verb_re})\b|{lex.naming_re}|:"
    after = text[q.end : sentence.end]
    return not re.search(said, text[sentence.start : q.start]) and not re.match(
        rf"[\s,”\"’—-]*(?:[\w’'-]+\s+){{0,4}}?(?:{lex.verb_re})\b", after
    )


def _sentence_at(paragraph: Paragraph, offset: int) -> int:
    for s in paragraph.sentences:
        if s.start <= offset < s.end:
            return s.index
    return 0


def _new_sentence(between: str) -> str | None:
    """The words of a new sentence before a quote, when they are a statement of their own (no speech verb):
    "... momentum.” Ford has scheduled a news conference for “to share news ...”" is not the last speaker's."""
    ends = [m.end() for m in re.finditer(r"(?<![A-Z])[.!?][”\"’']?\s+(?=[A-Z])", between)]
    if not ends:
        return None
    tail = between[ends[-1] :].strip()
    if len(tail.split()) < 3 or re.search(rf"\b(?:{load_lexicon().verb_re})\b", tail):
        return None
    return tail


def _titled_speaker(after: str, people: dict[str, Person]) -> str | None:
    """ "“…,” Autoliv's CEO added": the one person named before whose role has that title."""
    lex = load_lexicon()
    m = re.match(
        rf"[\s,”\"’—-]{{0,4}}(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}[’'‘]s?\s+)?"
        rf"(?P<role>{lex.role_re})\s+(?:{lex.verb_re})\b",
        after,
    )
    if m is None:
        return None
    title = m["role"].lower()
    holders = [n for n, pr in people.items() if any(re.search(rf"\b{re.escape(title)}\b", r.lower()) for r in pr.roles)]
    return holders[0] if len(holders) == 1 else None


def _spokesperson_company(text: str, upto: int, companies: list[str]) -> str | None:
    """ "A BMW spokesperson said ... “...,” the spokesperson said": the company named with the spokesperson."""
    found = None
    for m in re.finditer(
        r"\b(?:a|an|the)\s+(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:[’'‘]s)?\s+spokes", text[:upto]
    ):
        if m["n"] in companies:
            found = m["n"]
    return found


def _reference_speaker(
    paragraph: Paragraph, text: str, q: QuoteHit, references: list[tuple[str, int, int, int]]
) -> str | None:
    """The company a reference that says something stands for, when it gives this quote: "“...,” the company
    said" (right after the quote) or "The carmaker said in a filing that it would “...”" (in the quote's own
    sentence, before it, with no other quote between)."""
    sentence = _sentence_at(paragraph, q.start)
    for name, start, end, index in references:
        if index != paragraph.index:
            continue
        if start >= q.end and re.fullmatch(r"[\s,”\"’—-]{0,4}", text[q.end : start]):
            return name
        between = text[end : q.start]
        if end <= q.start and _sentence_at(paragraph, start) == sentence and not re.search(r"[“\"”]", between):
            return name
    return None


def people_and_quotes(
    article: Article,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    references: list[tuple[str, int, int, int]] | None = None,
) -> tuple[list[Person], list[Quote]]:
    """`references` are descriptions that say something and the one company each stands for (references.py):
    (company, start, end, paragraph index), offsets in the paragraph."""
    forms = set(gazetteer.by_surface) | {m.company for m in mentions} | {m.text for m in mentions}
    people: dict[str, Person] = {}
    last_person: str | None = None
    quotes: list[Quote] = []
    # The speaker of a paragraph that ends with a quote: a next paragraph that is one quote and nothing else
    # continues it, as wires and papers quote at length.
    ended_with: str | None = None
    ended_jointly: tuple[str, ...] = ()  # ... and so do the companies that said it together

    def resolve(name: str) -> str | None:
        """A surname alone, or a family name first ("Kim said" for Kim Seo-yeon), when one person fits."""
        if name in people:
            return name
        word = name.split()[-1]
        # ... but "Hui WANG" is not "Jun WANG": a full name joins only one with the same first name
        matches = [
            full
            for full in people
            if full.split()[-1] == word
            and (len(name.split()) == 1 or full.split()[0] in name.split() or full.endswith(f" {name}"))
        ]
        if not matches and len(name.split()) == 1:
            matches = [full for full in people if full.split()[0] == word]
        if not matches and len(name.split()) >= 2:
            # "Syed Faisal" after "Syed Faisal Albar": a Malay name is shortened to its first words
            matches = [full for full in people if full.startswith(f"{name} ")]
        return matches[0] if len(matches) == 1 else None

    texts = [p.text for p in article.paragraphs]
    for k, p in enumerate(article.paragraphs):
        # Quote text is the speaker's, not the article's: look for people outside the quotes.
        found = paragraph_quotes(texts, k)
        text = _in_double_marks(p.text, found)
        qhits = [q for q in found if not _defined_term(text, q)]
        masked = text
        for q in found:
            masked = masked[: q.start] + " " * (q.end - q.start) + masked[q.end :]
        named_at: list[tuple[int, str]] = []
        for hit in find_people(masked, forms):
            name = resolve(hit.name) or hit.name
            ref = Ref(article.slug, p.index, _sentence_at(p, hit.start))
            person = people.setdefault(name, Person(name, [], [], []))
            for role in split_roles(hit.role or ""):
                if role not in person.roles:
                    person.roles.append(role)
            person.mentions.append((ref, p.text[hit.start : hit.end]))
            named_at.append((hit.start, name))
        company_forms = sorted({m.text for m in mentions if m.ref.paragraph == p.index})
        previous: Quote | None = None
        previous_end = 0
        for q in _join_split_quotes(text, qhits):
            if re.search(r"\b(?:Nasdaq|NYSE|NSE|BSE|TSX|LSE|HKEX|SGX)\s*:\s*$", text[max(0, q.start - 12) : q.start]):
                continue  # '(Nasdaq: "RIDE")': a ticker in marks, no one's words
            if _title_in_marks(text, q):
                continue  # "said in an interview on CNBC's “Squawk Box.”": a programme's name, no one's words
            if (
                text.strip() == text[q.start : q.end].strip()
                and len(q.text.split()) <= 5
                and len(qhits) == 1
                and q.text.rstrip()[-1:] not in ".!?,;:…"
            ):
                continue  # "'Ongoing partnership'" alone on its line: a paper's subheading in marks, no one's words
            said = attribute(text, q, list(people), company_forms)
            speaker: str | None = None
            jointly: tuple[str, ...] = ()
            after = text[q.end : q.end + 60]
            several = _several_said().match(text[q.end : q.end + 200])
            if several and not _one_titled(several.group()):
                speaker = None
                jointly = _companies_together(
                    several.group(), mentions, Ref(article.slug, p.index, _sentence_at(p, q.start))
                )
            elif said is None and (
                told := _several_before().search(text, max(0, text.rfind(". ", 0, q.start)), q.start)
            ):
                jointly = _companies_together(
                    told["said"], mentions, Ref(article.slug, p.index, _sentence_at(p, q.start))
                )
            elif said is None and (by := _reference_speaker(p, text, q, references or [])):
                speaker = by
            elif said is None and (titled := _titled_speaker(text[q.end : q.end + 120], people)):
                speaker = titled
            elif said is None and _SPOKESPERSON.match(after):
                company = _spokesperson_company(text, q.start, company_forms)
                speaker = gazetteer.canonical(company) if company else None
            elif said is None:
                # a quote after another one, with only the first one's attribution in between, continues it;
                # a new sentence with words of its own and no speech verb is someone else's statement
                gap = text[previous_end : q.start] if previous else ""
                tail = _new_sentence(text[max(0, previous_end - 2) : q.start])
                if previous and len(gap) <= 160 and "“" not in gap and tail is None:
                    speaker = previous.speaker
                elif previous is None and ended_with and not text[: q.start].strip() and not text[q.end :].strip():
                    speaker = ended_with
                elif previous is None and ended_jointly and not text[: q.start].strip() and not text[q.end :].strip():
                    jointly = ended_jointly  # "“However the parties did not agree …”" after the companies' statement
                elif previous and tail and (m := re.match(r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*", tail)):
                    speaker = resolve(m.group())  # "Crewe thinks a tie-up is “inevitable”": the person it names
                else:
                    speaker = None
            elif said[0] == "pronoun":
                before = [name for at, name in named_at if at < q.start]
                speaker = before[-1] if before else last_person
            elif said[0] == "company" and (pair := _two_say(text, q, said[1], mentions, p.index)):
                jointly = pair  # "Stellantis and CATL said the MoU … including “…”": both companies' words
            elif said[0] == "company":
                name = re.sub(r"[’'‘]s?$", "", said[1])
                speaker = gazetteer.canonical(name) or next((m.company for m in mentions if m.text == said[1]), name)
            else:
                speaker = resolve(said[1])
                if speaker is None and len(said[1].split()) >= 2:
                    speaker = said[1]
                    person = people.setdefault(speaker, Person(speaker, [], [], []))
                    # the attribution names them: its sentence is where they are named
                    # (a quote split around "said X" holds the attribution)
                    at = text.find(speaker, q.start)
                    at = at if at >= 0 else text.rfind(speaker, 0, q.start)
                    if at >= 0:
                        person.mentions.append((Ref(article.slug, p.index, _sentence_at(p, at)), speaker))
            if speaker is None and _scare_quote(p, text, q):
                continue
            ref = Ref(article.slug, p.index, _sentence_at(p, q.start))
            quote = Quote(q.text, speaker, ref, jointly)
            quotes.append(quote)
            previous, previous_end = quote, q.end
            if speaker in people:
                people[speaker].quotes.append(quote)
                last_person = speaker
        # the paragraph's last quote is followed by its attribution at most, not by a sentence of other news
        rest = text[previous_end:]
        ends_quoted = previous is not None and len(rest) <= 120 and not re.search(r"[.!?]\s+\S", rest)
        ended_with = previous.speaker if ends_quoted and previous and previous.speaker in people else None
        ended_jointly = previous.by if ends_quoted and previous and not previous.speaker else ()
        # "Comments by Robert Lee, CEO of L-H Battery, said:" alone before a paragraph that is one quote
        if not qhits and len({n for _at, n in named_at}) == 1 and _LEAD_IN.search(p.text):
            ended_with = named_at[0][1]
        persons_here = [n for n, pr in people.items() if any(r.paragraph == p.index for r, _t in pr.mentions)]
        if persons_here:
            last_person = persons_here[-1]
    return list(people.values()), quotes
