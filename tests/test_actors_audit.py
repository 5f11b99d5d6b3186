"""Audit of the actor stage on South Asian, African and Latin American news (issue 12, GUIDELINES R121-R124).

Short articles written for this test (not copied from any source), each class of issue 12 at least twice in
different wordings: parties and their acronyms, people by title, first name and surname, bodies known by acronym,
and the false actors (festivals, laws, awards, programmes, diseases, works, phrases, role words, places, datelines).
The pipeline runs once over all articles (one module fixture); a regression in any class fails its test.
Classes still failing are marked xfail(strict=True), so that a fix shows up as an unexpected pass."""

from __future__ import annotations

import pytest

ARTICLES = {
    'in-bjp': (
        "NEW DELHI - The Bharatiya Janata Party (BJP) on Tuesday named Shri Ramesh Kumar Yadav as its candidate for the Lucknow seat. "
        "Yadav told reporters that the BJP would sweep Uttar Pradesh. "
        "The CPI(M) general secretary said the Left would fight every constituency in Kerala. "
        "Smt Kavita Sharma, a two-time MLA, joined the Congress after Diwali."
    ),
    'pk-pti': (
        "PESHAWAR - The Pakistan Tehreek-e-Insaf (PTI) said on Monday that its workers had been arrested in Khyber Pakhtunkhwa. "
        "Begum Nusrat Bibi, a PTI lawmaker, said the PML-N government had failed. "
        "Maulana Fazlur Ahmed warned that the Interior would not stop the march. "
        "Police closed the Khyber Pass and the Durand Line crossing ahead of Eid ul-Adha."
    ),
    'za-anc': (
        "JOHANNESBURG - The African National Congress (ANC) said on Wednesday it would not join a coalition with the Democratic Alliance. "
        "Thandiwe Mokoena, the party's spokesperson, said the ANC remained the largest party. "
        "Mokoena added that the Independent Electoral Commission (IEC) would announce results on Friday. "
        "The Opposition said the House should meet before Christmas."
    ),
    'mx-morena': (
        "MEXICO CITY - MORENA lawmakers approved the budget on Thursday, party leader Doña Luisa Hernández said. "
        "Don Carlos Ortega, a senator from Sonora, said the vote was illegal. "
        "Hernández said Petróleos Mexicanos (Pemex) would receive more funds. "
        "The Court is expected to rule next month, Ortega said."
    ),
    'pk-water': (
        "ISLAMABAD - The Water and Power Development Authority (WAPDA) said on Sunday that the Indus had risen sharply after the Siachen Glacier began melting. "
        "Dr Ayesha Siddiqui, a hydrologist, said Helmand and Kandahar had seen little rain. "
        "Gen. "
        "Tariq Mehmood said troops had been sent to Swat district. "
        "The National Disaster Management Authority (NDMA) warned of floods in Sindh."
    ),
    'ng-inec': (
        "ABUJA - The Independent National Electoral Commission (INEC) said on Monday that voting would resume in Kano. "
        "Chief Emeka Okafor, a former minister, said the All Progressives Congress (APC) had rigged the vote. "
        "Emeka said the Nigerian National Petroleum Corporation (NNPC) had paid for rallies. "
        "Voters in Lagos queued for hours to register for the National Identity Number scheme."
    ),
    'my-datuk': (
        "KUALA LUMPUR - Datuk Seri Anwar Rahman said on Friday the Malaysian Anti-Corruption Commission (MACC) had opened an inquiry. "
        "Anwar said the Nobel Prize should not be politicised. "
        "Sheikh Abdullah Al-Thani, a Qatari envoy, met the Prime Minister. "
        "The CM of Penang said the Patriot Act had no parallel in Malaysia."
    ),
    'in-covid': (
        "MUMBAI - Health officials said on Tuesday that the Omicron variant had spread to Pune. "
        "Mr Anil Deshmukh, the state health minister, said the Ayushman Bharat scheme would cover treatment. "
        "Deshmukh said dengue cases had also risen after the monsoon. "
        "The CM said Hinduism and Islam both taught compassion, and urged people to watch Kaun Banega Crorepati at home."
    ),
    'bd-hasina': (
        "DHAKA - Sheikh Hasina Wazed said on Saturday that the Awami League would contest every seat. "
        "Hasina told supporters that the Bangladesh Nationalist Party (BNP) had boycotted the polls. "
        "The Election Commission said turnout reached 40 percent. "
        "The Bharat Jodo Yatra, a march named after the Congress campaign, drew large crowds in Assam."
    ),
    'co-petro': (
        "BOGOTA - President Gustavo Petro said on Monday that the Colombian Petroleum Company (Ecopetrol) would stop new exploration. "
        "Petro told Congress that the Pacto Histórico would back the reform. "
        "Senator María Fernanda Cabal said the plan was reckless. "
        "Cabal, of the Democratic Centre party, said the Senate would block it. "
        "Activists shouted Ni Una Menos outside the Capitol."
    ),
    'pk-jamaat': (
        "LAHORE - Jamaat-e-Islami chief Sirajul Haq said on Sunday that inflation had crushed the poor. "
        "Haq said Inshallah the party would win Punjab. "
        "The Provincial Assembly passed the bill on Friday. "
        "Maryam Nawaz Sharif, the chief minister of Punjab, said the bill would help farmers. "
        "Maryam said the PML-N had kept its promises."
    ),
    'ke-iebc': (
        "NAIROBI - The Independent Electoral and Boundaries Commission (IEBC) said on Tuesday that it had cleared William Ruto. "
        "Ruto said the Orange Democratic Movement (ODM) had accepted the results. "
        "Raila Odinga, the ODM leader, said he would go to the Supreme Court. "
        "Odinga said the Huduma Namba programme had violated privacy."
    ),
    'lk-rajapaksa': (
        "COLOMBO - The Sri Lanka Podujana Peramuna (SLPP) said on Thursday that Mahinda Rajapaksa would lead its list. "
        "Rajapaksa told a rally in Kandy that the Samagi Jana Balawegaya (SJB) had no plan. "
        "Mr Sajith Premadasa, the SJB leader, said the Central Bank of Sri Lanka (CBSL) had misled voters. "
        "Premadasa spoke after the Vesak festival."
    ),
    'gh-ndc': (
        "ACCRA - The National Democratic Congress (NDC) said on Friday that it would challenge the result. "
        "John Mahama told supporters the New Patriotic Party (NPP) had bought votes. "
        "Dr Kwame Asante, an analyst, said the Electoral Commission had acted lawfully. "
        "Mahama added that the Volta River had flooded Ada district."
    ),
    'my-tansri': (
        "PUTRAJAYA - Tan Sri Muhyiddin Ibrahim said on Monday that the Election Commission would redraw seats. "
        "Muhyiddin said the Sabah Heritage Party would not join. "
        "PUTRAJAYA - Datuk Seri Najib Hamzah, a former minister, said the ruling was unfair."
    ),
    'pk-sheikh': (
        "KARACHI - Sheikh Rashid Ahmed said on Sunday that the Muttahida Qaumi Movement (MQM) had betrayed the city. "
        "Ahmed said the Karachi Electric Supply Company (KESC) had cut power for hours. "
        "Maulana Tariq Jameel led prayers for Eid ul-Fitr at the Badshahi Mosque."
    ),
    'in-shri': (
        "PATNA - The Rashtriya Janata Dal (RJD) on Monday fielded Shri Manoj Kumar Singh from the Danapur seat. "
        "Singh said the Janata Dal (United) had failed the state. "
        "Smt Rekha Devi, a sitting MLA, said the Nitish Kumar government ignored the Ganga floods. "
        "Rekha said the Chhath Puja holiday would be extended."
    ),
    'ar-milei': (
        "BUENOS AIRES - President Javier Milei said on Tuesday that the Central Bank would be closed. "
        "Milei told Congress that La Libertad Avanza would back the plan. "
        "Doña Cristina Fernández, the former president, said the plan was cruel. "
        "Fernández said the Justicialist Party would vote against it. "
        "Protesters marched under the banner Que se vayan todos."
    ),
    "gh-naa": (
        "ACCRA - Naa Professor Kofi Delle said on Monday that the clinic would open in Tamale. "
        "Naa Professor Delle told reporters it would treat skin diseases. "
        "The elders confirmed Nana Kwame Ofori III as Omanhene of the traditional area. "
        "The Omanhene said the durbar would go ahead."
    ),
}


