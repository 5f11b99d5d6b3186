"""Audit of the actor stage on news from Bangladesh, Nepal, Sri Lanka, Afghanistan, the Maldives and Bhutan
(issue 12, GUIDELINES R151-R156).

Short articles written for this test in the style of that region's English press (datelines with an agency,
honorifics, people called by one name, parties by acronym, festivals, upazilas and provinces); none is copied from
any source. The expected actors were written by hand from annotations/GUIDELINES.md before the pipeline ran. The
pipeline runs once over all articles (one module fixture). Classes still failing are xfail(strict=True) with the
reason, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

import pytest


def known_failure(*values, reason: str):
    """A case of a class the stage still gets wrong: a fix shows up as an unexpected pass."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))

ARTICLES = {
    "bd-polls": (
        "DHAKA, March 3 (BSS) - The Awami League on Sunday urged the Election Commission to hold the polls on schedule. "
        "Obaidul Quader, general secretary of the party, told a rally in Sylhet that the BNP wanted to foil the election. "
        "BNP Secretary General Mirza Fakhrul Islam Alamgir said the government had jailed thousands of opposition activists. "
        "Fakhrul said the Jamaat-e-Islami would join the movement after Pohela Boishakh. "
        "Chief Election Commissioner Kazi Habibul Awal said the polls would be free and fair."
    ),
    "bd-rab": (
        "COX'S BAZAR - Members of the Rapid Action Battalion (RAB) arrested three suspected drug traders in Teknaf upazila on Tuesday. "
        "The Border Guard Bangladesh (BGB) seized 50,000 yaba tablets near the Naf river, a BGB spokesman said. "
        "Lt Col Sajjad Hossain, commanding officer of RAB-15, told reporters the suspects had crossed from Myanmar. "
        "Rohingya leaders in Ukhiya said the Arakan Army had pushed more families towards the border."
    ),
    "bd-acc": (
        "DHAKA - The Anti-Corruption Commission (ACC) on Monday filed a case against former land minister Saifuzzaman Chowdhury. "
        "ACC Chairman Mohammad Abdul Momen said the commission had found properties worth Tk 2,000 crore in London and Dubai. "
        "Barrister Jyotirmoy Barua, a lawyer for the accused, called the case politically motivated. "
        "The Bangladesh Bank said it had frozen the accounts under the Money Laundering Prevention Act."
    ),
    "bd-yunus": (
        "DHAKA - Chief Adviser Prof Muhammad Yunus on Thursday met a delegation of the International Monetary Fund (IMF) at the State Guest House Jamuna. "
        "Yunus said the interim government would hand over power to an elected government. "
        "Begum Khaleda Zia, the BNP chairperson, returned home after treatment in London. "
        "Students of Dhaka University marched to the Shaheed Minar on Ekushey February."
    ),
    "np-coalition": (
        "KATHMANDU, Jan 12 - The Nepali Congress and the CPN-UML agreed on Monday to share power until the next election. "
        "UML Chair KP Sharma Oli will lead the government for the first half of the term, Congress leaders said. "
        "Pushpa Kamal Dahal, chair of the CPN (Maoist Centre), said the deal betrayed the spirit of the 2015 constitution. "
        "Prachanda told reporters in Bharatpur that the Maoist Centre would sit in the opposition. "
        "The Rastriya Swatantra Party (RSP) said it would not support the new government."
    ),
    "np-flood": (
        "KATHMANDU - Floods and landslides triggered by incessant rain have killed 38 people in Koshi and Bagmati provinces, the Nepal Police said on Sunday. "
        "The National Disaster Risk Reduction and Management Authority (NDRRMA) said 14 people were missing in Sindhupalchok. "
        "Home Minister Ramesh Lekhak directed security agencies to rescue people stranded along the Bhotekoshi river. "
        "The Department of Hydrology and Meteorology warned of more rain before Dashain."
    ),
    "np-court": (
        "KATHMANDU - The Supreme Court on Wednesday ordered the government to halt the transfer of the Nepal Rastra Bank governor. "
        "A division bench of Justices Sapana Pradhan Malla and Til Prasad Shrestha issued the interim order. "
        "Advocate Om Prakash Aryal, who filed the writ, said the Cabinet had no authority to remove Governor Maha Prasad Adhikari. "
        "The Commission for the Investigation of Abuse of Authority (CIAA) has also filed a corruption case at the Special Court."
    ),
    "lk-election": (
        "COLOMBO (Daily Mirror) - President Anura Kumara Dissanayake said on Tuesday the National People's Power (NPP) government would not privatise state enterprises. "
        "Dissanayake, who also leads the JVP, told a rally in Kurunegala that the SJB and the SLPP had ruined the economy. "
        "Opposition Leader Sajith Premadasa said the Samagi Jana Balawegaya would table a no-confidence motion. "
        "Former president Ranil Wickremesinghe urged the United National Party (UNP) to unite before Vesak."
    ),
    "lk-cbsl": (
        "COLOMBO - The Central Bank of Sri Lanka (CBSL) kept its policy rates unchanged on Wednesday. "
        "CBSL Governor Dr. "
        "Nandalal Weerasinghe said inflation would stay below target. "
        "The International Monetary Fund said Sri Lanka had met the conditions of its Extended Fund Facility. "
        "Hon. "
        "Harini Amarasuriya, the Prime Minister, told Parliament the Aswesuma welfare programme would be expanded."
    ),
    "af-emirate": (
        "KABUL (TOLOnews) - The Islamic Emirate said on Saturday that it had reopened the Torkham crossing. "
        "Zabihullah Mujahid, the spokesman for the Islamic Emirate, said trade with Pakistan would resume. "
        "Mawlawi Abdul Kabir, the minister of refugees, met UNAMA officials in Kabul. "
        "The Ministry of Foreign Affairs said Amir Khan Muttaqi would visit Tashkent. "
        "Residents of Nangarhar said the Kabul River had flooded their farms."
    ),
    "af-women": (
        "KABUL - The United Nations Assistance Mission in Afghanistan (UNAMA) on Monday called on the Taliban to lift the ban on girls' education. "
        "Roza Otunbayeva, head of UNAMA, said Afghan women had been erased from public life. "
        "The Ministry for the Propagation of Virtue and the Prevention of Vice said the decree followed Sharia. "
        "Mullah Hibatullah Akhundzada, the Taliban's supreme leader, ordered the closure of beauty salons in Kandahar. "
        "Qari Din Mohammad Hanif, the economy minister, said the ban would not affect aid."
    ),
    "mv-majlis": (
        "MALE' - The People's Majlis on Tuesday passed the amendment to the Decentralisation Act. "
        "President Dr Mohamed Muizzu said the People's National Congress (PNC) had kept its pledge. "
        "The Maldivian Democratic Party (MDP) said the bill would weaken island councils. "
        "MDP chairperson Fayyaz Ismail told reporters in Hulhumale that Muizzu was centralising power."
    ),
    "bt-tobgay": (
        "THIMPHU (Kuensel) - Lyonchhen Tshering Tobgay said on Monday the government would invest in the Gelephu Mindfulness City. "
        "His Majesty The King granted kidu to families affected by the floods in Punakha. "
        "Dasho Karma Ura said the Gross National Happiness index had risen. "
        "The People's Democratic Party (PDP) won 30 of 47 seats in the National Assembly."
    ),
    "in-bengal": (
        "KOLKATA - The Trinamool Congress (TMC) on Friday accused the Border Security Force (BSF) of firing on villagers in Cooch Behar. "
        "TMC MP Mahua Moitra said the Centre had ignored the killings along the India-Bangladesh border. "
        "Mamata said the party would raise the matter in the Lok Sabha. "
        "The Bangladesh High Commission in New Delhi said it was in touch with Indian authorities."
    ),
    "np-budget": (
        "KATHMANDU - Finance Minister Bishnu Prasad Paudel presented the budget in the Federal Parliament on Wednesday. "
        "Nepali Congress President Sher Bahadur Deuba said the budget would revive the economy. "
        "Congress lawmakers cheered when Paudel announced higher allowances before Tihar. "
        "The Office of the Auditor General (OAG) said the OAG had found irregularities worth Rs 120 billion."
    ),
    "bt-council": (
        "THIMPHU - Lyonpo Namgyal Dorji said on Friday that the hydropower project would be completed before Losar. "
        "The Druk Green Power Corporation (DGPC) said it had signed an agreement with the Tata Power Company (TPC). "
        "Lyonchhen Tshering Tobgay told the National Council that the Gelephu project would create jobs."
    ),
}


