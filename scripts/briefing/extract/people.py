"""People and their roles, found by rules over the words around capitalised names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import domain
from briefing.extract.organisations import load_organisations
from briefing.extract.person_names import COURTESY, NAME, SOURCE_IN, load_lexicon, starts_a_company, valid_name


@dataclass
class PersonHit:
    name: str
    role: str | None
    start: int
    end: int
    role_span: tuple[int, int] | None = None


def _clean_role(role: str) -> str:
    # "Stefan Jacoby, has been named president": the verb of an appointment is no part of the role it gives
    role = re.sub(
        r"^(?:(?:has|have|had)\s+been\s+|(?:was|were|is|will\s+be)\s+)?(?:named|appointed|elected|promoted)"
        r"(?:\s+(?:as|to))?\s+",
        "",
        role.strip(" ,;:"),
    )
    role = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.IGNORECASE)
    # "president of Hyundai Mobis is together": a verb ends the role ("who will remain ... as" is read elsewhere)
    if not re.match(r"(?:who|which|that)\b", role):
        role = re.sub(r"\s+(?:is|are|was|were|has|have|had|will|would)\b.*$", "", role)
    role = re.sub(r"\s+(?:in an interview.*|who\b.*|at the time.*)$", "", role).strip(" ,;:")
    # "explained Mate Rimac, displaying the composure of a CEO": what he does as he speaks, no role
    return "" if re.match(r"[a-z]+ing\s+(?:the|a|an|his|her|its|their)\b", role) else role


def split_roles(role: str) -> list[str]:
    """'a former chief executive of X and a former Y executive' → two roles."""
    parts = re.split(r",?\s+and\s+(?=(?:a|an|the|former|also)\b)", role)
    return [r for r in (_clean_role(p) for p in parts) if r]


# Lower-case words that are never part of a role before a name: function words, subordinating words, and verbs
# in -ed ("analysts want addressed when chief executive Carlos Tavares unveils" has no role "addressed when").
_NOT_ROLE_WORDS = (
    r"(?:and|the|said|of|to|a|an|by|in|for|with|at|from|on|s|when|while|after|before|as|if|because|since|until"
    r"|where|who|which|that|what|whom|whose|how|why|[a-z]+ed)\b"
)


# "Ford North American Chief Operating Officer Lisa Drake": a compass word opens a unit's adjective
_COMPASS = r"\b(?:North|South|East|West|Latin|Central|Southeast|Northeast)"


@domain.compiled
def _patterns() -> tuple[re.Pattern[str], ...]:
    lex = load_lexicon()
    roles, verbs = lex.role_re, lex.verb_re
    # "Mr Chen Xianglin, Chairman of SAIC and Mr Jan Engström, President": the role ends where the next person's
    # honorific begins
    role_phrase = (
        rf"(?:(?:a|an|the)\s+)?(?:former\s+|then\s+|current\s+|new\s+)?"
        rf"[^,.;:“\"]{{0,60}}?\b(?:{roles})\b(?:(?!\s+and\s+{COURTESY}\b)[^,.;:“\"]){{0,80}}?"
    )
    return (
        # "Jane Doe, chief executive of X, said" / "Jane Doe, a former BMW executive,"
        re.compile(rf"(?P<name>{NAME}),\s+(?P<role>{role_phrase})(?=,|\s+(?:{verbs})\b|:|\.|\s+and\s+{COURTESY}\b)"),
        # "Carl-Peter Forster a former chief executive of Tata Motors ... in an interview"
        re.compile(
            rf"(?P<name>{NAME})\s+(?P<role>(?:a|an|the)\s+(?:former\s+)?{role_phrase})(?=\s+in\s+an?\s+interview|,|:|\s+(?:{verbs})\b)"
        ),
        # "said Nissan chief executive Makoto Uchida" / "BMW CEO Oliver Zipse said" / "ex-AMG boss Tobias Moers"
        # ... "Suzuki's vice president of business development Yasuhito Harayama said": a field in lower case
        re.compile(
            # ... "former Nissan chief Carlos Ghosn": the word that says it was is part of the role
            rf"(?P<role>(?:\b[Ff]ormer\s+)?(?:(?<![\w-]){_COMPASS}\s+)?(?:(?:\b(?:ex|former)-)?\b[A-Z][\w&-]*\s+)?(?:former\s+)?"
            rf"(?:\b(?!{_NOT_ROLE_WORDS})[a-z]+\s+){{0,2}}(?:(?:{roles})\s+and\s+)?(?:{roles})"
            rf"(?:\s+of\s+(?:(?!{_NOT_ROLE_WORDS})[a-z][\w&-]*\s+){{0,2}}(?!{_NOT_ROLE_WORDS})[a-z][\w&-]*)?)"
            rf"\s+(?P<name>{NAME})"
        ),
        # "The Kia finance chief, Jae Park, said" / "an executive of GWM’s local subsidiary, José Duan, as saying"
        re.compile(
            rf"(?P<role>(?:\b[A-Z][\w&-]*\s+)?(?:\b(?!{_NOT_ROLE_WORDS})[a-z]+\s+){{0,2}}(?:{roles})"
            rf"(?:\s+(?:of|at)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?(?:[’']s(?:\s+(?!{_NOT_ROLE_WORDS})[A-Za-z][\w-]*){{1,3}})?)?)"
            rf",\s+(?P<name>{NAME}),"
        ),
        # "“…,” said EVDirect Founder, Luke Todd.": a release's title after the speech verb, the name after a comma
        # and nothing after it in the sentence
        re.compile(
            rf"\b(?:{verbs})\s+(?:the\s+|its\s+)?(?P<role>(?:[A-Z][\w&-]*\s+){{0,3}}?(?:{roles}))"
            rf",\s+(?P<name>{NAME})(?=\s*[.;]|\s*$)"
        ),
        # "Ford's chief product platform and operations officer, Hau Thai-Tang." / "SK's head of battery
        # marketing division, Yoosuk Kim, said": a long role after a possessive, set off with commas
        re.compile(
            rf"(?<=[’']s\s)(?P<role>(?:(?!{_NOT_ROLE_WORDS})[a-z][\w-]*\s+|and\s+){{0,5}}?(?:{roles})"
            rf"(?:\s+of\s+(?:(?!{_NOT_ROLE_WORDS})[a-z][\w-]*\s+){{0,3}}(?!{_NOT_ROLE_WORDS})[a-z][\w-]*)?)"
            rf",\s+(?P<name>{NAME})(?=,|\.(?:\s|$))"
        ),
        # "Anna Berg, who became chief executive in 2023," / "Anna Berg is Kia's chief executive."
        re.compile(
            rf"(?P<name>{NAME}),?\s+(?:who\s+)?(?:is|was|has\s+been|became|becomes|remains|will\s+become|will\s+be)\s+"
            rf"(?P<role>(?:the\s+|a\s+|an\s+)?(?:[\w’'&-]+\s+){{0,3}}?(?:{roles})\b(?:\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)?)"
        ),
        # "Chairman of Hyundai Motor Group Chung Eui-sun, CEO of LG Energy Solution Kim Jong-hyun": the role, its
        # company and the name, run together (find_people keeps it only when the company is one it knows)
        re.compile(
            rf"(?P<role>\b(?:{roles})\s+of\s+(?P<co>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}))\s+(?P<name>{NAME})"
            rf"(?=\s*[,.;]|\s+(?:said|says|and|who|attended)\b)"
        ),
        # "the venture, which will be based in Boston and led by Karl Iagnemma as president": the role it gives
        re.compile(
            rf"\b(?:led|headed|run|chaired)\s+by\s+(?P<name>{NAME})\s+as\s+(?:its\s+|the\s+|their\s+)?"
            rf"(?P<role>(?:(?!{_NOT_ROLE_WORDS})[\w’'&-]+\s+){{0,3}}?(?:{roles})\b)"
        ),
        # "Uchida said" / "said Jane Doe" / "according to Jane Doe"
        re.compile(rf"(?P<name>{NAME})\s+(?:{verbs})\b"),
        re.compile(rf"\b(?:{verbs})\s+(?P<name>{NAME})"),
    )


def _company_before(text: str, role: str, at: int, company_forms: set[str]) -> str | None:
    """The capitalised words before a role that, with its first word, make a company's name or its start:
    "Fuji Heavy President" is Fuji Heavy's president, not a "Heavy President". Only when the title follows
    that word: in "Acme AG paid Chief Executive X" the words are no role's."""
    first, _space, rest = role.partition(" ")
    if not re.match(rf"(?:{load_lexicon().role_re})\b", rest):
        return None
    before = re.search(r"(?:\b[A-Z][\w&.-]*\s+){1,2}$", text[max(0, at - 40) : at])
    words = before.group().split() if before else []
    for k in range(len(words), 0, -1):
        name = " ".join([*words[-k:], first])
        if starts_a_company(name, company_forms) or name in _organisation_forms():
            return " ".join(words[-k:])  # "Morgan Stanley analyst": a bank's, as a company's
    return None


