"""claimspan_claims: clause splitting, types, attribution, quotes, hedges, negation; the seed by hand."""

from pathlib import Path

import pytest

from claimspan.tables import CueEntry, HedgeEntry, read_table

SEED = "000_f74c9e799bac6eb4"


def _one(records, fragment):
    found = [record for record in records if fragment in record.text]
    assert len(found) == 1, [record.text for record in records]
    return found[0]


@pytest.mark.parametrize(
    "text, claim_type, flags",
    [
        ("On March 3, rebels attacked a police station in the north of the country.", "event", []),
        ("The ministry said that 42 soldiers were killed in the fighting.", "attributed", ["statistic", "event"]),
        ("The government should open talks with the rebels.", "recommendation", []),
        ("The ceasefire is expected to collapse within weeks.", "prediction", []),
        ("The final engagement resulted in ten insurgent deaths.", "statistic", ["event"]),
        ("These measures yielded limited results.", "assessment", []),
        ("The country needs to rebuild its army.", "recommendation", []),
    ],
    ids=["event", "attributed-statistic", "recommendation", "prediction", "statistic", "assessment", "needs-to"],
)
def test_claims_types(claims_of, text, claim_type, flags):
    (record,) = claims_of(text)
    assert (record.type, record.flags) == (claim_type, flags)


@pytest.mark.parametrize(
    "text, source, cue, fragment",
    [
        ("The ministry said that 42 soldiers were killed in the fighting.", "The ministry", "said", "The ministry said"),
        ("According to the United Nations, the camp now shelters 12,000 people.", "the United Nations", "According to", "the camp"),
        ("Officials held the militia responsible for “the massacre of civilians”.", "Officials", "held", "held the militia"),
        ("The monitors reinforced that view with the finding that the militia had recruited children.", "The monitors", "finding", "recruited"),
        ("The union issued a statement saying that the plant would close.", "The union", "saying", "statement"),
        ("The army retreated, the spokesman said.", "the spokesman", "said", "retreated"),
        ("Islamabad hopes the talks would encourage the Taliban to act.", "Islamabad", "hopes", "hopes"),
        ("The mayor defended the new budget by saying, “Our schools need the money.”", "The mayor", "saying", "defended"),
        ("“Prices rose too fast for buyers to keep up,” said housing economist Maria Lopez commenting on the figures.", "housing economist Maria Lopez", "said", "Prices rose"),
        ("Sales slowed in the spring, with company spokesman Tom Reed saying the decline was seasonal.", "company spokesman Tom Reed", "saying", "seasonal"),
        ("The newspaper quoted a local farmer as saying that the river had flooded twice.", "a local farmer", "saying", "The newspaper quoted"),
    ],
    ids=["says-that", "according-to", "held-responsible", "reporting-noun", "participle", "parataxis", "hopes", "by-saying", "inverted-said-participle", "with-absolute", "quoted-as"],
)
def test_claims_attribution_patterns(claims_of, text, source, cue, fragment):
    record = _one(claims_of(text), fragment)
    assert record.type == "attributed"
    assert (record.source.text, record.source.cue.text) == (source, cue)


def test_claims_found_with_object_is_not_attribution(claims_of):
    (record,) = claims_of("The security force also found a rocket launcher with ammunition.")
    assert record.source is None


def test_claims_pronoun_source_resolved(claims_of):
    records = claims_of("The agency has released new figures. It said exports fell 3.4% in May. “The decline is temporary,” it added.")
    said, added = records[1], records[2]
    assert (said.source.text, said.source.resolved.text) == ("It", "The agency")
    assert (added.source.cue.text, added.source.resolved.text) == ("added", "The agency")


def test_claims_quotation_continued_in_next_sentence(claims_of):
    text = "The colonel said: “We will find them. We will bring them to justice.” The search continued."
    records = claims_of(text)
    continued = _one(records, "bring them")
    assert continued.source.text == "The colonel"
    assert continued.source.cue.text == "said"
    assert [text[quote.start : quote.end] for quote in continued.quotes] == ["We will bring them to justice.”"]
    assert _one(records, "search").source is None


def test_claims_quotation_reopened_after_by_saying(claims_of):
    text = "The coach explained the choice by saying, “The young players are faster” ... “In addition, they train harder.\nThey will win more games next year.” The season starts in May."
    records = claims_of(text)
    for fragment in ("young players", "train harder", "win more games"):
        assert _one(records, fragment).source.text == "The coach"
    assert _one(records, "season").source is None


