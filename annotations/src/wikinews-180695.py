"""Gold source for wikinews-180695 (stock drop, published 2010-05-07; the crash day is 2010-05-06)."""
USA = ("COUNTRY", "country:USA", "United States")
PG = ("ORGANIZATION", "org:procter-and-gamble", "Procter & Gamble")
NASDAQ = ("ORGANIZATION", "org:nasdaq", "Nasdaq")
EK = ("PERSON", "person:edward-kaufman", "Edward Kaufman")
GRC = ("COUNTRY", "country:GRC", "Greece")

ACTORS = [
    (("US", "*", []), *USA),
    # "Dow Jones Industrial Average (DJIA)", "Standard & Poor's 500 index", "The Nasdaq fell" = indices (R14)
    (("Procter & Gamble", "*", []), *PG),
    ("Jennifer Chelune", "PERSON", "person:jennifer-chelune", "Jennifer Chelune"),
    ("with <<Nasdaq>> and", *NASDAQ),
    ("Reuters", "ORGANIZATION", "org:reuters", "Reuters"),
    ("Accenture", "ORGANIZATION", "org:accenture", "Accenture"),
    ("Edward Kaufman", *EK),
    ("<<Kaufman>>, along", *EK),
    ("Securities and Exchange Commission", "ORGANIZATION", "org:us-sec", "U.S. Securities and Exchange Commission"),
    ("Mark Warner", "PERSON", "person:mark-warner", "Mark Warner"),
    ("Congress", "ORGANIZATION", "org:us-congress", "United States Congress"),
    ("<<Nasdaq>>, meanwhile", *NASDAQ),
    ("Fort Pitt Capital Group", "ORGANIZATION", "org:fort-pitt-capital-group", "Fort Pitt Capital Group"),
    ("Charlie Smith", "PERSON", "person:charlie-smith", "Charlie Smith"),
    (("Greece", "*", []), *GRC),
    ("Peter Boockvar", "PERSON", "person:peter-boockvar", "Peter Boockvar"),
    ("Miller Tabak", "ORGANIZATION", "org:miller-tabak", "Miller Tabak"),
    # not actors: New York (city), Delaware, Virginia (states of the US), Europe (region)
]

DATES = [
    ("May 07, 2010", "DATE", "2010-05-07", None),
    ("an unusually turbulent day", "DATE", "2010-05-06", None),   # R16 nominal day
    ("yesterday", "DATE", "2010-05-06", None),
    ("thirty minutes", "DURATION", "PT30M", None),
    (("the day", "*", []), "DATE", "2010-05-06", None),
    ("1987", "DATE", "1987", None),
    ("the following day", "DATE", "2010-05-07", None),
    ("several minutes", "DURATION", "PTXM", None),
    ("about 75 minutes", "DURATION", "PT75M", "APPROX"),
    ("February", "DATE", "2010-02", None),
    (("today", "*", []), "DATE", "2010-05-06", None),          # quotes of 2010-05-06
    ("2.40 PM", "TIME", "2010-05-06T14:40", "APPROX"),        # R17 "at or around"
    ("the past three days", "DURATION", "P3D", None),
    ("now", "DATE", "PRESENT_REF", None),
    ("the next couple of years", "DURATION", "P2Y", "APPROX"),
    # "later", "soon": not annotated (R16)
]

