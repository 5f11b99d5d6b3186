"""Gold source for wikinews-127248 (GM, published 2009-06-04; the press conference was on 2009-06-01)."""
GM = ("ORGANIZATION", "org:general-motors", "General Motors")
NEWGM = ("ORGANIZATION", "org:new-gm", "New GM (General Motors Company)")
USA = ("COUNTRY", "country:USA", "United States")
FH = ("PERSON", "person:fritz-henderson", "Fritz Henderson")

ACTORS = [
    # bare "GM" = the company; occurrences inside "New GM"/"GM VEBA" excluded (R3)
    (("GM", "*", [1, 2, 4, 6, 10, 11, 12, 16, 17, 19]), *GM),
    (("New GM", "*", []), *NEWGM),
    (("General Motors", "*", []), *GM),
    ("Fritz Henderson", *FH),
    (("Henderson", "*", [0]), *FH),
    (("U.S.", "*", [8, 9]), *USA),                 # R10; 8, 9 are inside "U.S. Treasury" (R15)
    (("U.S. Treasury", "*", []), "ORGANIZATION", "org:us-treasury", "United States Department of the Treasury"),
    ("United States", *USA),
    ("United Auto Workers", "ORGANIZATION", "org:united-auto-workers", "United Auto Workers"),   # R8 "union" out
    ("Canadian Auto Workers", "ORGANIZATION", "org:canadian-auto-workers", "Canadian Auto Workers"),
    ("GM VEBA", "ORGANIZATION", "org:gm-veba", "GM VEBA (UAW Retiree Medical Benefits Trust)"),
    ("German government", "COUNTRY", "country:DEU", "Germany"),   # R11
    (("China", "*", []), "COUNTRY", "country:CHN", "China"),
    # not actors: New York (city), Latin America, Europe, Middle East, Asia, Pacific (regions, R10),
    # "the federal government" (bare role noun, R13)
]

DATES = [
    ("June 04, 2009", "DATE", "2009-06-04", None),          # R21
    ("16:15 UTC", "TIME", "2009-06-01T16:15Z", None),
    ("June 1st", "DATE", "2009-06-01", None),
    ("earlier today", "DATE", "2009-06-01", None),          # R16: 'today' of the press conference
    ("events of <<today>>", "DATE", "2009-06-01", None),
    ("is <<history>>", "DATE", "PAST_REF", None),           # R16
    ("between <<60>> and", "DURATION", "P60D", None),        # R20 range bounds
    ("90 days", "DURATION", "P90D", None),
    ("`` <<years>>, not", "DURATION", "PXY", None),
    ("not <<months>>''", "DURATION", "PXM", None),
]

FIGURES = [
    ("$1.5 million", 1.5e6, 1.5e6, 1.5e6, "USD", False),
    ("four", 4.0, 4.0, 4.0, "brands", False),                # R25 "core" treated as modifier
    # "one type of car ... another type": not a figure (R22); "day one": not a figure
]

HE = "Fritz Henderson"

