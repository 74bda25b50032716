"""The English news evaluation set: 60 wire-style articles (300–800 words) with PARC-style gold
spans (source, cue, content; nested attributions name their parent), written for this project.

    python tests/data/attribution/make_news.py     # rewrites news_en.json

Each article is put together from the paragraphs below: sentences with attributions, marked
up as <s1>source</s1> <c1>cue</c1> <t1>content</t1> (a role may have several pieces, and a
number may sit inside another's content: nesting), and background sentences without any.
Every third article (index % 3 == 2) is held out ("test"). Held-out articles also use
paragraph shapes and reporting verbs that the development articles never contain (marked
"test" below), so the held-out score says how the assistant does on wording it was not tuned
on. Each attribution carries its phenomenon and the actor a reader would name (the full name
behind "he" or "the minister").
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

PEOPLE = [
    ("Turkish Foreign Minister", "Selin Arslan", "she", "minister"),
    ("Syrian Defence Minister", "Omar Haddad", "he", "minister"),
    ("Russian Energy Minister", "Pavel Orlov", "he", "minister"),
    ("EU Trade Commissioner", "Ines Moreau", "she", "commissioner"),
    ("Interior Minister", "Kemal Doğan", "he", "minister"),
    ("Central bank governor", "Lina Farouk", "she", "governor"),
    ("Kremlin spokesman", "Dmitry Peskov", "he", "spokesman"),
    ("Opposition leader", "Tarek Nasser", "he", "opposition leader"),
    ("UN envoy", "Maria Lind", "she", "envoy"),
    ("Prime Minister", "Arda Yılmaz", "he", "prime minister"),
    ("Health Minister", "Rania Saleh", "she", "minister"),
    ("Finance Minister", "Viktor Sokolov", "he", "minister"),
    ("Lebanese President", "Nabil Aoun", "he", "president"),
    ("Iraqi Oil Minister", "Hussein Jabbar", "he", "minister"),
    ("Jordanian government spokeswoman", "Dana Khoury", "she", "spokeswoman"),
]
OUTLETS = ["Reuters", "Anadolu", "TASS", "al-Watan", "Kommersant", "Hürriyet", "The Daily Ledger"]
ORGS = ["the ministry", "the company", "the central bank", "the army", "the state oil firm"]
CITIES = ["Ankara", "Damascus", "Moscow", "Beirut", "Amman", "Baghdad", "Brussels", "Geneva"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October"]
CLAUSES = [
    "the border crossing would reopen to trucks next week",
    "fuel prices would rise by ten percent in April",
    "the talks had made no progress since the winter",
    "about 4,000 families had returned to their villages",
    "the pipeline would carry gas to the coast by the end of the year",
    "the government had no plans to devalue the currency",
    "inflation would fall below eight percent by December",
    "the ceasefire was holding in most of the province",
    "two convoys of aid had reached the northern towns",
    "the new tariffs would hurt farmers more than factories",
    "the election would take place on schedule",
    "wheat imports had doubled over the past year",
    "the ministry was investigating the contracts signed in 2021",
    "the bridge would be rebuilt within eighteen months",
    "the army had withdrawn from two observation posts",
    "negotiators were close to a deal on prisoner exchanges",
    "the water network in the south had been repaired",
    "the refinery would resume work after a three-week halt",
    "unemployment among young people had reached a record",
    "the sanctions had cut the country's exports by half",
    "the hospital had run out of fuel for its generators",
    "the airport would reopen to civilian flights in May",
    "the loan would be repaid over twelve years",
    "the protesters had been released without charge",
]
QUOTES = [
    "We will not accept any preconditions for the talks",
    "Nobody has asked us to withdraw our forces",
    "The figures speak for themselves",
    "This is the worst harvest we have seen in a decade",
    "Our doors remain open to anyone who wants to negotiate",
    "<s9>We</s9> <c9>expect</c9> <t9>the first shipments to arrive within weeks</t9>",
    "There is no military solution to this conflict",
    "The money has already been transferred to the banks",
    "We have done everything that was asked of us",
    "People cannot wait another winter without electricity",
    "The agreement protects the rights of both sides",
    "We are ready to talk to anyone, at any level",
    "The price of bread has doubled since the summer",
    "Our priority is to bring the displaced families home",
    "This decision was taken after long consultations",
    "The investigation will be completed before the end of the month",
]
NEW_VERBS_DEV = [
    "acknowledged",
    "warned",
    "insisted",
    "argued",
    "predicted",
    "conceded",
    "cautioned",
    "maintained",
    "complained",
    "disclosed",
]
NEW_VERBS_TEST = [
    "signalled",
    "responded",
    "admitted",
    "contended",
    "reiterated",
    "estimated",
    "stressed",
    "noted",
    "asserted",
    "suggested",
]

# (phenomenon, markup, split): split "any" for every article, "test" for held-out ones only.
# {P} the person's title and name, {N} surname, {p}/{Pp} pronoun, {D} "the minister",
# {O} an outlet, {G} an organisation, {C}/{C2} clauses, {Q}/{Q2} quotations, {V} a verb.
TEMPLATES = [
    ("verb", "<s1>{P}</s1> <c1>said</c1> <t1>{C}</t1>.", "any"),
    ("verb", "<s1>{P}</s1> <c1>told</c1> reporters in {city} on {day} <t1>that {C}</t1>.", "any"),
    ("verb", "<s1>{P}</s1> <c1>said</c1> in a televised address <t1>that {C}</t1>.", "test"),
    ("new_verb", "<s1>{G}</s1> <c1>{V}</c1> <t1>that {C}</t1>.", "any"),
    ("new_verb", "<s1>{P}</s1> has <c1>{V}</c1> <t1>that {C}</t1>.", "any"),
    ("new_verb", "On {day}, <s1>{P}</s1> <c1>{V}</c1> <t1>that {C}</t1>.", "test"),
    ("quote_first", "<t1>“{Q},”</t1> <c1>said</c1> <s1>{P}</s1>.", "any"),
    ("quote_first", "<t1>“{Q},”</t1> <c1>said</c1> <s1>{name}</s1>, who {role_clause}.", "any"),
    (
        "quote_first",
        "<t1>“{Q},”</t1> <c1>added</c1> <s1>{name}</s1>, who spoke after the meeting.",
        "test",
    ),
    ("discontinuous", "<t1>“{Q},”</t1> <s1>{N}</s1> <c1>said</c1>, <t1>“{q2}.”</t1>", "any"),
    ("discontinuous", "<t1>“{Q},”</t1> <c1>said</c1> <s1>{N}</s1>, <t1>“{q2}.”</t1>", "test"),
    ("multi_sentence", "<s1>{P}</s1> <c1>said</c1>: <t1>“{Q}. {Q2}.”</t1>", "any"),
    ("multi_sentence", "<t1>“{Q},”</t1> <c1>said</c1> <s1>{N}</s1>. <t1>“{Q2}.”</t1>", "any"),
    ("multi_sentence", "<s1>{P}</s1> <c1>told</c1> the conference: <t1>“{Q}. {Q2}.”</t1>", "test"),
    (
        "nested",
        "<s1>{P}</s1> <c1>told</c1> reporters <t1>that <s2>{P2}</s2> had <c2>said</c2> "
        "<t2>{C}</t2></t1>.",
        "any",
    ),
    (
        "nested",
        "<s1>{O}</s1> <c1>quoted</c1> <t1><s2>{P}</s2> <c2>as saying</c2> <t2>that {C}</t2></t1>.",
        "any",
    ),
    (
        "nested",
        "<s1>{P}</s1> <c1>insisted</c1> <t1>that <s2>{P2}</s2> had <c2>promised</c2> "
        "<t2>that {C}</t2></t1>.",
        "test",
    ),
    ("according_to", "<t1>{Cc}</t1>, <c1>according to</c1> <s1>{O}</s1>.", "any"),
    ("according_to", "<c1>According to</c1> <s1>{O}</s1>, <t1>{C}</t1>.", "any"),
    ("according_to", "<c1>According to</c1> <s1>a poll by {O}</s1>, <t1>{C}</t1>.", "test"),
    ("noun", "<s1>{N}</s1>'s <c1>claim</c1> <t1>that {C}</t1> was rejected by {G}.", "any"),
    ("noun", "{G_cap} dismissed <s1>{N}</s1>'s <c1>warning</c1> <t1>that {C}</t1>.", "test"),
    ("reported", "<t1>{Cc}</t1>, <s1>{O}</s1> <c1>reported</c1>.", "any"),
    ("reported", "<s1>{O}</s1> <c1>reported</c1> on {day} <t1>that {C}</t1>.", "any"),
    ("cognition", "<s1>Analysts</s1> <c1>believe</c1> <t1>that {C}</t1>.", "any"),
    ("cognition", "<s1>Diplomats in {city}</s1> <c1>expect</c1> <t1>that {C}</t1>.", "test"),
    (
        "participle",
        "<s1>{P}</s1> <c1>said</c1> <t1>{C}</t1>, <c2>adding</c2> <t2>that {C2}</t2>.",
        "any",
    ),
    (
        "participle",
        "<s1>{P}</s1> <c1>warned</c1> <t1>that {C}</t1>, <c2>noting</c2> <t2>that {C2}</t2>.",
        "test",
    ),
]
# follow-ups: the speaker carried over from the paragraph before (pronoun or description)
FOLLOW = [
    ("carry_pronoun", "<s1>{Pp}</s1> <c1>added</c1> <t1>that {C}</t1>.", "any"),
    ("carry_pronoun", "<t1>“{Q},”</t1> <s1>{p}</s1> <c1>said</c1>.", "any"),
    ("carry_pronoun", "<s1>{Pp}</s1> also <c1>said</c1> <t1>{C}</t1>.", "test"),
    ("carry_description", "<s1>{Dc}</s1> also <c1>said</c1> <t1>{C}</t1>.", "any"),
    ("carry_description", "<t1>“{Q},”</t1> <s1>{D}</s1> <c1>said</c1>.", "test"),
]
HEADLINES = [
    ("colon", "<s1>{short}</s1><c1>:</c1> <t1>{Hc}</t1>", "any"),
    (None, "{Hc_title} as talks resume in {city}", "any"),
]
BACKGROUND = [
    "Voters in several battleground states cast their ballots early on {day}.",
    "A report on the economy is due to be published next month.",
    "The claims could not be independently verified.",
    "Talks resumed on {day} after a two-week pause.",
    "{name} arrived in {city} on {day} for a two-day visit.",
    "The company declined to comment.",
    "Protests continued in the capital for a third day.",
    "Officials are expected to meet again in {month}.",
    "The meeting lasted more than four hours.",
    "Prices of basic goods have risen sharply since the start of the year.",
    "The province has been divided between rival forces since 2016.",
    "Several roads in the north remained closed because of snow.",
    "The agreement was signed in {city} in {month} last year.",
    "Trade between the two countries fell by a third last year.",
    "The notes of the meeting were not made public.",
    "The delegation left {city} on {day} evening.",
    "More than 300 trucks were waiting at the crossing on {day}.",
    "The government has reshuffled the cabinet twice this year.",
    "The plan still needs the approval of parliament.",
    "The river has reached its lowest level in forty years.",
    "Fighting in the area has displaced tens of thousands of people.",
    "The talks are the first of their kind since the war began.",
    "Electricity cuts last up to twenty hours a day in some districts.",
    "The currency has lost about a fifth of its value since {month}.",
]
ROLE_CLAUSES = [
    "heads the negotiating team",
    "has led the ministry since 2019",
    "chairs the committee",
    "took office in {month}",
]

_TAG = re.compile(r"<(/?)([sct])(\d)>")


def _fill(markup: str, slots: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], markup)


def _parse(markup: str, offset: int) -> tuple[str, dict[str, dict[str, list[list[int]]]]]:
    """The text without tags and the spans of each numbered attribution's roles."""
    out: list[str] = []
    spans: dict[str, dict[str, list[list[int]]]] = {}
    opened: dict[tuple[str, str], int] = {}
    at = 0
    length = offset
    for m in _TAG.finditer(markup):
        piece = markup[at : m.start()]
        out.append(piece)
        length += len(piece)
        closing, role, number = m.groups()
        if closing:
            start = opened.pop((role, number))
            spans.setdefault(number, {}).setdefault(role, []).append([start, length])
        else:
            opened[(role, number)] = length
        at = m.end()
    out.append(markup[at:])
    return "".join(out), spans