@pytest.fixture(scope="module")
def actors(article_actors):
    return article_actors(ARTICLES)


# R151: parties as the region's press writes them, from Party Facts' names without the state's name or with the
# other apostrophe; R152: 'Congress' alone is the '<demonym> Congress' party; and the dateline's state settles
# an acronym parties of two named states share ('BNP' in Dhaka and in Britain).
@pytest.mark.parametrize(
    "doc_id, name, party_id, occurrence",
    [
        ("bd-polls", "Awami League", "org:bangladesh-peoples-league-bgd", 0),
        ("bd-polls", "Jamaat-e-Islami", "org:islam-conference-bangladesh-bgd", 0),
        ("in-bengal", "Trinamool Congress", "org:all-india-trinamool-congress-ind", 0),
        ("bt-tobgay", "People's Democratic Party", "org:peoples-democratic-party-btn", 0),
        ("np-coalition", "Congress", "org:nepali-congress-npl", 1),
        ("np-budget", "Congress", "org:nepali-congress-npl", 1),
        ("bd-yunus", "BNP", "org:bangladesh-nationalist-party-bgd", 0),
        ("mv-majlis", "MDP", "org:maldivian-democratic-party-mdv", 0),
        ("lk-election", "UNP", "org:united-national-party-lka", 0),
        # founded 2016, after Party Facts' core list; the Maoist Centre is Party Facts' Maoist party renamed (R272)
        ("lk-election", "SLPP", "org:sri-lanka-peoples-front-lka", 0),
        ("np-coalition", "CPN (Maoist Centre)", "org:communist-party-of-nepal-maoist-npl", 0),
    ],
)
def test_parties(actors, doc_id, name, party_id, occurrence):
    assert actors.mention(doc_id, name, occurrence)[3:] == ("ORGANIZATION", party_id)


