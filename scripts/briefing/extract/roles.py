"""Who does what in a deal: the roles the grammar around its cue gives each company (buyer, seller, target,
investor, supplier, customer, licensor, licensee, or partners), and the words that say what the deal is about."""

from __future__ import annotations

import re

from briefing.extract.clauses import LIST_GAP, Spot, run_after, run_before
from briefing.extract.deal_rules import HOLDING_WORDS, PARTNER_ASIDE, PREP, DealFound

# "GM's European financial operations are to be acquired": a business of the company whose possessive opens it
_ITS_BUSINESS = re.compile(
    r"[’']s?\s+(?:[\w-]+\s+){0,4}?(?:operations|business(?:es)?|units?|divisions?|assets|brands|arm|plants?"
    r"|factory|factories|subsidiary|subsidiaries)\s+(?:is|are|was|were|will|would|to|has|have)\b[^,;]*$"
)


def prep_before(clause: str, lo: int, start: int, spots: list[Spot] | None = None) -> str | None:
    """The last preposition between `lo` and a company at `start` ("batteries to BMW" → "to"); a company listed
    after another ("from CATL and LG") takes the preposition of the first."""
    for _n, s, e in reversed(spots or []):
        if e <= start and s >= lo and LIST_GAP.fullmatch(clause[e:start]):
            return prep_before(clause, lo, s, spots)
    # "to its partner in the venture, Bosch": the preposition of the description the name is set beside
    if aside := _PARTNER_ASIDE.search(clause, lo, start):
        start = aside.start()
    found = [m.group(1).lower() for m in PREP.finditer(clause, lo, start)]
    return found[-1] if found else None


_PARTNER_ASIDE = re.compile(rf"\b{PARTNER_ASIDE}$")


_HOLDS_AFTER = re.compile(
    r"\s+(?:(?:plans|planned|wants|wanted|agreed|aims|intends|hopes|is set|is looking|has agreed)\s+to\s+"
    r"|(?:will|would|could|may)\s+|is\s+|has\s+)?(?:sell|sells|selling|sold|hold|holds|holding|held|own|owns|owned)\b"
)


_IN_RELATIVE = re.compile(
    r"\s(?:that|which)\s+(?:[a-z]+\s+){0,2}?(?:included|includes|include|involved|involves|saw|was|were)\b"
)
_IN_WHICH = re.compile(r"\bin\s+which\s+(?:[A-Z][\w&.-]*\s+){1,3}[^,;:]{0,80}$")
_JOINT_SALE = re.compile(r"\bjoint\s+(?:sale|disposal|offering)\s+with\s+(?:[^,;:]{0,60}?)$")


def split_between(clause: str, here: list[Spot]) -> list[list[str]] | None:
    """ "between Kia and Ford and between Nissan and Mitsubishi": one group of parties per "between"."""
    marks = [m.end() for m in re.finditer(r"\bbetween\b", clause)]
    if len(marks) < 2:
        return None
    groups = []
    for lo, hi in zip(marks, [*marks[1:], len(clause)], strict=True):
        group = list(dict.fromkeys(n for n, s, _e in here if lo <= s < hi))
        if len(group) >= 2:
            groups.append(group)
    return groups or None


# "between Carlane and Eagers to retail", "between French carmaker Renault and Chinese automaker Geely": each side,
# the second up to the words that go on after it
_BETWEEN_SIDES = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?between\s+(?P<a>[^,;]+?)\s+and\s+(?P<b>[A-Z][^,;]*?)"
    r"(?=\s+(?:to|in|for|that|which|on|will|would|is|was|has|had|and|as|from|at|of)\b|[,;]|\.?$)"
)


def unnamed_side(clause: str, at: int, here: list[Spot]) -> bool:
    """ "a joint venture between Carlane and Eagers to retail BYD cars": a named side of "between" right after
    the cue at `at` that is no company we know leaves the deal's parties unknown; the brand the clause goes on to
    name is not the other side."""
    m = _BETWEEN_SIDES.match(clause, at)
    if not m:
        return False
    for side in ("a", "b"):
        lo, hi = m.span(side)
        if re.search(r"\b[A-Z]", m.group(side)) and not any(lo <= s < hi for _n, s, _e in here):
            return True
    return False