@domain.compiled
def _company_names() -> frozenset[str]:
    from briefing.extract.gazetteer import load_gazetteer

    return frozenset(load_gazetteer().by_surface)


@domain.compiled
def _organisation_forms() -> frozenset[str]:
    return frozenset(f for org in load_organisations().values() for f in org.surface_forms)


def _without_titles(name: str) -> str:
    """ "Officer Claire Dumont" → "Claire Dumont": Title Case role words are no part of a name."""
    words = name.split()
    lex = load_lexicon()
    while words and (words[0] in lex.title_words or words[0] in lex.not_names):
        words.pop(0)
    # "Added Mathias Geisen, head of Vans:": a speech verb opens the attribution (a name of two words remains)
    # ... and "Per Jeff Morrison, senior vice president": a preposition that is also a first name ("Per Olsen")
    if len(words) >= 3 and (words[0].lower() in lex.speech_verbs or words[0] == "Per"):
        words.pop(0)
    return " ".join(words)


@domain.compiled
def _prefilters() -> tuple[tuple[tuple[str, ...], re.Pattern[str] | None], ...]:
    """For each pattern, what it needs at least: one of some words (a substring test, quick) and a cheaper
    pattern without its backtracking. Where these fail, the pattern cannot match."""
    lex = load_lexicon()
    roles, verbs = lex.role_re, lex.verb_re
    return (
        ((), re.compile(rf"{NAME},\s")),
        ((), re.compile(rf"{NAME}\s+(?:a|an|the)\s")),
        ((), re.compile(rf"(?:{roles})(?:\s+of(?:\s+[a-z][\w&-]*){{1,3}})?\s+[A-Z]")),
        ((), re.compile(rf"(?:{roles})(?:\s+(?:of|at)\s+[A-Z][^,]{{0,60}})?,\s+[A-Z]")),
        (lex.speech_verbs, re.compile(rf"(?:{roles}),\s+[A-Z]")),
        (("’s", "'s"), re.compile(rf"(?:{roles})(?:\s+of\s+[a-z][\w\s-]{{0,40}})?,\s+[A-Z]")),
        ((), re.compile(r"\s(?:is|was|been|became|becomes|remains|become|be)\s")),
        ((), re.compile(rf"(?:{roles})\s+of\s+[A-Z]")),
        ((" by ",), re.compile(r"\b(?:led|headed|run|chaired)\s+by\s+[A-Z]")),
        (lex.speech_verbs, None),
        (lex.speech_verbs, re.compile(rf"(?:{verbs})\s+[A-Z]")),
    )