@pytest.mark.parametrize(
    "text",
    [
        "The carrier is pursuing a growth plan which will see it's fleet of planes double to 300 by 2030.",
        "The store is expanding fast and will see it's total number of branches rise to 80 next year.",
    ],
    ids=["relcl", "coordinated"],
)
def test_claims_no_split_at_conj_without_conjunction(claims_of, text):
    """A misspelt "it's" parses as a verb with a coordinated clause after it, with no "and" or comma between."""
    assert len(claims_of(text)) == 1


def test_claims_split_at_coordinated_cue(claims_of):
    text = "The Taliban authorities lodged an angry protest with Islamabad and claimed their forces retaliated by hitting several positions."
    protest, claimed = claims_of(text)
    assert protest.text == "The Taliban authorities lodged an angry protest with Islamabad"
    assert (protest.type, protest.source) == ("event", None)
    assert claimed.text.startswith("claimed their forces retaliated")
    assert claimed.source.text == "The Taliban authorities"


def test_claims_split_on_polarity_and_merge_when_alike(claims_of):
    negative, positive = claims_of("Casualties will not be tolerated and the army will be forced to act.")
    assert (negative.text, negative.negated) == ("Casualties will not be tolerated", True)
    assert (positive.text, positive.negated) == ("the army will be forced to act", False)
    (merged,) = claims_of("The rebels seized the town and the army retreated to the hills.")
    assert merged.text == "The rebels seized the town and the army retreated to the hills"


def test_claims_split_at_while(claims_of):
    blamed, denied = claims_of("The army blamed the rebels for the attack, while the rebels said they were not involved.")
    assert blamed.text == "The army blamed the rebels for the attack"
    assert denied.text == "the rebels said they were not involved"
    assert denied.negated is True


def test_claims_nested_quotes(claims_of):
    text = "The minister said: “We will not accept ‘conditional’ talks.”"
    (record,) = claims_of(text)
    assert [text[quote.start : quote.end] for quote in record.quotes] == ["“We will not accept ‘conditional’ talks.”"]
    assert record.negated is True


@pytest.mark.parametrize(
    "text, hedges",
    [
        ("The rebels reportedly seized two villages.", ["reportedly"]),
        ("The talks may resume in May.", ["may"]),
        ("This policy will likely shape the reset of ties.", ["likely"]),
        ("The group has an estimated strength of 6,000 fighters.", ["an estimated"]),
        ("The rebels seized two villages.", []),
    ],
    ids=["reportedly", "modal-not-month", "likely", "an-estimated", "none"],
)
def test_claims_hedges(claims_of, text, hedges):
    (record,) = claims_of(text)
    assert [hedge.text for hedge in record.hedges] == hedges


@pytest.mark.parametrize(
    "text, negated",
    [
        ("The army did not confirm the strikes.", True),
        ("Neither side wants a breakdown in relations.", True),
        ("Nobody was arrested.", True),
        ("The officials never visited the camp.", True),
        ("The rebels attacked a town that had not been defended.", False),
        ("The army confirmed that the rebels had not attacked.", True),
        ("It did not take long for the rebels to regroup.", False),
    ],
    ids=["did-not", "neither", "nobody", "never", "relative-clause", "reported-content", "idiom"],
)
def test_claims_negation(claims_of, text, negated):
    (record,) = claims_of(text)
    assert record.negated is negated


@pytest.mark.parametrize(
    "text",
    ["But there is an important caveat to this.", "Is the ceasefire holding?", "Download PDF\nFor Immediate Release\n"],
    ids=["signpost", "question", "boilerplate"],
)
def test_claims_none(claims_of, text):
    assert claims_of(text) == []


def test_claims_span_excludes_final_period(claims_of):
    (record,) = claims_of("The rebels seized two villages.")
    assert record.text == "The rebels seized two villages"
    assert record.sentence.start == 0 and record.sentence.end == len("The rebels seized two villages.")


def test_claims_tables_validate(repo_dir):
    cues = read_table(repo_dir / "pipeline" / "cues.jsonl", CueEntry)
    hedges = read_table(repo_dir / "pipeline" / "hedges.jsonl", HedgeEntry)
    assert {"say", "according to", "finding"} <= {entry.cue for entry in cues}
    assert {"likely", "expected to", "reportedly"} <= {entry.hedge for entry in hedges}


@pytest.fixture(scope="module")
def seed_claims(claims_of, corpus_dir):
    return claims_of(Path(corpus_dir / f"{SEED}.txt").read_text(encoding="utf-8"), published="2025-01-06")


def test_claims_seed_event(seed_claims):
    record = _one(seed_claims, "on Dec 24, Pakistani fighter jets")
    assert (record.type, record.source, record.negated) == ("event", None, False)