def co_bidder(roles: list[tuple[str, str]], spot: Spot, others: list[Spot], clause: str, at: int) -> bool:
    """ "is in talks to buy more than 25 percent of AvtoVAZ ... with partner Renault": a company the stake's buyer
    is "with", named after the company the stake is in, takes it beside the buyer; the clause states no stake
    between the two."""
    return (
        bool(roles)
        and all(r == "partner" for _n, r in roles)
        and prep_before(clause, at, spot[1]) == "with"
        and any(s < spot[1] and prep_before(clause, at, s) in ("of", "in", "into") for _n, s, _e in others)
    )


def party_roles(
    kind: str,
    clause: str,
    cue: re.Match[str],
    before: list[str],
    after: list[Spot],
    actor_end: int = 0,
    relative_head: str | None = None,
    listed: list[Spot] | None = None,
) -> list[tuple[str, str]]:
    """(company, role) for one deal, from the words around its cue. `actor_end`: where the last company named
    before the cue ends. `listed`: every company after the cue, when `after` is one of a list dealt with apart,
    so the last of "to Mazda, Subaru and Suzuki" takes the list's preposition."""
    text = cue.group().lower()
    # "was sold to", "is being bought by"; "was selling its stake" is the active voice
    passive = (
        bool(re.search(r"\b(?:was|were|been|be|being|is|are)\s+$", clause[: cue.start()]))
        and not re.search(r"ing\b", text.split()[0])
    ) or bool(re.match(r"\s+by\b", clause[cue.end() :]))
    # a cue that ends in a preposition ("works with", "sourced from") gives it to the company right after
    own = re.search(r"\b(with|from|for|by|to|in)$", text)
    prep = {n: prep_before(clause, cue.end(), s, listed or after) or (own[1] if own else None) for n, s, _e in after}
    by = [n for n in prep if prep[n] == "by"]
    starts = {n: s for n, s, _e in reversed(after)}
    # "is bidding for Proton": what a bid is for is the company bid for
    direct = [n for n, s, _e in after if prep[n] in (None, "of", "in", "into") or (prep[n], text[:3]) == ("for", "bid")]

    def parties(*groups: tuple[str, list[str]]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for role, names in groups:
            out += [(n, role) for n in names if n not in [o[0] for o in out]]
        return out

    if kind == "acquisition":
        if passive and by and len(before) == 1 and _ITS_BUSINESS.match(clause[: cue.start()], actor_end):
            # "GM's European financial operations are to be acquired by Peugeot": GM sells a business of its own
            return parties(("buyer", by[:1]), ("seller", before))
        if passive and by:
            return parties(("buyer", by[:1]), ("target", before))
        sellers = [n for n in prep if prep[n] == "from"]
        # "acquired the unit in a $4.5 billion transaction that included Qualcomm's purchase of ...": a company of
        # the relative clause is no target of the purchase before it
        targets = [n for n in direct if n not in sellers and not _IN_RELATIVE.search(clause, cue.end(), starts[n])][:1]
        if not targets and relative_head and re.match(r"\s*,?\s*(?:which|that)\b", clause):
            targets = [relative_head]  # "JLR, which Tata Motors bought from Ford"
        if before and targets:
            return parties(("buyer", before), ("target", targets), ("seller", sellers))
        if before and sellers and not re.search(r"\b(?:shares?|stock)\b", clause[cue.end() :]):
            # "to acquire AX V Nissens III APS for $388 million from private equity firm Axcel": bought from the
            # seller, what it sold named as no company the site knows
            return parties(("buyer", before), ("seller", sellers))
        return []
    if kind == "sale":
        buyers = [n for n in prep if prep[n] in ("to", "by")]
        if passive:  # "Opel was sold to PSA by General Motors": bought by the company after "to"
            buyers = [n for n in prep if prep[n] == "to"]
            return parties(("seller", [n for n in by if n not in buyers]), ("buyer", buyers), ("target", before))
        targets = [n for n in direct if n not in buyers][:1]
        held = [
            n
            for n, st, _e in after
            if n in targets
            and prep[n] == "in"
            and re.match(
                # "will sell down its stake in Japanese carmaker Mazda": the holding's company after a description
                # ... and "is selling a part of its stake in components maker Denso": a part of it, to no one named
                # ... "is to sell 17.4% of its stake in Japanese firm Suzuki"
                rf"(?:\s+(?:down|off))?\s+"
                rf"(?:(?:(?:a\s+)?(?:part|portion|some|half)|[\d.]+\s*(?:%|per ?cent|percent))\s+of\s+)?"
                rf"(?:its|their)\s+"
                rf"(?:(?:remaining|entire|whole|former)\s+)?(?:[\w%.-]+\s+){{0,3}}?"
                rf"{HOLDING_WORDS}\s+in\s+(?:[A-Z]?[a-z][\w’'-]*\s+){{0,3}}$",
                clause[cue.end() : st],
            )
        ]
        if not buyers and "transfer" in text:
            # "signed an agreement regarding the share transfer of its subsidiary NedCar with VDL": the one the
            # seller agrees the transfer with takes the shares
            buyers = [n for n in prep if prep[n] == "with"]
            targets = [n for n in direct if n not in buyers][:1]
        if not buyers and held and before:
            # "would sell its remaining equity stake in Suzuki", "began to shed its stake in Mazda": a whole
            # holding sold, to no one named, or a part of it ("a part of its stake in Denso"); "in a joint sale with
            # Toyota Industries and Aisin" names who sell theirs with it
            joint = [n for n, st, _e in after if n in prep and _JOINT_SALE.search(clause, cue.end(), st)]
            return parties(("seller", before + joint), ("target", held))
        if not buyers:
            return []  # "sold part of its stake", "sold 20,000 units": no company on the other side
        return parties(("seller", before), ("buyer", buyers), ("target", targets))
    if kind == "stake":
        if text.startswith("issu"):
            takers = [n for n, st, _e in after if not clause[cue.end() : st].strip()]  # the one right after "to"
            return parties(("investor", takers[:1]), ("target", before)) if before and takers else []
        if text.startswith(("share swap", "swap", "cross", "share subscription", "subscription")):
            # a swap has no one side; "a share subscription agreement with CYVN" does not say who subscribes
            return parties(("partner", before + [n for n, _s, _e in after]))
        # "the 20 percent stake Ford plans to sell": the company right after the stake, then a verb of holding or
        # selling, holds it; the stake is in the company the clause named before (or after "in")
        holder = next(
            (n for n, _s, e in after if prep[n] is None and _HOLDS_AFTER.match(clause, e) and e > cue.end()), None
        )
        if holder:
            held = [n for n in prep if prep[n] in ("in", "of") and n != holder] or [n for n in before if n != holder]
            return parties(("investor", [holder]), ("target", held[:1])) if held else []
        givers = [n for n in prep if prep[n] == "from"]
        # "a plan to invest 24 trillion won in the EV industry, which includes Hyundai and Kia": what the plan
        # includes, after a relative clause opens, is not what is invested in; nor is the company a participle
        # clause names ("joined with a 15% stake, reducing Ford's share to 35%")
        relative = re.search(r",\s+(?:which|that|who|[a-z]+ing)\b", clause[cue.end() :])
        cut = cue.end() + relative.start() if relative else len(clause)
        targets = [
            n
            for n, st, _e in after
            if st < cut and (prep[n] in ("in", "into", "of") or (prep[n] is None and n not in givers))
        ]
        targets = list(dict.fromkeys(targets))
        agents = [n for n in prep if prep[n] == "by"]
        if agents and [t for t in targets if t not in agents]:
            # "the equity investments to be made by SMC in SMG": the one "by" whom it is made invests
            return parties(("investor", agents[:1]), ("target", [t for t in targets if t not in agents][:1]))
        # "purchase the balance 26% shareholding ... from its joint venture partner, Nissan": one bought from is
        # the seller, no investor in the buyer
        bought = re.match(r"(?:purchas|buy|bought|acquir|take|took|taking)", text)
        if not targets and relative_head and _IN_WHICH.search(clause, 0, cue.start()):
            targets = [relative_head]  # "Leapmotor, the carmaker in which Stellantis holds a 21 per cent stake"
        if before and (targets or (givers and not bought)):
            # "invest in Y", "a stake in Y"; "received an investment from X": X invests in the subject
            return (
                parties(("investor", before), ("target", targets))
                if targets
                else parties(("investor", givers), ("target", before))
            )
        withs = [n for n in prep if prep[n] in ("with", "between", "and")]
        if before and withs:
            return parties(("partner", before + withs))  # "talks with Changan over a stake": who buys is unclear
        return []
    if kind == "supply" and not text.startswith(("rebadge", "contract")):
        if text.startswith(("sell", "sold")):  # "sell vans to Renault"
            customers = [n for n in prep if prep[n] in ("to", "for")]
            return parties(("supplier", before), ("customer", customers)) if before and customers else []
        if "from" in text or text.startswith(("sourc", "buy", "bought", "purchas")):
            suppliers = [n for n in prep if prep[n] == "from"]
            return parties(("customer", before), ("supplier", suppliers)) if before and suppliers else []
        if passive and by:
            return parties(("supplier", by), ("customer", [*before, *(n for n in prep if prep[n] in ("to", "for"))]))
        if text.startswith("supplier"):
            customers = [n for n in prep if prep[n] in ("to", "of", "for")]
            if before and customers:
                return parties(("supplier", before), ("customer", customers))
            return []
        if re.match(
            r"\s+(?:deals?|agreements?|contracts?|pacts?|partnerships?|arrangements?|ties)\b", clause[cue.end() :]
        ):
            return parties(("partner", before + [n for n, _s, _e in after]))
        customers = [n for n, _s, _e in after if prep[n] in (None, "to", "for", "and")]
        if (
            not after
            and len(before) >= 2
            and re.fullmatch(r"[’'‘s]*\s+(?:to|will|would)\s+", clause[actor_end : cue.start()])
        ):
            # "agreed a deal for ZF to supply the motors": the last named supplies the others
            return parties(("supplier", before[-1:]), ("customer", before[:-1]))
        return parties(("supplier", before), ("customer", customers)) if before and customers else []
    if kind == "licensing":
        if re.search(r"\bfrom\b", clause[cue.end() :]):
            licensors = [n for n in prep if prep[n] == "from"]
            return parties(("licensee", before), ("licensor", licensors)) if before and licensors else []
        licensees = [n for n in prep if prep[n] in ("to", "for")]
        if before and licensees:
            return parties(("licensor", before), ("licensee", licensees))
    if (m := re.match(r"\s+(?:of|between|among)\s+(?:the\s+)?", clause[cue.end() :])) and len(after) >= 2:
        # "a merger of Denso and Aisin"; "Created through the merger of PSA and FCA, Stellantis": the list only;
        # "the merger of the heavy-duty truck business of Isuzu Motors and UD Trucks": the owners' list
        units = re.match(
            r"(?:[\w-]+\s+){0,4}?(?:business(?:es)?|operations|units?|arms?)\s+of\s+", clause[cue.end() + m.end() :]
        )
        members = run_after(clause, after, cue.end() + m.end() + (units.end() if units else 0))
        return parties(("partner", list(members) if len(members) >= 2 else [n for n, _s, _e in after]))
    if not before and after and prep[after[0][0]] == "with":
        return []  # "The union's contract with Ford, GM and Stellantis": the other side is no company named here
    if not before and re.search(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}$", clause[: cue.start()]):
        return []  # "with its partners SAIC and FAW": partners of someone this clause does not name
    if text.startswith(("partner", "venture", "joint venture", "jv")):
        after = [a for a in after if prep[a[0]] not in ("in", "into")]  # "partner in Beijing Benz": the venture
    outside = {
        n for n in prep if prep[n] in ("outside", "beyond", "except", "without", "other than", "against", "within")
    }
    # "cooperate with Nissan on engines, such as the supply of parts to DRAC": a company the topic names after
    # "to" is no partner once the partner has been named with "with"
    each = [(n, prep_before(clause, cue.end(), st, after)) for n, st, _e in after]
    if any(p == "with" for _n, p in each) and not re.match(r"\s*(?:to|for)\s", clause[cue.end() :]):
        outside |= {n for n, p in each if p in ("to", "for")} - {n for n, p in each if p not in ("to", "for")}
    return parties(("partner", before + [n for n, _s, _e in after if n not in outside]))


# What is bought or sold when it is a business or a site, whatever it makes: "a distributor of commercial vehicles",
# "its powdered metal operations", "the Nanjing factory"
_A_BUSINESS = re.compile(
    r"\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:distributor|maker|manufacturer|supplier|"
    r"producer|business|businesses|unit|division|operations?|company|firm|subsidiary|dealers?|dealerships?|retailer|"
    r"plants?|factory|factories|facility|facilities)\b"
)


def goods_not_company(clause: str, cue: re.Match[str], after: list[Spot]) -> bool:
    """ "buy batteries from CATL", "sell vans to Renault": the object is goods, so the deal is a supply deal."""
    rest = clause[cue.end() :]
    first_company = min((s for _n, s, _e in after if s >= cue.end()), default=len(clause)) - cue.end()
    obj = rest[: max(0, first_company)]
    if re.search(rf"\b{HOLDING_WORDS}\b", obj, re.IGNORECASE) or re.search(r"\d\s*(?:%|per ?cent\b|percent\b)", obj):
        return False  # "purchased the 49 per cent it did not own from PSA": a share of a company, no goods
    if _A_BUSINESS.match(obj):
        return False  # "to acquire a distributor of trucks from Transpacific": a business bought, no goods
    words = re.sub(r"\b(?:from|to|for|the|a|an|its|their)\b", " ", obj)
    # a capitalised object is a brand or a company this site does not know ("sold Saturn to Penske"), no goods
    return bool(re.search(r"(?<![\w-])[a-z]{3,}", words)) and bool(re.search(r"\b(?:from|to|for)\s*$", obj))


def subject_run(clause: str, cue: re.Match[str], subject: tuple[str, ...], here: list[Spot]) -> list[str]:
    """Who acts: the companies before the cue. When the cue has its other party after it, only the run of
    names nearest the cue acts ("Stellantis rejected an approach from Veltro to buy Maserati": Veltro buys)."""
    before = [s for s in here if s[1] < cue.start()]
    # a clause with its own companies before the cue has its own subject: "..., which became part of
    # Stellantis when Fiat Chrysler and PSA merged" is a merger of Fiat Chrysler and PSA only
    names = list(dict.fromkeys(n for n, _s, _e in before)) or list(subject)
    if subject and before and re.fullmatch(r"\s*and\s+", clause[: before[0][1]]):
        names = list(dict.fromkeys([*subject, *names]))  # ", the German automaker, and Rivian said they would"
    has_object = any(s >= cue.end() for _n, s, _e in here)
    if has_object and len(before) >= 2:
        run = run_before(clause, before, before[-1][2])
        gap = clause[before[-1][2] : cue.start()]
        # the run's own first name, nearest the cue: "Suzuki announced a deal with Toyota, by which Suzuki will"
        first = next(s for s in reversed(before) if s[0] == run[0]) if run else None
        # ... or the subject of a clause "through which" the deal is done: "reached an agreement through which
        # Traton will acquire all shares in Navistar"
        introduced = first is not None and re.search(
            r"\b(?:from|by|of)\s+(?:[\w’'-]+\s+){0,3}$|\b(?:through|under|by|in|with)\s+which\s+$|\bwhereby\s+$",
            clause[: first[1]],
        )
        if run and len(run) < len(names) and introduced and not re.search(r"\b(?:and|with)\b", gap):
            return list(run)
        # "ZF complete a deal for TRW Automotive and Magna announce its intent to acquire Getrag": one that says
        # "its" acts alone, the name nearest the cue, when the name before it is the object of another verb
        if (
            re.match(r"\s+(?:announce[sd]?|said|says|confirm(?:s|ed)?|state[sd]?)\s+its\b", gap)
            and re.search(r"\band\s+$", clause[: before[-1][1]])
            and re.search(r"\b(?:for|of|with|from|to)\s+(?:[\w-]+\s+){0,4}$", clause[: before[-2][1]])
        ):
            return [before[-1][0]]
    return names


def joint_owners(clause: str, before: list[str], kind: str) -> list[DealFound]:
    """ "Mitsubishi and GAC agreed to sell their joint venture": the sellers own a venture together."""
    if (
        kind != "joint venture"
        and len(before) >= 2
        and re.search(
            r"\b(?:their|the two companies[’']|the companies[’'])\s+(?:[\w-]+\s+){0,2}(?:joint venture|venture|JV)\b",
            clause,
        )
    ):
        return [DealFound("joint venture", tuple((n, "partner") for n in before), "active", None, "joint venture", "")]
    return []
