"""Gold source for wikinews-31706 (Ford, published 2006-01-23)."""
FORD = ("ORGANIZATION", "org:ford-motor-company", "Ford Motor Company")
UAW = ("ORGANIZATION", "org:united-auto-workers", "United Auto Workers")
CAW = ("ORGANIZATION", "org:canadian-auto-workers", "Canadian Auto Workers")
DD = ("PERSON", "person:dennis-desrosier", "Dennis DesRosier")

ACTORS = [
    (("Ford Motor Company", "*", []), *FORD),
    # bare "Ford" = the company; 0, 1 inside "Ford Motor Company", 4 inside the person's name,
    # 8, 9 inside product names "Ford Taurus", "Ford Explorer" (R14)
    (("Ford", "*", [0, 1, 4, 8, 9]), *FORD),
    ("America", "COUNTRY", "country:USA", "United States"),          # R10
    ("William Clay Ford Jr.", "PERSON", "person:william-clay-ford-jr", "William Clay Ford Jr."),
    (("Canadian Auto Workers", "*", []), *CAW),                      # R8 "union" out
    ("Whitey MacDonald", "PERSON", "person:whitey-macdonald", "Whitey MacDonald"),
    ("Local 1520", "ORGANIZATION", "org:caw-local-1520", "CAW Local 1520"),
    ("Dennis DesRosier", *DD),
    ("DesRoiser", *DD),                                               # R9 misspelt repeat
    ("United Auto Workers", *UAW),
    (("UAW", "*", []), *UAW),
    ("Ron Gettelfinger", "PERSON", "person:ron-gettelfinger", "Ron Gettelfinger"),
    ("Gerald Bantom", "PERSON", "person:gerald-bantom", "Gerald Bantom"),
    # not actors: North American (region adj.), Atlanta / St. Louis / Wixom / St. Thomas plants (facilities,
    # cities), Michigan, Ohio, Ontario (subnational), Batavia Transmission, Windsor Casting plant (facilities)
]

DATES = [
    (("2012", "*", []), "DATE", "2012", None),
    ("January 23, 2006", "DATE", "2006-01-23", None),
    ("last year", "DATE", "2005", None),
    (("2008", "*", []), "DATE", "2008", None),
    ("the end of this year", "DATE", "2006", "END"),
    ("2005", "DATE", "2005", None),
    ("here <<today>>", "DATE", "2006-01-23", None),
    ("the years", "DURATION", "PXY", None),                     # "over the years" = during (R17)
    ("in <<two>> to three years", "DURATION", "P2Y", None),      # one TIMEX3 per bound (R20, R983)
    ("two to <<three years>>", "DURATION", "P3Y", None),
    ("later this year", "DATE", "2006", None),
    ("earn <<today>>", "DATE", "PRESENT_REF", None),             # R16 'today' = nowadays
    ("the future", "DATE", "FUTURE_REF", None),
]

FIGURES = [
    (("30,000", "*", []), 30000.0, 30000.0, 30000.0, "jobs", False),
    (("14", "*", []), 14.0, 14.0, 14.0, "plants", False),
    ("US$ 1.6 billion", 1.6e9, 1.6e9, 1.6e9, "USD", False),
    ("20 to 25 percent", 22.5, 20.0, 25.0, "percent", False),
    ("122,000", 122000.0, 122000.0, 122000.0, "people", False),
    ("one of <<two>> plants", 2.0, 2.0, 2.0, "plants", False),
    ("29%", 29.0, 29.0, 29.0, "percent", False),
    ("have <<one>> shift", 1.0, 1.0, 1.0, "shift", False),
    ("goes to <<one>> shift", 1.0, 1.0, 1.0, "shift", False),
    ("millions of dollars", None, None, None, "USD", True),    # R24 vague number noun
    ("$200 million", 2e8, 2e8, 2e8, "USD", False),
    (("Two", "*", []), 2.0, 2.0, 2.0, "plants", False),
    ("another <<two>>", 2.0, 2.0, 2.0, "plants", False),        # R25 elided noun
    ("12%", 12.0, 12.0, 12.0, "percent", False),
    ("53", 53.0, 53.0, 53.0, "executive officers", False),
    # not figures: "one of two" (partitive one), "the one shift", "the two cars" (R22), "Local 1520" (name)
]

MAC = "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union"