# R154: a plural noun's possessive inside a name does not cut it ("National People's Power").
@pytest.mark.parametrize(
    "doc_id, name",
    [
        ("lk-election", "National People's Power"),
        ("bt-tobgay", "People's Democratic Party"),
        ("mv-majlis", "People's Majlis"),
        # founded 2020, after the Party Facts core list: pipeline/sources/parties-added.csv (R272)
        ("lk-election", "Samagi Jana Balawegaya"),
    ],
)
def test_names_with_a_possessive_are_one_mention(actors, doc_id, name):
    assert actors.overlapping(doc_id, name) == [actors.mention(doc_id, name)]
    assert actors.mention(doc_id, name)[3] == "ORGANIZATION"


# R155: a body the model leaves untagged before its bracketed acronym is found, and the acronym takes its id.
@pytest.mark.parametrize(
    "doc_id, full_name, acronym",
    [
        ("bd-acc", "Anti-Corruption Commission", "ACC"),
        ("np-court", "Commission for the Investigation of Abuse of Authority", "CIAA"),
        ("lk-cbsl", "Central Bank of Sri Lanka", "CBSL"),
        ("np-budget", "Office of the Auditor General", "OAG"),
        ("bd-rab", "Rapid Action Battalion", "RAB"),
        ("bd-rab", "Border Guard Bangladesh", "BGB"),
        ("np-flood", "National Disaster Risk Reduction and Management Authority", "NDRRMA"),
        ("af-women", "United Nations Assistance Mission in Afghanistan", "UNAMA"),
        ("bt-council", "Druk Green Power Corporation", "DGPC"),
        ("mv-majlis", "People's National Congress", "PNC"),
    ],
)
def test_bodies_named_before_their_acronym(actors, doc_id, full_name, acronym):
    full, short = actors.mention(doc_id, full_name), actors.mention(doc_id, acronym)
    assert full[3] == short[3] == "ORGANIZATION" and full[4] == short[4]