CLAIMS = [
    dict(text="CEO of GM outlines plan for `` New GM'' after auto company declared bankruptcy", type="event",
         quotes=["`` New GM''"]),
    dict(text="In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson, the Chief Executive Officer of General Motors, which filed for bankruptcy and Chapter 11 protection from its creditors earlier today, outlined a plan for what he called a `` New GM''",
         type="event", quotes=["`` New GM''"]),
    dict(text="Speaking to the press under safe harbor provisions of U.S. law, Henderson described the events of today as a `` defining moment'' in the history of General Motors",
         type="attributed", flags=["assessment"],
         source=dict(span="Henderson", cue="described", actor_id="person:fritz-henderson"),
         quotes=["`` defining moment''"]),
    dict(text="Speaking to the public he said that `` The GM that let you down is history,'' and described a `` New GM'' that he expected to result from the bankruptcy process",
         type="attributed", flags=["prediction", "assessment"],
         source=dict(span="public <<he>> said", cue="said", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` The GM that let you down is history,''", "`` New GM''"]),
    dict(text="Henderson stated that he envisioned the bankruptcy process would take between 60 and 90 days",
         type="attributed", flags=["prediction"],
         source=dict(span="Henderson", cue="stated", actor_id="person:fritz-henderson")),
    dict(text="He stressed several times his view that the process would be one that is executed quickly, saying that not just a sense of urgency but `` pure unadulterated speed'' was his expectation of the process",
         type="attributed", flags=["prediction"],
         source=dict(span="He", cue="stressed", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` pure unadulterated speed''"]),
    # R400: the participle after the cue reports a second content of the same speaker, nested in the claim
    dict(text="saying that not just a sense of urgency but `` pure unadulterated speed'' was his expectation of the process",
         type="attributed", flags=["assessment"],
         source=dict(span="He", cue="saying", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` pure unadulterated speed''"]),
    dict(text="He emphasized that `` GM remains open for business'' during the bankruptcy period, continuing to sell and to support its products, and that day one motions had been filed in the bankruptcy court in order to allow this",
         type="attributed", flags=["event"],
         source=dict(span="He", cue="emphasized", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` GM remains open for business''"]),
    dict(text="Regarding the bankruptcy process he said, `` We will do it right",
         type="attributed", flags=["prediction"],
         source=dict(span="he", cue="said", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` We will do it right"]),                       # R30 clipped
    dict(text="And we will do it once.''",
         type="attributed", flags=["prediction"],
         source=dict(span="process <<he>> said", cue="process he <<said>>", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["And we will do it once.''"]),
    dict(text="He stated that the plan for General Motors had the support of the United Auto Workers union, the Canadian Auto Workers union, the GM VEBA, and a majority of the unsecured bondholders of GM",
         type="attributed", flags=["event"],
         source=dict(span="He", cue="stated", actor_id="person:fritz-henderson", resolved=HE)),
    dict(text="He also mentioned that GM had already received $1.5 million in bridge financing from the German government",
         type="attributed", flags=["statistic", "event"],
         source=dict(span="He", cue="also mentioned", actor_id="person:fritz-henderson", resolved=HE)),
    dict(text="In response to questions about the possibility of the United States federal government, a majority shareholder in the restructured company, dictating future product development and strategy, such as the sale of more fuel-efficient and green vehicles; he first observed that the federal government had already stated to him that it had `` no real interest in running our business'' and that he expected that still to be his job",
         type="attributed", flags=["event"],
         source=dict(span="; <<he>> first", cue="first observed", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` no real interest in running our business''"]),
    dict(text="Of the specific hypothetical scenario where the management of GM wants to make one type of car, because it thinks that it is the right thing for the business, and the U.S. government wants to make another type of car, he stated that `` I don't think it's going to happen.''",
         type="attributed", flags=["prediction"], negated=True,
         source=dict(span="<<he>> stated that `` I", cue="stated", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` I don't think it's going to happen.''"], hedges=["I don't think"]),
    dict(text="Expanding on that point he stated that he expected the `` New GM'' to focus upon `` highly fuel-efficient and green technology'', and that operating both in accordance with U.S. environmental laws and in response to customer demand would naturally result in the New GM producing the types of vehicles that the U.S. government would encourage",
         type="attributed", flags=["prediction"],
         source=dict(span="point <<he>> stated", cue="stated", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` New GM''", "`` highly fuel-efficient and green technology''"]),
    dict(text="The `` New GM'' he also expected to focus on `` four core brands'', and will size its dealership to match that",
         type="attributed", flags=["prediction", "statistic"],
         source=dict(span="he", cue="also expected", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` New GM''", "`` four core brands''"]),
    dict(text="He stated that GM would offer a `` deferred termination'' package to dealers, to allow them to cease dealing in GM vehicles in a managed and gradual way",
         type="attributed", flags=["prediction"],
         source=dict(span="He", cue="stated", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` deferred termination''"]),
    dict(text="He stated that the bankruptcy filings did not cover General Motors' businesses in Latin America, Europe and the Middle East, and Asia and the Pacific",
         type="attributed", flags=["event"], negated=True,
         source=dict(span="He", cue="stated", actor_id="person:fritz-henderson", resolved=HE)),
    dict(text="Of GM's profitable ventures in China, specifically, he stated that they were `` a critical part of the New GM''",
         type="attributed", flags=["assessment"],
         source=dict(span="he", cue="stated", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` a critical part of the New GM''"]),
    dict(text="In response to questions of whether the New GM would import cars from China to the U.S., he stated the formative company's core principle that `` We build where we sell'' applied in both directions, with GM building in China to sell in China and building in the U.S. to sell in the U.S., stating that this shortened supply chains",
         type="attributed", flags=["event"],
         source=dict(span="U.S., <<he>> stated", cue="<<stated>> the formative", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` We build where we sell''"]),
    dict(text="He declined to predict when the New GM would return to profitability", type="event"),
    dict(text="stating that the goal was rather to lower the break-even EBIT point for the company",
         type="attributed", flags=["event"],
         source=dict(span="<<He>> declined to predict", cue="stating", actor_id="person:fritz-henderson", resolved=HE)),
    dict(text="He also declined to speculate upon when the U.S. government would sell its stake in the company", type="event"),
    dict(text="saying that that was a question `` better addressed to the U.S. Treasury'', and merely saying that he expected it to be `` years, not months'' when the U.S. Treasury felt it would give `` the right return for taxpayers.''",
         type="attributed", flags=["prediction"],
         source=dict(span="<<He>> also declined", cue="<<saying>> that that", actor_id="person:fritz-henderson", resolved=HE),
         quotes=["`` better addressed to the U.S. Treasury''", "`` years, not months''", "`` the right return for taxpayers.''"]),
]
