"""Gold source for the seed column (anchor 2025-01-06). Locators: see build_gold.py docstring.
Rules cited as R<n> refer to annotations/GUIDELINES.md."""

PAK = ("COUNTRY", "country:PAK", "Pakistan")
AFG = ("COUNTRY", "country:AFG", "Afghanistan")
TAL = ("ARMED_GROUP", "group:taliban", "Taliban")
TTP = ("ARMED_GROUP", "group:ttp", "Tehreek-i-Taliban Pakistan")

ACTORS = [
    # country names, every occurrence (R10); index 2 is inside "Tehreek-i-Taliban Pakistan" (R3)
    (("Pakistan", "*", [2]), *PAK),
    (("Afghanistan", "*", []), *AFG),
    # Taliban name, every occurrence incl. modifiers (R14); index 3 is inside Tehreek-i-Taliban
    (("Taliban", "*", [3]), *TAL),
    ("Tehreek-i-Taliban Pakistan", *TTP),
    (("TTP", "*", []), *TTP),
    # capitals as governments (R11); Kabul index 3 = "was in Kabul holding talks" is a place
    (("Kabul", "*", [3]), *AFG),
    (("Islamabad", "*", []), *PAK),
    ("India", "COUNTRY", "country:IND", "India"),
    ("China", "COUNTRY", "country:CHN", "China"),
    ("UN Security Council", "ORGANIZATION", "org:un-security-council", "UN Security Council"),
    ("Analytical Support and Sanctions Monitoring Team", "ORGANIZATION", "org:un-monitoring-team",
     "UN Analytical Support and Sanctions Monitoring Team"),
    ("General Directorate of Intelligence", "ORGANIZATION", "org:afghan-gdi", "General Directorate of Intelligence (Afghanistan)"),
    ("IS-K", "ARMED_GROUP", "group:isis-k", "Islamic State Khorasan Province"),
    ("Al Qaeda", "ARMED_GROUP", "group:al-qaeda", "Al Qaeda"),
    # demonym + state-organ head (R11)
    (("Pakistani officials", "*", []), *PAK),
    (("Pakistani authorities", "*", []), *PAK),
    ("Pakistani leaders", *PAK),
    ("Pakistani fighter jets", *PAK),
    ("Pakistani military officials", *PAK),
    ("Afghan interim government", *AFG),
    # persons, name only (R8, R9)
    ("Shehbaz Sharif", "PERSON", "person:shehbaz-sharif", "Shehbaz Sharif"),
    ("Muhammed Sadiq", "PERSON", "person:muhammed-sadiq", "Muhammed Sadiq"),
    (("Sadiq", "*", [0]), "PERSON", "person:muhammed-sadiq", "Muhammed Sadiq"),
    ("Abdul Kabir", "PERSON", "person:abdul-kabir", "Abdul Kabir"),   # R8/R9: "Maulvi" is an honorific, not part of the name (2nd annotator)
]

DATES = [
    ("over three years ago", "DATE", "2022", "BEFORE"),          # R19
    ("July 2024", "DATE", "2024-07", None),
    ("last year", "DATE", "2024", None),
    ("<<2024>> was the deadliest", "DATE", "2024", None),
    ("almost a decade", "DURATION", "P10Y", "LESS_THAN"),         # R19
    ("Three-and-a-half years", "DURATION", "P3.5Y", None),        # R18
    ("Last week", "DATE", "2025-W01", None),                      # R18 ISO week
    ("late December", "DATE", "2024-12", "END"),
    ("Days later", "DURATION", "PXD", None),                      # R20
    ("Dec 24", "DATE", "2024-12-24", None),
    ("over a year", "DURATION", "P1Y", "MORE_THAN"),
    ("April 2024", "DATE", "2024-04", None),
    ("after <<a year>>’s hiatus", "DURATION", "P1Y", None),       # R17 possessive out
    ("the past year or so", "DURATION", "P1Y", "APPROX"),         # R17 "over" = during, out
    ("January", "DATE", "2025-01", None),                         # R18 plan -> future
]

FIGURES = [
    ("6,000-6,500", 6250.0, 6000.0, 6500.0, "fighters", True),    # R23/R24 "an estimated"
    ("16", 16.0, 16.0, 16.0, "security personnel", False),
]

REPORT = "Its latest report of July 2024"
TEAM = "Analytical Support and Sanctions Monitoring Team"