def test_claims_seed_statistic_attributed(seed_claims):
    record = _one(seed_claims, "an estimated strength of 6,000-6,500 fighters")
    assert (record.type, record.flags[0]) == ("attributed", "statistic")
    assert (record.source.text, record.source.cue.text) == ("Its latest report of July 2024", "says")
    assert record.source.resolved is not None
    assert [hedge.text for hedge in record.hedges] == ["an estimated"]


def test_claims_seed_continued_quote(seed_claims):
    record = _one(seed_claims, "continues to operate")
    assert record.source.text == "Its latest report of July 2024"
    assert record.subject.text == "It"


def test_claims_seed_report_sources(seed_claims):
    also = _one(seed_claims, "The report also says")
    according = _one(seed_claims, "According to the report")
    assert also.source.resolved.text == "Its latest report of July 2024"
    assert (according.source.text, according.source.cue.text) == ("the report", "According to")
    assert according.source.resolved.text == "Its latest report of July 2024"
    finding = _one(seed_claims, "by the finding that")
    assert finding.source.text.startswith("Successive reports by the UN Security Council")
    assert finding.source.cue.text == "finding"


@pytest.mark.parametrize(
    "fragment, claim_type, hedges, negated",
    [
        ("These measures yielded limited results", "assessment", [], False),
        ("This carrot-and-stick policy will likely shape", "prediction", ["likely"], False),
        ("It should also consider crafting", "recommendation", [], False),
        ("Neither side wants a breakdown", "assessment", [], True),
        ("Casualties will not be tolerated", "prediction", [], True),
        ("Military spokesmen held", "attributed", [], False),
        ("Islamabad hopes", "attributed", [], False),
    ],
    ids=["assessment", "prediction", "recommendation", "neither", "not-tolerated", "held", "hopes"],
)
def test_claims_seed_by_hand(seed_claims, fragment, claim_type, hedges, negated):
    record = _one(seed_claims, fragment)
    assert (record.type, [hedge.text for hedge in record.hedges], record.negated) == (claim_type, hedges, negated)


def test_claims_seed_no_claim_for_signpost(seed_claims):
    assert not [record for record in seed_claims if "important caveat" in record.text]


def test_claims_seed_held_source(seed_claims):
    record = _one(seed_claims, "Military spokesmen held")
    assert (record.source.text, record.source.cue.text) == ("Military spokesmen", "held")
    assert [seed_claims and record.text[q.start - record.start : q.end - record.start] for q in record.quotes] == [
        "“arming terrorists and providing a safe haven for them”"
    ]


@pytest.mark.parametrize(
    "text, start",
    [
        ("For Immediate Release\nKABUL, Afghanistan (Sept. 1) - An Afghan force detained three insurgents Tuesday.", "An Afghan force"),
        ("The reform -- long delayed by the assembly -- must be passed soon.", "The reform --"),
    ],
    ids=["dateline", "dash-in-sentence"],
)
def test_claims_dateline_prefix(claims_of, text, start):
    (record,) = claims_of(text)
    assert record.text.startswith(start)


def test_claims_records_are_plain(process):
    doc = process("The ministry said that 42 soldiers were killed.")
    (span,) = doc.spans["claims"]
    assert span.label_ == "attributed"
    assert set(span._.claim_record) == {"sentence", "type", "flags", "subject", "predicate", "object", "source", "quotes", "hedges", "negated"}


# --- second round: headlines, parser fallbacks, ", so", types, sources, span edges ---


@pytest.mark.parametrize(
    "text, claim_type",
    [
        ("Army Unit Seizes Rebel Weapons Cache Near Northern Border\nThe army said on Monday it had found rifles.", "event"),
        ("Police Arrest Gang Leader Involved in Recent Bank Robbery\nThe suspect was held overnight.", "event"),
        ("Rebels Free 200 Hostages Held in Jungle Camp\nThe release followed months of talks.", "statistic"),
    ],
    ids=["title-case", "participle-only", "figure"],
)
def test_claims_headline_is_a_claim(claims_of, text, claim_type):
    headline = text.split("\n")[0]
    record = claims_of(text)[0]
    assert (record.text, record.type, record.source) == (headline, claim_type, None)


def test_claims_short_boilerplate_line_is_no_headline(claims_of):
    records = claims_of("Download PDF\nThe army said on Monday it had found rifles.")
    assert [record.text for record in records] == ["The army said on Monday it had found rifles"]


@pytest.mark.parametrize(
    "text",
    [
        "In fact, talks between army officers and a civilian delegation (that included two judges) led by the envoy explored ways to expand trade.",
        "This at a time when the foreign minister was in Geneva holding talks with rebel leaders aimed at a ceasefire.",
    ],
    ids=["noun-root", "verbless-fragment"],
)
def test_claims_sentence_with_finite_verb_gives_claim_despite_parse(claims_of, text):
    (record,) = claims_of(text)
    assert (record.text, record.type) == (text[:-1], "event")