# Bodies, legislatures, armed groups and media of the region (R7); the Islamic Emirate is the Taliban.
@pytest.mark.parametrize(
    "doc_id, name, actor_type",
    [
        ("bd-polls", "BSS", "ORGANIZATION"),
        ("bd-polls", "Election Commission", "ORGANIZATION"),
        ("bd-acc", "Bangladesh Bank", "ORGANIZATION"),
        ("bd-yunus", "Dhaka University", "ORGANIZATION"),
        ("bd-rab", "Arakan Army", "ARMED_GROUP"),
        ("np-flood", "Nepal Police", "ORGANIZATION"),
        ("np-court", "Nepal Rastra Bank", "ORGANIZATION"),
        ("np-court", "Special Court", "ORGANIZATION"),
        ("in-bengal", "Lok Sabha", "ORGANIZATION"),
        ("in-bengal", "Border Security Force", "ORGANIZATION"),
        ("lk-election", "Daily Mirror", "ORGANIZATION"),
        ("bt-tobgay", "Kuensel", "ORGANIZATION"),
        ("bt-tobgay", "National Assembly", "ORGANIZATION"),
        ("af-emirate", "Islamic Emirate", "ARMED_GROUP"),
        ("af-emirate", "Ministry of Foreign Affairs", "ORGANIZATION"),
        ("af-women", "Taliban", "ARMED_GROUP"),
        known_failure("af-emirate", "TOLOnews", "ORGANIZATION", reason="a mixed-case media name in the dateline the model leaves untagged"),
        known_failure(
            "af-women", "Ministry for the Propagation of Virtue and the Prevention of Vice", "ORGANIZATION",
            reason="the model ends the ministry's name at 'and the'",
        ),
    ],
)
def test_bodies(actors, doc_id, name, actor_type):
    assert actors.mention(doc_id, name)[3] == actor_type


# R122 and R156: honorifics and titles of the region stay out of the name; one id for the short forms (R123).
@pytest.mark.parametrize(
    "doc_id, title, name",
    [
        ("bd-yunus", "Prof", "Muhammad Yunus"),
        ("bd-yunus", "Begum", "Khaleda Zia"),
        ("bd-acc", "Barrister", "Jyotirmoy Barua"),
        ("np-court", "Advocate", "Om Prakash Aryal"),
        ("lk-cbsl", "Dr.", "Nandalal Weerasinghe"),
        ("lk-cbsl", "Hon.", "Harini Amarasuriya"),
        ("mv-majlis", "Dr", "Mohamed Muizzu"),
        ("bt-tobgay", "Lyonchhen", "Tshering Tobgay"),
        ("bt-council", "Lyonchhen", "Tshering Tobgay"),
        ("bt-council", "Lyonpo", "Namgyal Dorji"),
        ("bt-tobgay", "Dasho", "Karma Ura"),
        ("af-emirate", "Mawlawi", "Abdul Kabir"),
        ("af-women", "Mullah", "Hibatullah Akhundzada"),
        ("af-women", "Qari", "Din Mohammad Hanif"),
        ("bd-rab", "Lt Col", "Sajjad Hossain"),
        known_failure("af-emirate", "Amir Khan", "Muttaqi", reason="'Amir' is a title and a first name: 'Amir Khan Muttaqi' loses 'Amir'"),
        known_failure("np-coalition", "UML Chair", "KP Sharma Oli", reason="initials in capitals after a title: the model joins 'KP' to 'UML Chair'"),
    ],
)
def test_titled_persons(actors, doc_id, title, name):
    assert actors.mention(doc_id, name)[3] == "PERSON"
    assert actors.overlapping(doc_id, f"{title} {name}") == [actors.mention(doc_id, name)]


@pytest.mark.parametrize(
    "doc_id, full_name, short",
    [
        ("bd-yunus", "Muhammad Yunus", "Yunus"),
        ("lk-election", "Anura Kumara Dissanayake", "Dissanayake"),
        ("mv-majlis", "Mohamed Muizzu", "Muizzu"),
        ("np-budget", "Bishnu Prasad Paudel", "Paudel"),
        known_failure("bd-polls", "Mirza Fakhrul Islam Alamgir", "Fakhrul", reason="a second given name after 'Mirza' alone: only first names and surnames link"),
    ],
)
def test_short_names_link_to_the_full_name(actors, doc_id, full_name, short):
    full = actors.mention(doc_id, full_name)
    later = actors.mention(doc_id, short, occurrence=1)
    assert full[3] == later[3] == "PERSON" and full[4] == later[4]