CLAIMS = [
    dict(text="Ford Motor Company cutting 30,000 jobs by 2012", type="prediction", flags=["statistic"]),
    dict(text="The Ford Motor Company, the second-largest car manufacturer in America, will cut 30,000 jobs and 14 plants as part of a restructuring plan to relieve Ford after a US$ 1.6 billion loss last year in North American sales",
         type="prediction", flags=["statistic"]),
    dict(text="The plan, called `` Way Forward'', the brainchild of Ford's Chief Executive Officer, William Clay Ford Jr., is to end Ford's North American losses by 2008",
         type="prediction", quotes=["`` Way Forward''"]),
    dict(text="To accomplish this 30,000 jobs which make up 20 to 25 percent of Ford's North American workforce of 122,000 people will be cut and 14 plants will be closed in order to bring Ford's production capacity in line with demand",
         type="prediction", flags=["statistic"]),
    dict(text="By the end of this year, the Atlanta and St. Louis plants will be closed", type="prediction"),
    dict(text="Atlanta makes the Ford Taurus sedan, which is being phased out", type="event"),
    dict(text="The St. Louis plant is one of two plants that manufactures the Ford Explorer, whose sales had a 29% decline in 2005",
         type="statistic", flags=["event"]),
    dict(text="It will also close its Wixom, Michigan plant, Batavia Transmission in Ohio the Windsor Casting plant in Ontario which was previously announced by Ford that it was to be closed after contract negotiations with the Canadian Auto Workers union",
         type="prediction"),
    dict(text="The plant in St. Thomas, Ontario plant will have one shift cut from it", type="prediction", flags=["statistic"]),
    dict(text="The plant makes the Crown Victoria and Grand Marquis cars", type="event"),
    dict(text="On this cut of the one shift, Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said `` There is a lot of anger here today, there is no doubt about it",
         type="attributed", flags=["assessment"],
         source=dict(span=MAC, cue="said", actor_id="person:whitey-macdonald"),
         quotes=["`` There is a lot of anger here today, there is no doubt about it"]),
    dict(text="Any time a plant goes to one shift, it puts them in limbo",
         type="attributed", flags=["assessment"],
         source=dict(span=MAC, cue="union <<said>> ``", actor_id="person:whitey-macdonald"),
         quotes=["Any time a plant goes to one shift, it puts them in limbo"]),
    dict(text="This car has made the company millions of dollars over the years they have invested in other products and locations - we are entitled to some new investment given our track record.''",
         type="attributed", flags=["statistic", "assessment"],
         source=dict(span=MAC, cue="union <<said>> ``", actor_id="person:whitey-macdonald"),
         quotes=["This car has made the company millions of dollars over the years they have invested in other products and locations - we are entitled to some new investment given our track record.''"]),
    dict(text="Positive news for the plant is that Ford is still committed to invest $200 million into the plant to upgrade the appearance of the two cars manufactured there",
         type="prediction", flags=["statistic"]),
    dict(text="On the contrary, according to Automotive analyst Dennis DesRosier believes that the factory is still `` likely'' to close",
         type="attributed", flags=["prediction"],
         source=dict(span="Automotive analyst Dennis DesRosier", cue="believes", actor_id="person:dennis-desrosier"),
         quotes=["`` likely''"], hedges=["likely"]),
    dict(text="DesRoiser said, `` The St. Thomas plant is old, the product is old, it make sense it is on that list",
         type="attributed", flags=["assessment"],
         source=dict(span="DesRoiser", cue="said", actor_id="person:dennis-desrosier"),
         quotes=["`` The St. Thomas plant is old, the product is old, it make sense it is on that list"]),
    dict(text="This may be just a short-term reprieve, it may be look at permanent closure in two to three years.''",
         type="attributed", flags=["prediction"],
         source=dict(span="DesRoiser", cue="DesRoiser <<said>>", actor_id="person:dennis-desrosier"),
         quotes=["This may be just a short-term reprieve, it may be look at permanent closure in two to three years.''"],
         hedges=[("may", 0), ("may", 1)]),
    dict(text="Two more plants will close in 2008, another two in 2012", type="prediction", flags=["statistic"]),
    dict(text="Two more plants to be closed are to be announced later this year", type="prediction", flags=["statistic"]),
    dict(text="Also, Ford will fire 12% of its 53 executive officers", type="prediction", flags=["statistic"]),
    dict(text="Due to the company's current contract with the United Auto Workers union, workers at the idled plants will still be receiving their pay and benefits until Ford negotiates a new contract with the union",
         type="prediction"),
    dict(text="However, the workers may not earn what they earn today because they will not be eligible for overtime",
         type="prediction", negated=True, hedges=["may"]),
    dict(text="The UAW President Ron Gettelfinger and Vice President Gerald Bantom called say the plan is `` extremely disappointing.''",
         type="attributed", flags=["assessment"],
         source=dict(span="The UAW President Ron Gettelfinger and Vice President Gerald Bantom", cue="say", actor_id="person:ron-gettelfinger"),
         quotes=["`` extremely disappointing.''"]),
    dict(text="The UAW issued statement saying `` The impacted hourly and salaried workers find themselves facing uncertain futures because of senior management's failure to halt Ford's sliding market share",
         type="attributed", flags=["assessment"],
         source=dict(span="The UAW", cue="saying", actor_id="org:united-auto-workers"),
         quotes=["`` The impacted hourly and salaried workers find themselves facing uncertain futures because of senior management's failure to halt Ford's sliding market share"]),
    dict(text="The announcement has further left a cloud hanging over the entire work force because of pending future announcements of additional facilities to be closed at some point in the future.''",
         type="attributed", flags=["assessment"],
         source=dict(span="<<The UAW>> issued", cue="statement <<saying>>", actor_id="org:united-auto-workers"),
         quotes=["The announcement has further left a cloud hanging over the entire work force because of pending future announcements of additional facilities to be closed at some point in the future.''"]),
]