@pytest.fixture(scope="module")
def actors(article_actors):
    return article_actors(ARTICLES)


def known_failure(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# Acronyms of parties, with the evidence R71 asks for (the full name, the country, a capital in the dateline).
@pytest.mark.parametrize(
    "doc_id, acronym, party_id",
    [
        ("in-bjp", "BJP", "org:indian-peoples-party-ind"),
        ("in-bjp", "CPI(M)", "org:communist-party-of-india-marxist-ind"),
        ("pk-pti", "PTI", "org:pakistan-movement-for-justice-pak"),
        ("pk-pti", "PML-N", "org:pakistan-muslim-league-nawaz-pak"),
        ("za-anc", "ANC", "org:african-national-congress-zaf"),
        ("mx-morena", "MORENA", "org:national-regeneration-movement-mex"),
        ("ng-inec", "APC", "org:all-progressives-congress-nga"),
        ("ke-iebc", "ODM", "org:orange-democratic-movement-ken"),
        ("gh-ndc", "NDC", "org:national-democratic-congress-gha"),
        ("bd-hasina", "BNP", "org:bangladesh-nationalist-party-bgd"),
    ],
)
def test_party_acronyms_with_evidence(actors, doc_id, acronym, party_id):
    assert actors.mention(doc_id, acronym)[3:] == ("ORGANIZATION", party_id)


# R121: a party's full name keeps the table names written inside it ('Congress', 'Pakistan').
@pytest.mark.parametrize(
    "doc_id, name, party_id",
    [
        ("za-anc", "African National Congress", "org:african-national-congress-zaf"),
        ("ng-inec", "All Progressives Congress", "org:all-progressives-congress-nga"),
        ("gh-ndc", "National Democratic Congress", "org:national-democratic-congress-gha"),
        ("pk-pti", "Pakistan Tehreek-e-Insaf", "org:pakistan-movement-for-justice-pak"),
        known_failure("lk-rajapaksa", "Sri Lanka Podujana Peramuna", "org:sri-lanka-podujana-peramuna-lka", reason="the party's spelling is not in Party Facts"),
    ],
)
def test_party_full_names_are_one_mention(actors, doc_id, name, party_id):
    assert actors.overlapping(doc_id, name) == [actors.mention(doc_id, name)]
    assert actors.mention(doc_id, name)[4] == party_id


# Bodies of non-Western press known by an acronym: found, and one id with their full name where it is written.
@pytest.mark.parametrize(
    "doc_id, full_name, acronym",
    [
        ("za-anc", "Independent Electoral Commission", "IEC"),
        ("ng-inec", "Independent National Electoral Commission", "INEC"),
        ("ng-inec", "Nigerian National Petroleum Corporation", "NNPC"),
        ("pk-water", "National Disaster Management Authority", "NDMA"),
        ("lk-rajapaksa", "Central Bank of Sri Lanka", "CBSL"),
        ("pk-sheikh", "Karachi Electric Supply Company", "KESC"),
        ("pk-sheikh", "Muttahida Qaumi Movement", "MQM"),
    ],
)
def test_bodies_known_by_acronym(actors, doc_id, full_name, acronym):
    full, short = actors.mention(doc_id, full_name), actors.mention(doc_id, acronym)
    assert full[3] == short[3] == "ORGANIZATION" and full[4] == short[4]


@pytest.mark.parametrize("doc_id, acronym", [("pk-water", "WAPDA"), ("my-datuk", "MACC"), ("ke-iebc", "IEBC")])
def test_acronym_alone_is_a_body(actors, doc_id, acronym):
    assert actors.mention(doc_id, acronym)[3] == "ORGANIZATION"


# R122: titles of many languages stay out of the person's mention, and are no actor of their own.
@pytest.mark.parametrize(
    "doc_id, title, name",
    [
        ("in-bjp", "Shri", "Ramesh Kumar Yadav"),
        ("in-shri", "Shri", "Manoj Kumar Singh"),
        ("in-bjp", "Smt", "Kavita Sharma"),
        ("in-shri", "Smt", "Rekha Devi"),
        ("pk-pti", "Begum", "Nusrat Bibi"),
        ("pk-pti", "Maulana", "Fazlur Ahmed"),
        ("pk-sheikh", "Maulana", "Tariq Jameel"),
        ("pk-sheikh", "Sheikh", "Rashid Ahmed"),
        ("bd-hasina", "Sheikh", "Hasina Wazed"),
        ("my-datuk", "Sheikh", "Abdullah Al-Thani"),
        ("my-datuk", "Datuk Seri", "Anwar Rahman"),
        ("my-tansri", "Datuk Seri", "Najib Hamzah"),
        ("my-tansri", "Tan Sri", "Muhyiddin Ibrahim"),
        ("pk-water", "Dr", "Ayesha Siddiqui"),
        ("gh-ndc", "Dr", "Kwame Asante"),
        ("pk-water", "Gen.", "Tariq Mehmood"),
        ("in-covid", "Mr", "Anil Deshmukh"),
        ("lk-rajapaksa", "Mr", "Sajith Premadasa"),
        ("mx-morena", "Doña", "Luisa Hernández"),
        ("ar-milei", "Doña", "Cristina Fernández"),
        ("mx-morena", "Don", "Carlos Ortega"),
        ("ng-inec", "Chief", "Emeka Okafor"),
        ("gh-naa", "Naa Professor", "Kofi Delle"),
        ("gh-naa", "Nana", "Kwame Ofori III"),
    ],
)
def test_titled_persons(actors, doc_id, title, name):
    assert actors.mention(doc_id, name)[3] == "PERSON"
    assert actors.overlapping(doc_id, f"{title} {name}") == [actors.mention(doc_id, name)]


# R123: a surname or a first name alone, after the full name, is the same person (one id), whatever the model's label.
@pytest.mark.parametrize(
    "doc_id, full_name, short",
    [
        ("in-bjp", "Ramesh Kumar Yadav", "Yadav"),
        ("za-anc", "Thandiwe Mokoena", "Mokoena"),
        ("mx-morena", "Luisa Hernández", "Hernández"),
        ("co-petro", "María Fernanda Cabal", "Cabal"),
        ("ke-iebc", "Raila Odinga", "Odinga"),
        ("lk-rajapaksa", "Mahinda Rajapaksa", "Rajapaksa"),
        ("ng-inec", "Emeka Okafor", "Emeka"),
        ("pk-jamaat", "Maryam Nawaz Sharif", "Maryam"),
        ("bd-hasina", "Hasina Wazed", "Hasina"),
        ("my-datuk", "Anwar Rahman", "Anwar"),
        ("my-tansri", "Muhyiddin Ibrahim", "Muhyiddin"),
        ("in-shri", "Rekha Devi", "Rekha"),
    ],
)
def test_short_names_link_to_the_full_name(actors, doc_id, full_name, short):
    full = actors.mention(doc_id, full_name)
    later = actors.mention(doc_id, short, occurrence=1)
    assert full[3] == later[3] == "PERSON" and full[4] == later[4]


# False actors (R65-R67, R97): things, phrases, role words, religions, places and datelines.
@pytest.mark.parametrize(
    "doc_id, text",
    [
        ("in-bjp", "Diwali"),
        ("pk-pti", "Eid ul-Adha"),
        ("pk-sheikh", "Eid ul-Fitr"),
        ("lk-rajapaksa", "Vesak"),
        ("in-shri", "Chhath Puja"),
        ("my-datuk", "Patriot Act"),
        ("my-datuk", "Nobel Prize"),
        ("ng-inec", "National Identity Number"),
        ("ke-iebc", "Huduma Namba"),
        ("in-covid", "Omicron"),
        ("in-covid", "dengue"),
        ("co-petro", "Ni Una Menos"),
        ("my-datuk", "CM"),
        ("in-covid", "CM"),
        ("in-bjp", "MLA"),
        ("za-anc", "Opposition"),
        ("mx-morena", "Court"),
        ("pk-pti", "Interior"),
        ("in-covid", "Hinduism"),
        ("in-covid", "Islam"),
        ("pk-pti", "Khyber Pass"),
        ("pk-pti", "Durand Line"),
        ("pk-water", "Indus"),
        ("pk-water", "Siachen Glacier"),
        ("pk-water", "Helmand"),
        ("pk-water", "Sindh"),
        ("in-shri", "Ganga"),
        ("gh-ndc", "Volta River"),
        ("gh-ndc", "Ada district"),
        ("ng-inec", "Kano"),
        ("pk-pti", "Khyber Pakhtunkhwa"),
        ("gh-naa", ". Naa Professor"),
        ("gh-naa", "Omanhene of"),
        ("gh-naa", "The Omanhene said"),
        ("pk-pti", "PESHAWAR"),
        ("pk-water", "ISLAMABAD"),
        ("ng-inec", "ABUJA"),
        known_failure("bd-hasina", "Bharat Jodo Yatra", reason="a march named after a campaign: no head word of the table ends it"),
        known_failure("in-covid", "Ayushman Bharat", reason="a programme name without 'scheme' after it, read as a person and the country"),
        known_failure("in-covid", "Kaun Banega Crorepati", reason="a TV show's Hindi title read as a person"),
        known_failure("pk-jamaat", "Inshallah", reason="an Urdu phrase read as an organisation"),
        known_failure("ar-milei", "Que se vayan todos", reason="a Spanish phrase read as a person"),
        known_failure("in-bjp", "Lucknow", reason="a city as the modifier of 'seat', read as an organisation: R300 reads only a place preposition's object"),
        known_failure("in-bjp", "Uttar Pradesh", reason="a state as the object of 'sweep', read as an organisation: R300 reads only a place preposition's object"),
        ("in-covid", "Pune"),
        ("mx-morena", "Sonora"),
        ("lk-rajapaksa", "Kandy"),
        known_failure("in-shri", "Danapur", reason="a constituency the model reads as a person"),
    ],
)
def test_not_actors(actors, doc_id, text):
    assert actors.overlapping(doc_id, text) == []


# Wrong types: a named woman politician the model reads as an organisation, assemblies and companies.
@pytest.mark.parametrize(
    "doc_id, name, actor_type",
    [
        ("pk-pti", "Nusrat Bibi", "PERSON"),
        ("pk-jamaat", "Maryam Nawaz Sharif", "PERSON"),
        ("co-petro", "María Fernanda Cabal", "PERSON"),
        ("pk-jamaat", "Provincial Assembly", "ORGANIZATION"),
        ("ke-iebc", "Supreme Court", "ORGANIZATION"),
        known_failure("mx-morena", "Petróleos Mexicanos", "ORGANIZATION", reason="a Spanish company name read as a person"),
    ],
)
def test_types(actors, doc_id, name, actor_type):
    assert actors.mention(doc_id, name)[3] == actor_type
