"""Gold source for wikinews-71426 (Aer Lingus, published 2007-06-09)."""
EI = ("ORGANIZATION", "org:aer-lingus", "Aer Lingus")
AIRBUS = ("ORGANIZATION", "org:airbus", "Airbus")
RYR = ("ORGANIZATION", "org:ryanair", "Ryanair")
DM = ("PERSON", "person:dermot-mannion", "Dermot Mannion")
USA = ("COUNTRY", "country:USA", "United States")

ACTORS = [
    (("Aer Lingus", "*", [2]), *EI),               # 2 is inside "Aer Lingus Group PLC"
    ("Aer Lingus Group PLC", *EI),                 # R9 same company
    (("Airbus", "*", [3]), *AIRBUS),               # 3 = "all-Airbus" (R14)
    ("Boeing", "ORGANIZATION", "org:boeing", "Boeing"),
    ("Dermot Mannion", *DM),
    (("Mannion", "*", [0]), *DM),
    (("US", "*", [0]), *USA),                      # 0 = "US$" currency (R10)
    (("U.S.", "*", []), *USA),
    ("South Africa", "COUNTRY", "country:ZAF", "South Africa"),
    ("Irish Stock Exchange", "ORGANIZATION", "org:irish-stock-exchange", "Irish Stock Exchange"),
    (("Ryanair", "*", []), *RYR),
    ("Irish government", "COUNTRY", "country:IRL", "Ireland"),   # R11
    ("European Union", "ORGANIZATION", "org:european-union", "European Union"),
    # not actors: "Irish national airline" (demonym + non-state head, R11), "British and Irish stock markets",
    # Far East (region), New York, Boston, Chicago, Los Angeles, Dubai, San Francisco, Orlando, Washington, Dublin (cities)
]

DATES = [
    ("June 09, 2007", "DATE", "2007-06-09", None),
    ("2009", "DATE", "2009", None),                 # R20 range bounds
    ("2011", "DATE", "2011", None),
    ("2014", "DATE", "2014", None),
    ("2016", "DATE", "2016", None),
    ("currently", "DATE", "PRESENT_REF", None),
    ("2018", "DATE", "2018", None),
    ("September 2006", "DATE", "2006-09", None),
    ("recently", "DATE", "PAST_REF", None),
    ("the day", "DATE", "XXXX-XX-XX", None),        # R16 nominal day, date not given
    ("December", "DATE", "2006-12", None),          # R18 past reference
]

FIGURES = [
    ("twelve", 12.0, 12.0, 12.0, "jets", False),
    ("12", 12.0, 12.0, 12.0, "aircraft", False),
    (("six", "*", [2]), 6.0, 6.0, 6.0, "aircraft", False),
    (("six", "*", [0, 1]), 6.0, 6.0, 6.0, "A350s", False),   # "six more A350s": "more" = additional, outside
    ("30", 30.0, 30.0, 30.0, "aircraft", False),
    ("24", 24.0, 24.0, 24.0, "A320s", False),
    ("6", 6.0, 6.0, 6.0, "A321s", False),
    ("eight", 8.0, 8.0, 8.0, "A330s", False),
    ("€ 1.78 billion", 1.78e9, 1.78e9, 1.78e9, "EUR", False),
    ("US$ 2.4 billion", 2.4e9, 2.4e9, 2.4e9, "USD", False),
    ("launched <<3>> new", 3.0, 3.0, 3.0, "routes", False),
    ("2.5 percent", 2.5, 2.5, 2.5, "percent", False),
    ("€ 2.73", 2.73, 2.73, 2.73, "EUR", False),
    ("$3.68", 3.68, 3.68, 3.68, "USD", False),
    (("25 percent", "*", []), 25.0, 25.0, 25.0, "percent", False),
    ("more than 15 percent", 15.0, 15.0, None, "percent", False),
    # not figures: A330-300E, A350 XWB, 787, A320s... model names (R22)
]