def _article(index: int) -> dict[str, object]:
    rng = random.Random(2024_0300 + index)
    split = "test" if index % 3 == 2 else "dev"
    allowed = {"any", "test"} if split == "test" else {"any"}
    templates = [t for t in TEMPLATES if t[2] in allowed]
    follows = [t for t in FOLLOW if t[2] in allowed]
    verbs = NEW_VERBS_TEST if split == "test" else NEW_VERBS_DEV
    people = rng.sample(PEOPLE, 6)
    city = rng.choice(CITIES)
    text = ""
    gold: list[dict[str, object]] = []

    def slots(person: tuple[str, str, str, str]) -> dict[str, str]:
        other = next(p for p in people if p != person)
        c1, c2 = rng.sample(CLAUSES, 2)
        q1, q2 = rng.sample(QUOTES, 2)
        org = rng.choice(ORGS)
        return {
            "P": f"{person[0]} {person[1]}",
            "P2": f"{other[0]} {other[1]}",
            "name": person[1],
            "N": person[1].split()[-1],
            "p": person[2],
            "Pp": person[2].capitalize(),
            "D": f"the {person[3]}",
            "Dc": f"The {person[3]}",
            "O": rng.choice(OUTLETS),
            "G": org,
            "G_cap": org[0].upper() + org[1:],
            "C": c1,
            "Cc": c1[0].upper() + c1[1:],
            "C2": c2,
            "Q": q1,
            "Q2": q2,
            "q2": re.sub(r"^((?:<[^>]+>)*)(\w)", lambda m: m.group(1) + m.group(2).lower(), q2),
            "V": rng.choice(verbs),
            "city": rng.choice(CITIES),
            "day": rng.choice(DAYS),
            "month": rng.choice(MONTHS),
            "role_clause": _fill(rng.choice(ROLE_CLAUSES), {"month": rng.choice(MONTHS)}),
            "short": f"{person[3].capitalize()} {person[1].split()[-1]}",
            "Hc": c1[0].upper() + c1[1:],
            "Hc_title": c1[0].upper() + c1[1:],
        }

    def add(
        markup: str, phenomenon: str | None, person: tuple[str, str, str, str], sep: str
    ) -> None:
        nonlocal text
        filled = _fill(markup, slots(person))
        plain, spans = _parse(filled, len(text) + len(sep))
        base = len(gold)
        for number in sorted(spans):
            roles = spans[number]
            kind = "nested_in_quote" if number == "9" else phenomenon
            parent = None
            for other in sorted(spans):
                if other != number and any(
                    a <= roles["c"][0][0] < b for a, b in spans[other].get("t", [])
                ):
                    parent = base + sorted(spans).index(other)
            # the actor a reader names behind a carried-over "he" or "the minister"
            actor = person[1] if kind and kind.startswith("carry") else ""
            gold.append(
                {
                    "source": roles.get("s", []),
                    "cue": roles["c"],
                    "content": roles["t"],
                    "parent": parent,
                    "phenomenon": kind,
                    "actor": actor,
                }
            )
        text += sep + plain

    head = rng.choice(HEADLINES)
    add(head[1], head[0], people[0], "")
    month, day = rng.choice(MONTHS), rng.randint(1, 28)
    text += f"\n\n{city.upper()}, {month} {day} (Wire) — "
    target = rng.randint(330, 760)
    last_person = None
    first = True
    while len(text.split()) < target:
        roll = rng.random()
        sep = "" if first else rng.choice([" ", " ", "\n\n"])
        first = False
        if last_person is not None and roll < 0.22:
            phenomenon, markup, _ = rng.choice(follows)
            add(markup, phenomenon, last_person, sep)
        elif roll < 0.62:
            phenomenon, markup, _ = rng.choice(templates)
            person = rng.choice(people)
            add(markup, phenomenon, person, sep)
            last_person = person if "{P}" in markup or "{name}" in markup else None
        else:
            sentence = _fill(rng.choice(BACKGROUND), slots(rng.choice(people)))
            text += sep + sentence
            last_person = None if "{name}" not in sentence else last_person
    return {"id": f"news-en-{index:02d}", "split": split, "text": text, "attributions": gold}


def main() -> None:
    articles = [_article(i) for i in range(60)]
    for a in articles:  # the spans say what they mean
        text = str(a["text"])
        for g in a["attributions"]:  # type: ignore[attr-defined]
            for role in ("source", "cue", "content"):
                for s, e in g[role]:
                    assert text[s:e].strip() == text[s:e] and s < e, (a["id"], role, text[s:e])
    path = HERE / "news_en.json"
    path.write_text(json.dumps(articles, ensure_ascii=False, indent=1) + "\n", "utf-8")
    words = [len(str(a["text"]).split()) for a in articles]
    count = sum(len(a["attributions"]) for a in articles)  # type: ignore[arg-type]
    print(f"{len(articles)} articles, {min(words)}–{max(words)} words, {count} attributions")


if __name__ == "__main__":
    main()