# False actors: festivals (R65, R156), datelines in capitals with an apostrophe (R153), places, things.
@pytest.mark.parametrize(
    "doc_id, text",
    [
        ("bd-polls", "Pohela Boishakh"),
        ("np-flood", "Dashain"),
        ("lk-election", "Vesak"),
        ("np-budget", "Tihar"),
        ("bt-council", "Losar"),
        ("bd-rab", "COX'S BAZAR"),
        ("mv-majlis", "MALE'"),
        ("bd-polls", "DHAKA"),
        ("np-coalition", "KATHMANDU"),
        ("af-emirate", "KABUL"),
        ("bd-rab", "Teknaf upazila"),
        ("bd-rab", "Naf river"),
        ("bd-acc", "Money Laundering Prevention Act"),
        ("bd-yunus", "State Guest House Jamuna"),
        ("np-coalition", "Bharatpur"),
        ("np-flood", "Sindhupalchok"),
        ("np-flood", "Bhotekoshi"),
        ("lk-election", "Kurunegala"),
        ("lk-cbsl", "Aswesuma"),
        ("af-emirate", "Kabul River"),
        ("af-emirate", "Tashkent"),  # R810: the object of "visit" is the place
        ("af-women", "Kandahar"),
        ("af-women", "Sharia"),
        ("mv-majlis", "Decentralisation Act"),
        ("mv-majlis", "Hulhumale"),
        ("bt-tobgay", "Punakha"),
        ("in-bengal", "New Delhi"),
        known_failure("np-flood", "Bagmati", reason="a province before 'provinces' read as a body (the '<Name> province' class of another branch)"),
        known_failure("bd-rab", "Ukhiya", reason="an upazila the model reads as a body: no gazetteer of subdistricts"),
        known_failure("af-emirate", "Torkham", reason="a border crossing the model reads as a body"),
        known_failure("af-emirate", "Nangarhar", reason="a province named without 'province', read as a body"),
        known_failure("in-bengal", "Cooch Behar", reason="a district named without 'district', read as a person"),
        known_failure("np-flood", "Floods", reason="a plural noun the model joins to the dateline"),
        known_failure("bd-yunus", "Ekushey February", reason="a day the model joins to a monument's name ('Shaheed Minar on Ekushey February')"),
        known_failure("lk-cbsl", "Extended Fund Facility", reason="an IMF loan programme named like a body"),
        known_failure("bt-tobgay", "Gelephu Mindfulness City", reason="a planned city named like a body"),
        known_failure("bt-tobgay", "Gross National Happiness", reason="an index named like a body, its head noun in lower case after it"),
        known_failure("bt-council", "Gelephu", reason="a place before a lower-case 'project', read as a person"),
    ],
)
def test_not_actors(actors, doc_id, text):
    assert actors.overlapping(doc_id, text) == []


@pytest.mark.parametrize(
    "doc_id, name, actor_type",
    [
        ("bd-yunus", "Khaleda Zia", "PERSON"),
        ("in-bengal", "Mahua Moitra", "PERSON"),
        ("np-court", "Sapana Pradhan Malla", "PERSON"),
        known_failure("in-bengal", "Mamata", "PERSON", reason="a politician called by her first name only, read as a body"),
    ],
)
def test_types(actors, doc_id, name, actor_type):
    assert actors.mention(doc_id, name)[3] == actor_type


def test_party_names_without_their_state_and_with_both_apostrophes(build_tables):
    """R151 on hand-made Party Facts rows: the state's name that opens or closes a party's name is dropped, unless a
    particle ties it in or the rest is another party's full name; both apostrophes are written."""
    row = {"partyfacts_id": "1", "name_short": ""}
    rows = [
        {**row, "country": "BGD", "name": "Bangladesh Awami League", "name_english": "Bangladesh People's League"},
        {**row, "country": "PAK", "name": "Jamat-e-Islami Pakistan", "name_english": ""},
        {**row, "country": "NPL", "name": "Communist Party of Nepal", "name_english": ""},
        {**row, "country": "BWA", "name": "Botswana Democratic Party", "name_english": ""},
        {**row, "country": "USA", "name": "Democratic Party", "name_english": ""},
        {**row, "country": "BTN", "name": "People’s Democratic Party", "name_english": ""},
    ]
    states = {"BGD": ("Bangladesh",), "PAK": ("Pakistan",), "NPL": ("Nepal",), "BWA": ("Botswana",), "USA": ("United States",), "BTN": ("Bhutan",)}
    names = {party["country"]: party["names"] for party in build_tables.build_parties(rows, taken_forms=set(), country_names=states)}
    assert names["BGD"] == ["Bangladesh Awami League", "Bangladesh People's League", "Awami League", "People's League", "Bangladesh People’s League", "People’s League"]
    assert names["PAK"] == ["Jamat-e-Islami Pakistan", "Jamat-e-Islami"]
    assert names["NPL"] == ["Communist Party of Nepal"]
    assert names["BWA"] == ["Botswana Democratic Party"]
    assert names["BTN"] == ["People’s Democratic Party", "People's Democratic Party"]