CLAIMS = [
    dict(text="the Taliban returned to power in Afghanistan over three years ago", type="event"),
    dict(text="Pakistan’s policymakers assumed this would help to guarantee the stability of the country’s western border",
         type="attributed", flags=["prediction"],
         source=dict(span="Pakistan’s policymakers", cue="assumed", actor_id="country:PAK")),
    dict(text="That has long been a strategic compulsion given Pakistan’s troubled relations with India on its eastern flank",
         type="assessment"),
    dict(text="But the assumption about securing the border with Afghanistan under Taliban rule turned out to be a strategic miscalculation",
         type="assessment"),
    dict(text="It did not take long for it to become evident that the Taliban takeover enabled the Tehreek-i-Taliban Pakistan to reorganise, revitalise and then escalate cross-border attacks, posing a serious security threat to Pakistan",
         type="event", flags=["assessment"], negated=False),  # R32 idiom
    dict(text="The Taliban’s unwillingness to take action against the TTP upended Islamabad’s expectation that Kabul would be responsive to Pakistan’s security concerns",
         type="assessment"),
    dict(text="Successive reports by the UN Security Council’s Analytical Support and Sanctions Monitoring Team reinforced Pakistan’s assessment by the finding that the “TTP benefited the most of all the foreign extremist groups in Afghanistan from the Taliban takeover”",
         type="attributed", flags=["assessment"],
         source=dict(span="Successive reports by the UN Security Council’s Analytical Support and Sanctions Monitoring Team",
                     cue="finding", actor_id="org:un-monitoring-team"),
         quotes=["“TTP benefited the most of all the foreign extremist groups in Afghanistan from the Taliban takeover”"]),
    dict(text="Its latest report of July 2024 says the “TTP remained the largest terrorist group in Afghanistan, with an estimated strength of 6,000-6,500 fighters”",
         type="attributed", flags=["statistic"],
         source=dict(span=REPORT, cue="says", actor_id="org:un-monitoring-team", resolved=TEAM),
         quotes=["“TTP remained the largest terrorist group in Afghanistan, with an estimated strength of 6,000-6,500 fighters”"],
         hedges=["an estimated"]),
    dict(text="It “continues to operate at significant scale in Afghanistan and to conduct terrorist operations into Pakistan from there”",
         type="attributed", flags=["event"],   # continued quotation inherits source and cue (R29)
         source=dict(span=REPORT, cue="2024 <<says>> the", actor_id="org:un-monitoring-team", resolved=TEAM),
         quotes=["“continues to operate at significant scale in Afghanistan and to conduct terrorist operations into Pakistan from there”"]),
    dict(text="The report also says “the Taliban do not conceive of TTP as a terrorist group: the bonds are close, and the debt owed to TTP significant”",
         type="attributed", flags=["assessment"], negated=True,
         source=dict(span="The report", cue="also says", actor_id="org:un-monitoring-team", resolved=REPORT),
         quotes=["“the Taliban do not conceive of TTP as a terrorist group: the bonds are close, and the debt owed to TTP significant”"]),
    dict(text="According to the report, the TTP receives support — and oversight — from Afghanistan’s General Directorate of Intelligence aimed at preventing defections to IS-K, the Taliban’s principal foe",
         type="attributed", flags=["event"],
         source=dict(span="the report", cue="According to", actor_id="org:un-monitoring-team", resolved=REPORT)),
    dict(text="TTP’s links to Al Qaeda also continue", type="event"),
    dict(text="There was a significant surge in cross-border terrorist attacks by TTP last year and rise in casualties of law-enforcement personnel, which heightened the security challenge for Pakistan",
         type="statistic", flags=["event"]),
    dict(text="In fact, 2024 was the deadliest year with the highest number of casualties in terrorist attacks in almost a decade",
         type="statistic"),
    dict(text="Three-and-a-half years of talks on the TTP between Pakistani officials and Taliban authorities yielded little",
         type="event", flags=["assessment"]),
    dict(text="Taliban responses ranged from asking for time to ‘manage’ TTP to urging Pakistani officials to talk to the militant group as well as offering assurances of resettling its fighters away from the border and asking for financial help to do this",
         type="event", quotes=["‘manage’"]),
    dict(text="Neither side wants a breakdown in relations", type="assessment", negated=True),
    dict(text="diplomatic re-engagement is a compulsion", type="assessment"),
    dict(text="With their patience exhausted, Pakistani authorities began to adopt a harder line towards Kabul, also undertaking unannounced kinetic attacks on TTP sanctuaries and individuals in Afghanistan",
         type="event"),
    dict(text="Public statements by Pakistani leaders became tougher", type="event", flags=["assessment"]),
    dict(text="Taliban leaders were asked to choose between the TTP and Pakistan", type="event"),
    dict(text="Military spokesmen held the Afghan interim government squarely responsible for “arming terrorists and providing a safe haven for them”",
         type="attributed", flags=["assessment"],
         source=dict(span="Military spokesmen", cue="held", actor_id="country:PAK"),
         quotes=["“arming terrorists and providing a safe haven for them”"]),
    dict(text="Last week, Prime Minister Shehbaz Sharif demanded Kabul take action to stop TTP from attacking and killing innocent people, calling that a red line for Pakistan",
         type="attributed", flags=["recommendation", "event"],
         source=dict(span="Prime Minister Shehbaz Sharif", cue="demanded", actor_id="person:shehbaz-sharif")),
    # R400: the participle after the cue reports a second content of the same speaker, nested in the claim
    dict(text="calling that a red line for Pakistan",
         type="attributed", flags=["assessment"],
         source=dict(span="Prime Minister Shehbaz Sharif", cue="calling", actor_id="person:shehbaz-sharif")),
    dict(text="This followed an audacious TTP attack on a border post in Makin in late December which left 16 security personnel dead and forced Pakistan to retaliate",
         type="event"),  # figure only in the relative clause (R28)
    dict(text="Days later, on Dec 24, Pakistani fighter jets carried out air strikes against TTP hideouts in Paktika province",
         type="event"),
    dict(text="The Taliban authorities lodged an angry protest with Islamabad", type="event"),
    dict(text="claimed their forces retaliated by hitting several Pakistani positions along the border including in Waziristan",
         type="attributed", flags=["event"],
         source=dict(span="The Taliban authorities", cue="claimed", actor_id="group:taliban")),
    dict(text="These armed clashes injected more tensions into an already strained relationship", type="assessment"),
    dict(text="This at a time when Pakistan’s special envoy for Afghanistan Muhammed Sadiq was in Kabul holding talks with the Afghan Deputy Prime Minister Maulvi Abdul Kabir and other Taliban officials aimed at de-escalating tensions",
         type="event"),
    dict(text="Overshadowed by the air strikes, Sadiq’s visit marked an effort to reset ties with Afghanistan after over a year of coercive policy actions pursued by Islamabad",
         type="event", flags=["assessment"]),
    dict(text="These actions included, apart from unannounced air strikes (except strikes in April 2024 which were publicly acknowledged by Islamabad), transit trade restrictions and expulsion of illegal Afghan refugees from Pakistan",
         type="event"),
    dict(text="Kinetic actions are often referred to by Pakistani military officials as intelligence-based operations and aim to degrade TTP’s capabilities",
         type="event", flags=["assessment"]),
    dict(text="Coercive actions as a whole were designed to raise the costs for the Taliban of their non-cooperation on the TTP",
         type="assessment"),
    dict(text="These measures yielded limited results", type="assessment"),
    dict(text="Pakistani authorities then decided diplomatic re-engagement with Kabul was necessary to prevent a breakdown in relations, resuming dialogue after a year’s hiatus to explore possibilities for resolution of trade and security disputes",
         type="event"),
    dict(text="Both sides seemed keen to halt the deterioration in relations with bilateral trade and transit trade having precipitously declined over the past year or so",
         type="assessment", hedges=["seemed"]),
    dict(text="In fact, talks between Taliban officials and a hybrid delegation (that included military officers) led by Sadiq explored avenues to enhance economic cooperation",
         type="event"),
    dict(text="They ranged over key trade issues including renewal of the transit trade agreement and finalisation of a preferential trade deal as well as the one-document regime that Pakistan is implementing as part of its border control policy",
         type="event"),
    dict(text="These talks, according to official sources, were proceeding in a positive direction and in a “cooperative atmosphere”, with an agreement for high-level visits to resume in January, when the air strikes took place",
         type="attributed", flags=["event"],
         source=dict(span="official sources", cue="according to", actor_id=None),
         quotes=["“cooperative atmosphere”"]),
    dict(text="the armed clashes and exchange of hot words between the two countries have put diplomatic engagement on pause",
         type="event"),
    dict(text="it is nonetheless expected to resume sooner rather than later", type="prediction", hedges=["expected to"]),
    dict(text="This indicates a tentative shift in Pakistan’s strategy away from a focus only on coercive actions and a one-item agenda with the Taliban involving the TTP",
         type="assessment"),
    # "But there is an important caveat to this." -> no claim (R26)
    dict(text="Pakistani authorities have also signalled to Kabul that any major attack from Afghan soil will invite a Pakistani reprisal and likely hot pursuit",
         type="attributed", flags=["prediction"],
         source=dict(span="Pakistani authorities", cue="have also signalled", actor_id="country:PAK"),
         hedges=["likely"]),
    dict(text="Casualties will not be tolerated", type="prediction", negated=True),
    dict(text="Pakistan’s hand will be forced to take kinetic action", type="prediction"),
    dict(text="This carrot-and-stick policy will likely shape the planned reset of ties with Afghanistan",
         type="prediction", hedges=["likely"]),
    dict(text="Islamabad hopes the combined effect of diplomatic engagement and trade inducements as well as pressure on the TTP issue would encourage Taliban authorities to respond to Pakistan’s security concerns",
         type="attributed", flags=["prediction"],
         source=dict(span="Islamabad", cue="hopes", actor_id="country:PAK")),
    dict(text="Pakistan therefore seems intent on employing both incentives and disincentives in a renewed bid to prevail on the Taliban",
         type="assessment", hedges=["seems"]),
    dict(text="It should also consider crafting a regional strategy in collaboration with China and Afghanistan’s other neighbours to mount collective pressure on Kabul to change course on the terrorism issue, which remains a common worry for the entire region",
         type="recommendation"),
]