FIGURES = [
    (("9%", "*", []), 9.0, 9.0, 9.0, "percent", False),
    ("almost a thousand", 1000.0, None, 1000.0, "points", True),   # R24 almost
    ("998.50", 998.5, 998.5, 998.5, "points", False),
    ("3.30%", 3.3, 3.3, 3.3, "percent", False),
    ("347.80", 347.8, 347.8, 347.8, "points", False),
    ("10,520", 10520.0, 10520.0, 10520.0, "points", False),         # R25 index level
    ("82.65", 82.65, 82.65, 82.65, "points", False),
    ("3.44%", 3.44, 3.44, 3.44, "percent", False),
    ("3.24%", 3.24, 3.24, 3.24, "percent", False),
    ("37.75", 37.75, 37.75, 37.75, "points", False),
    ("almost 37%", 37.0, None, 37.0, "percent", True),
    ("$1 trillion", 1e12, 1e12, 1e12, "USD", False),
    ("about $42", 42.0, 42.0, 42.0, "USD", True),
    ("four cents", 0.04, 0.04, 0.04, "USD", False),                  # R24 currency units
    ("$41.09", 41.09, 41.09, 41.09, "USD", False),
    ("$2.86", 2.86, 2.86, 2.86, "USD", False),
    ("$77.11", 77.11, 77.11, 77.11, "USD", False),
    ("60%", 60.0, 60.0, 60.0, "percent", False),
    ("631", 631.0, 631.0, 631.0, "points", False),
    ("5.7%", 5.7, 5.7, 5.7, "percent", False),
]

CHELUNE = "Procter & Gamble spokeswoman Jennifer Chelune"
KAUFMAN = "Delaware senator Edward Kaufman"
SMITH = "Chief investment officer at Fort Pitt Capital Group Charlie Smith"
BOOCKVAR = "Peter Boockvar an equity strategist for Miller Tabak"