def test_claims_split_at_comma_so(claims_of):
    wants, necessity = claims_of("Neither country wants a trade war, so a negotiated settlement is a necessity.")
    assert (wants.text, wants.negated) == ("Neither country wants a trade war", True)
    assert (necessity.text, necessity.type, necessity.negated) == ("a negotiated settlement is a necessity", "assessment", False)


@pytest.mark.parametrize(
    "text, published, claim_type",
    [
        ("The government's unwillingness to negotiate undermined the fragile truce.", "2025-01-06", "assessment"),
        ("The sanctions were designed to raise the cost of the occupation.", "2025-01-06", "assessment"),
        ("The detained commander was responsible for several attacks on police posts in the district.", "2025-01-06", "event"),
        ("The merger is unlikely to win approval from the regulator.", "2025-01-06", "prediction"),
        ("The new dam may flood several villages in the valley.", "2025-01-06", "prediction"),
        ("Two more mines are to be closed later this year.", "2025-01-06", "prediction"),
        ("Steelmaker cutting 5,000 jobs by 2030 in Europe.", "2025-01-06", "prediction"),
        ("The minister declined to say when the border would reopen.", "2025-01-06", "event"),
        ("The carrier also has options on six more aircraft to exercise by 2031.", "2025-01-06", "statistic"),
    ],
    ids=["abstract-subject-causal", "designed-to", "responsible-for", "unlikely-to", "may", "be-to", "future-date", "declined-to-say", "options-by-date"],
)
def test_claims_types_second_round(claims_of, text, published, claim_type):
    (record,) = claims_of(text, published=published)
    assert record.type == claim_type


def test_claims_participle_cue_after_writer_clause(claims_of):
    declined, saying = claims_of("The chief executive declined to comment on the timing, saying that the decision rested with the board.")
    assert (declined.text, declined.type) == ("The chief executive declined to comment on the timing", "event")
    assert saying.text == "saying that the decision rested with the board"
    assert (saying.type, saying.source.text, saying.source.cue.text) == ("attributed", "The chief executive", "saying")


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("As well as new roads, the minister stated that a bridge was planned.", "the minister", "stated"),
        ("The envoy stressed his view that the talks would fail.", "The envoy", "stressed"),
        ("The union leaders went on to say that the offer was an insult.", "The union leaders", "say"),
        ("The ministry says that 40 people died in the floods; it noted that rescue work continues.", "The ministry", "says"),
        ("The chairman expected to close two more plants.", "The chairman", "expected"),
    ],
    ids=["nearest-subject", "view-of-subject", "went-on-to-say", "semicolon-it", "expected-to"],
)
def test_claims_sources_second_round(claims_of, text, source, cue):
    (record,) = claims_of(text)
    assert record.type == "attributed"
    assert (record.source.text, record.source.cue.text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Reinforcements were called in to engage the fighters on the ridge.",
        "“We know that the plant is safe and we will prove it.”",
    ],
    ids=["called-in-passive", "first-person-in-quote"],
)
def test_claims_no_source(claims_of, text):
    assert [record.source for record in claims_of(text)] == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(By noon the fire had been contained.)", "By noon the fire had been contained"),
        ("The troops searched the village..", "The troops searched the village"),
        ("WHEN the rebels took the city, the army said it would retake it.", "the rebels took the city"),
        ("The company filed for bankruptcy, and if the court agrees, the plant may close as the owners intend to sell it.", "if the court agrees, the plant may close as the owners intend to sell it"),
    ],
    ids=["parenthesised", "double-period", "when-dropped", "if-kept"],
)
def test_claims_span_edges(claims_of, text, expected):
    assert expected in [record.text for record in claims_of(text)]


def test_claims_clause_at_sentence_end_keeps_period_and_quote(claims_of):
    text = 'The mayor refused to give a date, saying that it was "a matter for the courts."'
    records = claims_of(text)
    assert records[-1].text == 'saying that it was "a matter for the courts."'


@pytest.mark.parametrize(
    "text, hedges",
    [("The vote is expected to pass easily.", ["expected to"]), ("The chairman expected to close two more plants.", [])],
    ids=["passive-hedge", "active-cue"],
)
def test_claims_expected_to_hedge_only_when_passive(claims_of, text, hedges):
    (record,) = claims_of(text)
    assert [hedge.text for hedge in record.hedges] == hedges


def test_claims_light_verb_with_object_is_checkable(claims_of):
    records = claims_of("“We will do it right. And we will do it once.”")
    assert [record.text for record in records] == ["“We will do it right", "And we will do it once.”"]
