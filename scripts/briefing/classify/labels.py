"""What each sentence does for the reader, decided once here with the rule that decided it: the templates
then lay the labels out and never classify (model.Label)."""

from __future__ import annotations

from briefing.classify.topics import finance_word, open_question, reason
from briefing.model import Article, Deal, Label, Ref
from briefing.read.sentences import QUOTED


def label_sentences(article: Article, deals: list[Deal]) -> list[Label]:
    main = next((d for d in deals if d.main), None)
    main_refs = set(main.evidence) if main else set()
    out: list[Label] = []
    for p in article.paragraphs:
        about_main = "partnership" in p.topics
        for s in p.sentences:
            ref = Ref(article.slug, p.index, s.index)
            if words := open_question(s.text):
                out.append(Label(ref, "open", f"says something is not known or not decided (“{words}”)"))
            elif main and about_main and ref not in main_refs and (words := reason(QUOTED.sub("", s.text))):
                out.append(Label(ref, "why", f"gives a reason (“{words}”) in a paragraph about the main deal"))
            if "finances" in p.topics and (words := finance_word(QUOTED.sub("", s.text) or s.text)):
                out.append(Label(ref, "finance", f"speaks of finances (“{words}”)"))
    return out