def test_congress_alone_is_the_demonym_congress_party(blank_nlp):
    """R152: in a Nepali story 'Congress' is the Nepali Congress, not the US Congress nor a legislature."""
    from spacy.tokens import Doc

    from claimspan.components.actors.actor_spans import Candidate
    from claimspan.components.actors.parties import congress_of_country
    from claimspan.tables import PartyEntry

    party = PartyEntry(id="org:nepali-congress-npl", country="NPL", name="Nepali Congress", names=["Nepali Congress"], acronyms=["NC"])
    doc = Doc(blank_nlp.vocab, words=["Congress", "won", "in", "Nepal", "."], spaces=[True, True, True, False, False])
    congress = Candidate(0, 1, "ORGANIZATION", "org:us-congress", "U.S. Congress", 0)
    found = congress_of_country(doc, [congress], frozenset({"NPL"}), {party.id: party}, main_state=("NPL", "Nepal"), demonyms={"NPL": ("Nepali", "Nepalese")})
    assert [c.actor_id for c in found] == ["org:nepali-congress-npl"]
    # without the demonym the lone word stays the legislature of the state (R76), as before
    found = congress_of_country(doc, [congress], frozenset({"NPL"}), {party.id: party}, main_state=("NPL", "Nepal"))
    assert [c.actor_id for c in found] == ["org:congress-npl"]


@pytest.mark.parametrize(
    "words, start, end, expected",
    [
        (["COX", "'S", "BAZAR", "-", "Police", "said"], 0, 1, True),
        (["COX", "'S", "BAZAR", "-", "Police", "said"], 2, 3, True),
        (["MALE", "'", "-", "The", "Majlis", "met"], 0, 1, True),
        (["PESHAWAR", "-", "The", "PTI", "said"], 0, 1, True),
        (["The", "PTI", "said", "MALE", "'", "voters"], 3, 4, False),
    ],
    ids=["first-word", "after-the-possessive", "closing-apostrophe", "plain", "not-at-line-start"],
)
def test_datelines_with_an_apostrophe(blank_nlp, words, start, end, expected):
    """R153: words in capitals with an apostrophe belong to the dateline's place."""
    from spacy.tokens import Doc

    from claimspan.components.actors.dateline_mentions import is_dateline

    spaces = [not (i + 1 < len(words) and words[i + 1] in ("'S", "'")) for i in range(len(words))]
    assert is_dateline(Doc(blank_nlp.vocab, words=words, spaces=spaces), start, end) is expected


@pytest.mark.parametrize(
    "text, name, party_id",
    [
        ("LUSAKA - The Peoples Party won seats in Zambia. Zambia has ties with Pakistan.", "Peoples Party", "org:peoples-party"),
        ("The Pakistan Peoples Party said the Peoples Party would win in Pakistan.", "Peoples Party", "org:pakistan-peoples-party-pak"),
        ("Israel and the Palestinian Authority (PA) met in Cairo.", "Palestinian Authority", "country:PSE"),
    ],
    ids=["short-form-of-a-state-named-less", "short-form-after-the-full-name", "table-reading-before-an-acronym-stands"],
)
def test_short_forms_need_the_article_state(nlp, text, name, party_id):
    """R151: a party's name without its state counts for the dateline's state or the state the article names most
    (a Zambian 'Peoples Party' is not Pakistan's); R155 leaves a table's reading of a whole name before its acronym."""
    doc = nlp(text)
    start = text.rindex(name) if name == "Peoples Party" else text.index(name)
    found = [(span.kb_id_) for span in doc.spans["actors"] if span.start_char == start and span.end_char == start + len(name)]
    assert found == [party_id]


def test_a_person_name_opening_with_a_defined_acronym_is_the_body_and_the_person(nlp):
    """R155: the acronym the document defines for a body is that body also where the model runs it into the next
    person's name; the person keeps the rest."""
    text = "CAIRO - The Lebanese-Egyptian Business Association (LEBA) held a forum. LEBA Fatallah Fawzi said trade grew."
    found = [(span.text, span.label_, span.kb_id_) for span in nlp(text).spans["actors"]]
    body = "org:lebanese-egyptian-business-association"
    assert found == [("Lebanese-Egyptian Business Association", "ORGANIZATION", body), ("LEBA", "ORGANIZATION", body), ("LEBA", "ORGANIZATION", body), ("Fatallah Fawzi", "PERSON", "person:fatallah-fawzi")]