CLAIMS = [
    dict(text="Aer Lingus buys twelve new long-haul Airbus jets", type="statistic", flags=["event"]),
    dict(text="Irish national airline Aer Lingus have purchased 12 new long-haul Airbus aircraft as a means of modernising it's long-haul fleet and improving it's transatlantic network",
         type="statistic", flags=["event"]),
    dict(text="Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E aircraft from 2009 to 2011, then between 2014 and 2016 it will take delivery of six new A350 XWB (Extra Wide Body) aircraft, a new design currently under development by Airbus",
         type="attributed", flags=["prediction", "statistic"],
         source=dict(span="Aer Lingus Group PLC", cue="said", actor_id="org:aer-lingus")),
    dict(text="Aer Lingus also have options of six more A350s to exercise by 2018", type="statistic", flags=["event"]),
    dict(text="Aer Lingus already operates an all-Airbus fleet consisting of 30 short-haul aircraft (24 A320s and 6 A321s) and eight long-haul A330s, and had made the purchase of new long-haul airliners a top priority since the formerly state-owned company was floated on British and Irish stock markets in September 2006",
         type="statistic", flags=["event"]),
    dict(text="The airline had approached Airbus rival Boeing regarding a potential deal for their new 787 aircraft", type="event"),
    dict(text="Aer Lingus Chief Executive Dermot Mannion stated that he believed the Airbus aircraft were `` better on fuel and better on range'' than the 787",
         type="attributed", flags=["assessment"],
         source=dict(span="Aer Lingus Chief Executive Dermot Mannion", cue="stated", actor_id="person:dermot-mannion"),
         quotes=["`` better on fuel and better on range''"]),
    dict(text="He also said that, although the aircraft have a catalogue value of € 1.78 billion (US$ 2.4 billion), Airbus had offered them at an `` exceptional discounts'' on them",
         type="attributed", flags=["event"],
         source=dict(span="He", cue="also said", actor_id="person:dermot-mannion", resolved="Dermot Mannion"),
         quotes=["`` exceptional discounts''"]),
    dict(text="Some of the A330s will be replaced by the new aircraft", type="prediction"),
    dict(text="As well as new routes to the US, Mannion stated that there was a possibility of routes elsewhere resulting from the new aircraft as well, saying, `` We will prioritize the U.S. (but) we have an eye as to what's happening to the Far East and South Africa.''",
         type="attributed", flags=["prediction"],
         source=dict(span="Mannion", cue="stated", actor_id="person:dermot-mannion"),
         quotes=["`` We will prioritize the U.S. (but) we have an eye as to what's happening to the Far East and South Africa.''"],
         hedges=["possibility"]),
    dict(text="The airline already offers flights to New York, Boston, Chicago, Los Angeles, Dubai, and recently launched 3 new U.S. routes to San Francisco, Orlando, and Washington",
         type="statistic", flags=["event"]),
    dict(text="Aer Lingus shares on the Irish Stock Exchange fell 2.5 percent to € 2.73 ($3.68) the day the deal was announced",
         type="statistic"),
    dict(text="It will fall through unless backed by shareholders", type="prediction"),
    dict(text="Aer Lingus rival Ryanair has been attempting to take over Aer Lingus since December", type="event"),
    dict(text="if this bid is successful, the new aircraft may become redundant as Ryanair intends to end transatlantic services",
         type="prediction", hedges=["may"]),
    dict(text="However, the Irish government, which holds a 25 percent share in Aer Lingus, disapproves of the takeover, as do Aer Lingus employee-controlled trusts that hold more than 15 percent shares",
         type="event"),
    dict(text="Ryanair owns a 25 percent share in Aer Lingus", type="statistic"),
    dict(text="The takeover is also unlikely to receive regulatory approval from the European Union", type="prediction", hedges=["unlikely"]),
    dict(text="Mannion said of the integration of the new aircraft `` The A350 XWB fits in with our ambitious plans to expand existing routes and to open up new ones from our hub in Dublin",
         type="attributed", flags=["assessment"],
         source=dict(span="Mannion", cue="said", actor_id="person:dermot-mannion"),
         quotes=["`` The A350 XWB fits in with our ambitious plans to expand existing routes and to open up new ones from our hub in Dublin"]),
    dict(text="We already have an all Airbus fleet and the new aircraft will fit in seamlessly.''",
         type="attributed", flags=["prediction"],
         source=dict(span=("Mannion", 2), cue="Mannion <<said>> of", actor_id="person:dermot-mannion"),
         quotes=["We already have an all Airbus fleet and the new aircraft will fit in seamlessly.''"]),
]