CLAIMS = [
    dict(text="US stocks see 9% drop before making recovery", type="statistic", flags=["event"]),
    dict(text="US stock markets saw an unusually turbulent day yesterday, with the Dow Jones Industrial Average (DJIA) losing almost a thousand points in thirty minutes, although later recovered somewhat to end the day with a smaller loss",
         type="statistic", flags=["event"]),
    dict(text="The DJIA had its worst fall since 1987, a drop of 9% or 998.50 points, before going back up a bit to close with a loss of 3.30% or 347.80 points to a level of 10,520",
         type="statistic"),
    dict(text="The Nasdaq fell 82.65 points or 3.44%, and the Standard & Poor's 500 index dropped 3.24% or 37.75 points",
         type="statistic"),
    dict(text="According to some reports, the quick loss happened because a trader mistyped an order to sell a large amount of stock, causing the stock price to go down enough to trigger orders to sell elsewhere in the market",
         type="attributed", flags=["event"],
         source=dict(span="some reports", cue="According to", actor_id=None)),
    dict(text="By the following day this theory had been abandoned", type="event"),   # R27 brackets out
    dict(text="Other reports suggested that the biggest markets `` slowed'' their executions when it became clear that computerized errors were occurring; as a result, the vast majority of buy orders were briefly withdrawn, allowing the free-fall to continue for several minutes",
         type="attributed", flags=["event"],
         source=dict(span="Other reports", cue="suggested", actor_id=None),
         quotes=["`` slowed''"]),
    dict(text="Stock for the Procter & Gamble company fell almost 37% during the sell-off, about 75 minutes to the closing bell",
         type="statistic", flags=["event"]),
    dict(text="An investigation started into whether any erroneous trades happened", type="event"),
    dict(text="Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident: `` We don't know what caused it",
         type="attributed", flags=["event"], negated=True,
         source=dict(span=CHELUNE, cue="spoke about", actor_id="person:jennifer-chelune"),
         quotes=["`` We don't know what caused it"]),
    dict(text="We know that that was an electronic trade ...] and we're looking into it with Nasdaq and the other major electronic exchanges.''",
         type="attributed", flags=["event"],
         source=dict(span=CHELUNE, cue="spoke about", actor_id="person:jennifer-chelune"),
         quotes=["We know that that was an electronic trade ...] and we're looking into it with Nasdaq and the other major electronic exchanges.''"]),
    dict(text="The Reuters news agency reports that, at their height, the losses cause equity values to lose $1 trillion",
         type="attributed", flags=["statistic"],
         source=dict(span="The Reuters news agency", cue="reports", actor_id="org:reuters")),
    dict(text="Some stocks saw extreme, but short, changes; for instance, consulting firm Accenture saw its shares plummet from about $42 to four cents, although it later rebounded to close the day at $41.09",
         type="statistic", flags=["event"]),
    dict(text="Meanwhile, oil prices also dropped to lows not reached since February", type="statistic", flags=["event"]),
    dict(text="Benchmark crude was down $2.86 to $77.11 in New York", type="statistic"),
    dict(text="`` The potential for giant high-speed computers to generate false trades and create market chaos reared its head again today,'' said Delaware senator Edward Kaufman",
         type="attributed", flags=["assessment"],
         source=dict(span=KAUFMAN, cue="said", actor_id="person:edward-kaufman"),
         quotes=["`` The potential for giant high-speed computers to generate false trades and create market chaos reared its head again today,''"]),
    dict(text="`` The battle of the algorithms -- not understood by nor even remotely transparent to the Securities and Exchange Commission -- simply must be carefully reviewed and placed within a meaningful regulatory framework soon.''",
         type="attributed", flags=["recommendation"],
         source=dict(span=KAUFMAN, cue="today,'' <<said>> Delaware", actor_id="person:edward-kaufman"),
         quotes=["`` The battle of the algorithms -- not understood by nor even remotely transparent to the Securities and Exchange Commission -- simply must be carefully reviewed and placed within a meaningful regulatory framework soon.''"]),
    dict(text="Kaufman, along with senator Mark Warner from Virginia, called on Congress to investigate the cause of the mass sell-offs",
         type="attributed", flags=["recommendation", "event"],
         source=dict(span="Kaufman, along with senator Mark Warner from Virginia", cue="called on", actor_id="person:edward-kaufman")),
    dict(text="Nasdaq, meanwhile, says that all trades of stocks at prices 60% higher or lower than the preceding price at or around 2.40 PM `` or immediately prior'' are to be cancelled; it noted that it coordinated its move with the other exchanges",
         type="attributed", flags=["prediction", "event"],
         source=dict(span="<<Nasdaq>>, meanwhile", cue="says", actor_id="org:nasdaq"),
         quotes=["`` or immediately prior''"]),
    dict(text="Chief investment officer at Fort Pitt Capital Group Charlie Smith said: `` I think the machines just took over",
         type="attributed", flags=["assessment"],
         source=dict(span=SMITH, cue="said", actor_id="person:charlie-smith"),
         quotes=["`` I think the machines just took over"], hedges=["I think"]),
    dict(text="There's not a lot of human interaction",
         type="attributed", flags=["assessment"], negated=True,
         source=dict(span=SMITH, cue="Smith <<said>>:", actor_id="person:charlie-smith"),
         quotes=["There's not a lot of human interaction"]),                 # R30 inside a quotation
    dict(text="We've known that automated trading can run away from you, and I think that's what we saw happen today.''",
         type="attributed", flags=["assessment"],
         source=dict(span=SMITH, cue="Smith <<said>>:", actor_id="person:charlie-smith"),
         quotes=["We've known that automated trading can run away from you, and I think that's what we saw happen today.''"],
         hedges=["I think"]),
    dict(text="In the past three days, the DJIA has lost 631 points, or 5.7%, mainly over concerns about Greece's ailing, debt-burdened economy",
         type="statistic"),
    dict(text="Peter Boockvar an equity strategist for Miller Tabak, commented: `` The market is now realizing that Greece is going to go through a depression over the next couple of years",
         type="attributed", flags=["prediction"],
         source=dict(span=BOOCKVAR, cue="commented", actor_id="person:peter-boockvar"),
         quotes=["`` The market is now realizing that Greece is going to go through a depression over the next couple of years"]),
    dict(text="Europe is a major trading partner of ours, and this threatens the entire global growth story.''",
         type="attributed", flags=["assessment"],
         source=dict(span=BOOCKVAR, cue="commented", actor_id="person:peter-boockvar"),
         quotes=["Europe is a major trading partner of ours, and this threatens the entire global growth story.''"]),
]