# (name as matched, its start, role as matched or None, the role's span or None), per match of each pattern
_Match = tuple[str, int, str | None, tuple[int, int] | None]


@domain.compiled(maxsize=4096)
def _matches(text: str) -> tuple[_Match, ...]:
    """What the patterns match in `text`, in their order; cached, as a paragraph is searched twice (for the
    roles around companies, then for people outside quotes, which is the same text when it has none)."""
    found: list[_Match] = []
    for pattern, (words, need) in zip(_patterns(), _prefilters(), strict=True):
        if words and not any(map(text.__contains__, words)):
            continue
        if need is not None and not need.search(text):
            continue
        for m in pattern.finditer(text):
            role = m.groupdict().get("role")
            if m.groupdict().get("co") is not None and m["co"] not in _company_names():
                continue  # "head of Global Purchasing Anna Berg": no known company, so no telling where it ends
            found.append((m.group("name"), m.start("name"), role, (m.start("role"), m.end("role")) if role else None))
    return tuple(found)


def _after_company(text: str, at: int, company_forms: set[str]) -> str | None:
    """The company whose name ends just before `at`, a space apart ("Mitsubishi Fuso| Truck CEO")."""
    before = text[max(0, at - 80) : at]
    if not before.endswith(" "):
        return None
    return max((form for form in company_forms if before[:-1].endswith(form)), key=len, default=None)


# ", Ford Asia Pacific." / ", Orbis Automobile Co., Ltd., based in": the capitalised words after a title's comma
_UNIT_AFTER = re.compile(r",\s+(?P<unit>[A-Z][\w&.-]*(?:,?\s+[A-Z][\w&.-]*){0,5})(?=[,.;”\"]|\s+[a-z]|$)")


def _with_unit(text: str, role: str, span: tuple[int, int], company_forms: set[str]) -> str:
    """ "president, Ford Asia Pacific": a title that ends the role, then after a comma the company or unit it is
    held in, as releases write them. Only a name that starts with a company or holds a company word."""
    m = _UNIT_AFTER.match(text, span[1])
    if not m or not re.search(rf"\b(?:{load_lexicon().role_re})$", role):
        return role
    # the unit ends at the sentence's full stop; an abbreviation's stop ("Co., Ltd.") does not end it
    stop = re.search(r"(?<!\bLtd)(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bBhd)\.", m["unit"])
    unit = (m["unit"][: stop.start()] if stop else m["unit"]).rstrip(",")
    words = unit.replace(",", " ").split()
    if words[0].rstrip(".") in company_forms or any(w.rstrip(".") in load_lexicon().company_words for w in words):
        return f"{role}, {unit}"
    return role


