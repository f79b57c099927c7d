"""Pronouns and descriptions that stand for a company ("It", "the Korean carmaker"), followed only when one
company fits (data/references.yaml). What they stand for takes part in deals; it is never a new mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import domain
from briefing.extract.clauses import Spot
from briefing.extract.gazetteer import Company, Gazetteer
from briefing.extract.patterns import mask_quotes

# An opening phrase before the subject: "Separately, It ...", "On Monday, the company ...", "In 2019, it".
_OPENER = r"(?:(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}),\s+)?"


THING_SUBJECT = re.compile(
    r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:unit|business|plant|factory|venture|division|brand|"
    r"operation|operations|arm|subsidiary|facility|site|deal|transaction|acquisition|model|car|vehicle)\s+"
    r"(?!said\b|says\b)[a-z]+"
)


@dataclass(frozen=True)
class ReferenceRules:
    subject: re.Pattern[str]
    description: re.Pattern[str]
    nationalities: dict[str, str]


@domain.compiled
def load_rules() -> ReferenceRules:
    d = domain.references()
    pronouns = "|".join(re.escape(p) for p in sorted(d.subject_pronouns, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(d.description_nouns, key=len, reverse=True))
    nations = "|".join(re.escape(n) for n in sorted(d.nationalities, key=len, reverse=True))
    return ReferenceRules(
        subject=re.compile(rf"^{_OPENER}(?P<ref>{pronouns})(?![\w-])"),
        description=re.compile(rf"\b[Tt]he\s+(?P<nation>{nations})\s+(?:\w+\s+)?(?P<noun>{nouns})(?![\w-])"),
        nationalities=d.nationalities,
    )


@domain.compiled
def _appositive() -> re.Pattern[str]:
    """ "Hyundai Motor Co., South Korea's biggest carmaker, said": a description of the company set off by
    commas, ending in one of its nouns, is no second company; the company is still the subject."""
    nouns = "|".join(re.escape(n) for n in sorted(domain.references().description_nouns, key=len, reverse=True))
    return re.compile(rf",\s+(?:[\w’'‘.-]+\s+){{0,5}}?(?:{nouns}),\s+(?!(?:and|or)\b)[a-z]")


@domain.compiled
def _described_opening() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(domain.references().description_nouns, key=len, reverse=True))
    return re.compile(rf"{_OPENER}[A-Z][\w-]*\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+")


# "It has been reported that", "It is expected that", "It is unclear whether": an "it" that stands for no company
_EXPLETIVE = re.compile(
    r"\s+(?:has\s+been|had\s+been|is|was|remains|seems|seemed|appears|appeared)\s+(?:not\s+)?"
    r"(?:reported|understood|expected|said|thought|believed|likely|unlikely|unclear|clear|possible|known|worth|time|hoped|rumou?red)\b"
)


_SPEAKS = re.compile(r"\s+(?:said|says|added|told|stated|wrote|confirmed)\b")
# "“...,” the company said": a subject description right after a closing quotation mark, then a speech verb
_AFTER_QUOTE = re.compile(
    r"[”\"]\s*,?\s*(?P<ref>the\s+(?:company|carmaker|automaker|car\s+maker|group|firm|manufacturer|maker|brand))"
    r"\s+(?:said|says|added|told|stated|wrote|confirmed)\b"
)

_KINDS = {"group": {"group"}, "brand": {"brand"}, "supplier": {"supplier"}}


def _fits(words: str, company: Company | None) -> bool:
    """ "The group" stands for a group, "The brand" for a brand; "It" and "The company" for any company."""
    noun = words.split()[-1].lower()
    return noun not in _KINDS or (company is not None and company.kind in _KINDS[noun])


@dataclass
class ReferenceState:
    """What the sentences read so far let a reference stand for."""

    subject: str | None = None  # the one company that was the subject of the previous sentence
    recent: str | None = None  # the last sentence subject met, kept through sentences that name no company
    seen: list[str] = field(default_factory=list)  # companies named so far, in order

    def resolve(self, sentence: str, spots: list[Spot], gazetteer: Gazetteer) -> list[Spot]:
        """Spots for the references of `sentence` that stand for exactly one company."""
        rules = load_rules()
        text = mask_quotes(sentence)
        out: list[Spot] = []
        # "The Munich-based company", "The Toyota City-based carmaker", "The Anand Mahindra-led automaker": the
        # subject, described
        based = re.match(
            rf"^{_OPENER}(?P<ref>The\s+(?:[A-Z][\w.-]*\s+){{0,2}}?[\w-]+-(?:based|headquartered|led|owned|backed|controlled)\s+(?:company|carmaker|automaker|group|firm|maker|manufacturer))\b",
            text,
        )
        # a name inside the description is the subject's own ("The Anand Mahindra-led automaker" after Mahindra)
        if based and self.subject and all(n == self.subject for n, s, _e in spots if s < based.end("ref")):
            return [(self.subject, based.start("ref"), based.end("ref"))]
        m = rules.subject.match(text)
        copula = m is not None and re.match(r"\s+(?:is|was|’s|'s)\s", text[m.end("ref") :])  # "It is a deal that"
        if m and _EXPLETIVE.match(text, m.end("ref")):
            m = None  # "It has been reported that Geely would pay": no company's "it"
        opens = m is not None and self.subject is not None and not any(s < m.end("ref") for _n, s, _e in spots)
        if m and self.subject and opens and not copula and _fits(m["ref"], gazetteer.get(self.subject)):
            out.append((self.subject, m.start("ref"), m.end("ref")))
        for d in rules.description.finditer(text):
            if any(s < d.end() and d.start() < e for _n, s, e in [*spots, *out]):
                continue
            country = rules.nationalities[d["nation"]]
            fits = [c for c in self.seen if (info := gazetteer.get(c)) is not None and info.country == country]
            if len(fits) == 1:
                out.append((fits[0], d.start(), d.end()))
        return out

    def speakers(self, sentence: str, resolved: list[Spot], gazetteer: Gazetteer) -> list[Spot]:
        """References that say something, standing for one company: "The carmaker said in a filing that ...",
        "“...,” the company said", "the German group said". `resolved` is what resolve() gave the sentence; a
        description that follows a quote ("“...,” the company said") stands, like "The company said" opening
        the next sentence, for the subject of the sentence before."""
        out = [sp for sp in resolved if _SPEAKS.match(sentence, sp[2])]
        if self.subject is None:
            return out
        for m in _AFTER_QUOTE.finditer(sentence):
            taken = any(s < m.end("ref") and m.start("ref") < e for _n, s, e in out)
            if not taken and _fits(m["ref"], gazetteer.get(self.subject)):
                out.append((self.subject, m.start("ref"), m.end("ref")))
        return out

    def advance(self, sentence: str, spots: list[Spot], lead: int = 0) -> None:
        """After a sentence: its subject, when it opens with one company, is what "It" means next.

        `lead` is where the sentence's own words start (after a dateline).
        """
        self.seen += [n for n in dict.fromkeys(n for n, _s, _e in spots) if n not in self.seen]
        if spots or THING_SUBJECT.match(sentence, lead):
            # a sentence that names companies but opens with none leaves "recent" unknown; so does one whose
            # subject is a thing of a company ("The ICS business unit brings 3,800 employees. It is expected to
            # generate revenue of $200 million": the unit's revenue, not its buyer's)
            self.recent = None
        text = mask_quotes(sentence)
        first = min((s for s in spots if s[1] >= lead), key=lambda s: s[1], default=None)
        self.subject = None
        if first is None:
            return
        opening = text[lead : first[1]]
        # "India’s Tata Motors reported", "INDIA'S Tata Motors": a place's possessive before the subject, as wires
        # write it
        place = re.fullmatch(rf"{_OPENER}(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*[’'‘][sS]\s+", opening)
        # "Japanese automaker Honda Motor Co. reported": words that only say what the subject is
        described = _described_opening().fullmatch(opening)
        if opening.strip() and not re.fullmatch(_OPENER, opening) and not place and not described:
            return
        rest = text[first[2] :]
        if re.match(r"[’'‘]s\b|\s*(?:,\s*|\s+and\s+|/|&\s*)\s*[A-Z]", rest) and not _appositive().match(rest):
            return  # "Kia's chief", "Kia and Hyundai": not one company as the subject
        self.subject = self.recent = first[0]
