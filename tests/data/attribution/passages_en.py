"""English evaluation passages (written for this project, wire-copy and digest style).

Each passage: (text, attributions). An attribution is a dict with
  s: source substring(s), c: cue substring(s), t: content substring(s), p: parent index or None.
A substring is a str (its first occurrence) or (str, n) for its n-th occurrence (0-based).
`make_gold.py` turns these into character offsets.
"""

PASSAGES = [
    (
        "The finance minister said on Tuesday that inflation would fall below five percent by the end of the year.",
        [
            dict(
                s="The finance minister",
                c="said",
                t="that inflation would fall below five percent by the end of the year",
            )
        ],
    ),
    (
        "“We will not accept any conditions,” the spokesman told reporters in Ankara.",
        [dict(s="the spokesman", c="told", t="“We will not accept any conditions,”")],
    ),
    (
        "Prices of bread rose by twelve percent in the capital last month, according to the statistics office.",
        [
            dict(
                s="the statistics office",
                c="according to",
                t="Prices of bread rose by twelve percent in the capital last month",
            )
        ],
    ),
    (
        "Heavy rain flooded several villages in the north of the country on Monday. Rescue teams evacuated about two hundred families.",
        [],
    ),
    (
        "Interior Minister Leyla Demir announced that the border crossing would reopen next week. She added that trucks carrying aid would have priority.",
        [
            dict(
                s="Interior Minister Leyla Demir",
                c="announced",
                t="that the border crossing would reopen next week",
            ),
            dict(s="She", c="added", t="that trucks carrying aid would have priority"),
        ],
    ),
    (
        "The newspaper quoted a senior diplomat as saying that the talks had reached a dead end.",
        [
            dict(
                s="The newspaper",
                c="quoted",
                t="a senior diplomat as saying that the talks had reached a dead end",
            ),
            dict(
                s="a senior diplomat", c="as saying", t="that the talks had reached a dead end", p=0
            ),
        ],
    ),
    (
        "“The ceasefire is holding in most areas,” said Colonel Mark Ellis, a spokesman for the coalition.",
        [
            dict(
                s="Colonel Mark Ellis, a spokesman for the coalition",
                c="said",
                t="“The ceasefire is holding in most areas,”",
            )
        ],
    ),
    (
        "Officials in the ministry confirmed that three ships had been detained in the strait.",
        [
            dict(
                s="Officials in the ministry",
                c="confirmed",
                t="that three ships had been detained in the strait",
            )
        ],
    ),
    (
        "The prime minister stressed the need to protect civilians. He warned that further attacks would be met with force.",
        [
            dict(s="The prime minister", c="stressed", t="the need to protect civilians"),
            dict(s="He", c="warned", t="that further attacks would be met with force"),
        ],
    ),
    (
        "Analysts expect the central bank to raise interest rates again in March, Reuters reported.",
        [
            dict(
                s="Reuters",
                c="reported",
                t="Analysts expect the central bank to raise interest rates again in March",
            ),
            dict(
                s="Analysts",
                c="expect",
                t="the central bank to raise interest rates again in March",
                p=0,
            ),
        ],
    ),
    (
        "The company denied claims that it had sold weapons to the rebels.",
        [dict(s="The company", c="denied", t="claims that it had sold weapons to the rebels")],
    ),
    (
        "Health Minister Ahmed Saleh told the agency: “The outbreak is under control, and no new cases have been recorded in the last week.”",
        [
            dict(
                s="Health Minister Ahmed Saleh",
                c="told",
                t="“The outbreak is under control, and no new cases have been recorded in the last week.”",
            )
        ],
    ),
    (
        "According to local sources, the army shelled the outskirts of the town overnight.",
        [
            dict(
                s="local sources",
                c="According to",
                t="the army shelled the outskirts of the town overnight",
            )
        ],
    ),
    (
        "The opposition leader accused the government of rigging the vote, saying the results were “a farce”.",
        [
            dict(s="The opposition leader", c="accused", t="the government of rigging the vote"),
            dict(s="The opposition leader", c="saying", t="the results were “a farce”"),
        ],
    ),
    (
        "A witness, who asked not to be named, said the soldiers opened fire on the crowd without warning.",
        [
            dict(
                s="A witness, who asked not to be named,",
                c="said",
                t="the soldiers opened fire on the crowd without warning",
            )
        ],
    ),
    (
        "The United Nations envoy expressed hope that both sides would return to the negotiating table, the agency said.",
        [
            dict(
                s="the agency",
                c=("said", 0),
                t="The United Nations envoy expressed hope that both sides would return to the negotiating table",
            ),
            dict(
                s="The United Nations envoy",
                c="expressed hope",
                t="that both sides would return to the negotiating table",
                p=0,
            ),
        ],
    ),
    (
        "“There is no military solution to this crisis,” the minister said. “Only dialogue can end the suffering.”",
        [
            dict(
                s="the minister",
                c="said",
                t=[
                    "“There is no military solution to this crisis,”",
                    "“Only dialogue can end the suffering.”",
                ],
            )
        ],
    ),
    (
        "The weather service has issued a warning for strong winds along the coast.",
        [],
    ),
    (
        "Turkish media reported that the president would visit Moscow next month, citing sources in the presidency.",
        [
            dict(
                s="Turkish media",
                c="reported",
                t="that the president would visit Moscow next month",
            ),
            dict(
                s="sources in the presidency",
                c="citing",
                t="that the president would visit Moscow next month",
            ),
        ],
    ),
    (
        "The mayor insisted that the water supply was safe to drink.",
        [dict(s="The mayor", c="insisted", t="that the water supply was safe to drink")],
    ),
    (
        "In a statement, the foreign ministry condemned the attack and called for an independent investigation.",
        [dict(s="the foreign ministry", c=["In a statement", "condemned"], t="the attack")],
    ),
    (
        "Police said they had arrested four suspects in connection with the bombing.",
        [
            dict(
                s="Police",
                c="said",
                t="they had arrested four suspects in connection with the bombing",
            )
        ],
    ),
    (
        "The agency, citing an unnamed official, said the agreement would be signed in Geneva.",
        [
            dict(s="The agency", c="said", t="the agreement would be signed in Geneva"),
            dict(
                s="an unnamed official",
                c="citing",
                t="the agreement would be signed in Geneva",
                p=0,
            ),
        ],
    ),
    (
        "Defence Minister Hulusi Kaya said the operation had achieved its goals. Kaya also claimed that no civilians had been harmed.",
        [
            dict(
                s="Defence Minister Hulusi Kaya", c="said", t="the operation had achieved its goals"
            ),
            dict(s=("Kaya", 1), c="claimed", t="that no civilians had been harmed"),
        ],
    ),
    (
        "Residents told the BBC that electricity had been cut for three days.",
        [dict(s="Residents", c="told", t="that electricity had been cut for three days")],
    ),
    (
        "The report, published by a human rights group on Thursday, says more than a thousand people were detained in the crackdown.",
        [
            dict(
                s="The report, published by a human rights group on Thursday,",
                c="says",
                t="more than a thousand people were detained in the crackdown",
            )
        ],
    ),
    (
        "“We are ready to talk to anyone who wants peace,” he said, adding that the door remained open.",
        [
            dict(s="he", c="said", t="“We are ready to talk to anyone who wants peace,”"),
            dict(s="he", c="adding", t="that the door remained open"),
        ],
    ),
    (
        "Exports of wheat are expected to double this season.",
        [],
    ),
    (
        "The spokeswoman for the European Commission, Anna Berg, noted that the sanctions would be reviewed in June.",
        [
            dict(
                s="The spokeswoman for the European Commission, Anna Berg,",
                c="noted",
                t="that the sanctions would be reviewed in June",
            )
        ],
    ),
    (
        "The ministry explained that the new rules were meant to protect consumers, while critics argued they would raise prices.",
        [
            dict(
                s="The ministry",
                c="explained",
                t="that the new rules were meant to protect consumers",
            ),
            dict(s="critics", c="argued", t="they would raise prices"),
        ],
    ),
    (
        "Sources close to the negotiations said a deal was unlikely before the summit, according to the Anadolu news agency.",
        [
            dict(
                s="the Anadolu news agency",
                c="according to",
                t="Sources close to the negotiations said a deal was unlikely before the summit",
            ),
            dict(
                s="Sources close to the negotiations",
                c="said",
                t="a deal was unlikely before the summit",
                p=0,
            ),
        ],
    ),
    (
        "The governor was quoted by state television as saying that the fires had been contained.",
        [
            dict(
                s="state television",
                c="was quoted by",
                t=["The governor", "as saying that the fires had been contained"],
            ),
            dict(s="The governor", c="as saying", t="that the fires had been contained", p=0),
        ],
    ),
    (
        "The army believes the militants have moved their bases to the mountains, a military source told the newspaper.",
        [
            dict(
                s="a military source",
                c="told",
                t="The army believes the militants have moved their bases to the mountains",
            ),
            dict(
                s="The army",
                c="believes",
                t="the militants have moved their bases to the mountains",
                p=0,
            ),
        ],
    ),
    (
        "The central bank governor pointed out that reserves had grown by ten billion dollars.",
        [
            dict(
                s="The central bank governor",
                c="pointed out",
                t="that reserves had grown by ten billion dollars",
            )
        ],
    ),
]