@domain.compiled
def _role_then_name() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{load_lexicon().role_re})\s+{NAME}")


_NOT_A_NAME_START = frozenset(
    ("The", "A", "An", "Then", "Former", "New", "Its", "Their", "This", "That", "Our", "Acting")
)


def _place(word: str) -> bool:
    """ "VW Group China chief": a country or region names the unit the role is in."""
    return word in domain.money().regions or word in domain.references().place_words


_COMPANYS_PARTNER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?partners?\s*,?\s+$")


@domain.compiled
def _honorifics() -> re.Pattern[str]:
    words = sorted(domain.people().honorifics, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})\s+(?=[A-Z])")


def find_people(text: str, company_forms: set[str]) -> list[PersonHit]:
    # "Datuk Seri Syed Faisal Albar": a title of honour is blanked (offsets kept), so the name after it is read
    text = _honorifics().sub(lambda m: " " * len(m.group()), text)
    hits: list[PersonHit] = []
    # "Magna President Swamy Kotagiri, who will succeed Don Walker as CEO": a role told in a relative clause is
    # what the person will do; the title before the name, when there is one, is the role held
    told_after = [m for m in _matches(text) if m[2] and re.match(r"(?:who|which|that|whose)\s", m[2])]
    for matched, at, role, span in [m for m in _matches(text) if m not in told_after] + told_after:
        name = _without_titles(matched)
        titles = matched[: matched.find(name)].strip() if name else ""
        if role and span and titles and titles.split()[0] in load_lexicon().title_words:
            role = f"{role} {titles}"  # "Kia Executive | Chair Ana Lindqvist": the title's last word, back in it
        lead = name.split()[0] if name else ""
        # "Nissan chief executive Makoto Uchida": the role pattern may swallow a company as the name start.
        if lead in company_forms or lead in load_lexicon().not_names:
            name = " ".join(name.split()[1:])
        # "Mahindra boss Anand Mahindra": after a role, a family name that is also its company's name is a person's
        words = name.split()
        forms = (
            company_forms - {words[-1]} if role and len(words) >= 2 and words[0] not in company_forms else company_forms
        )
        if len(words) < 2 or not valid_name(name, forms) or name in _organisation_forms():
            continue
        end = at + matched.find(name) + len(name)
        if any(
            text.startswith(form[len(name) :], end) for form in _organisation_forms() if form.startswith(f"{name} ")
        ):
            continue  # "told The Wall Street Journal": the first words of a paper's name, no person's
        if _role_then_name().match(text, end):
            continue  # "stated Pep Boys CEO Scott Sider": the words before a title and a name are its company's
        ahead = text[: at + matched.find(name)]
        if re.search(r"\bthe\s+$", ahead):
            continue  # "will return to the Blue Oval": a thing's name takes "the", a person's does not
        if SOURCE_IN.search(ahead):
            continue  # "a source in Troika Dialog said": where the unnamed source works, a firm
        if _COMPANYS_PARTNER.search(ahead):
            continue  # "Saab's earlier Chinese partner, Pang Da, will raise": a company's partner is a company
        if role and span and role[:1].isupper() and (company := _company_before(text, role, span[0], company_forms)):
            role = f"{company} {role}"
        elif (
            role
            and span
            and " " in role.strip()
            and role[:1].isupper()
            and (company := _after_company(text, span[0], company_forms))
        ):
            # "Ford North American Chief Operating Officer" is a unit's; in "Mitsubishi Fuso Truck CEO" the pattern
            # took a name's last word
            role = (
                f"{company} {role}" if re.match(_COMPASS, role) or _place(role.split()[0]) else role.split(None, 1)[1]
            )
        elif role and span and role.split()[0] in load_lexicon().company_words:
            # "Acme Group chairman": the pattern took only the end of a company's name; the role keeps the whole
            before = re.search(r"(?:\b[A-Z][\w&.-]*\s+){1,2}$", text[max(0, span[0] - 40) : span[0]])
            words = before.group().split() if before else []
            while words and words[0] in _NOT_A_NAME_START:
                words.pop(0)  # "Then Group Chairman X": a word that opens the sentence is no company's
            role = " ".join([*words, role])
        if role and span:
            role = _with_unit(text, role, span, company_forms)
        start = at + matched.find(name)
        if any(h.start <= start < h.end or start <= h.start < start + len(name) for h in hits):
            continue
        hits.append(PersonHit(name, role.strip() if role else None, start, start + len(name), span))
    hits.sort(key=lambda h: h.start)
    return hits
