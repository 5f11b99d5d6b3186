"""Gold source for isaf-4 (published/dateline 2010-09-01, a Wednesday; "Tuesday" = 2010-08-31)."""
AFG = ("COUNTRY", "country:AFG", "Afghanistan")
ISAF = ("ORGANIZATION", "org:isaf", "International Security Assistance Force")
TAL = ("ARMED_GROUP", "group:taliban", "Taliban")
TORRES = "U.S. Army Col. Rafael Torres, International Security Assistance Force Joint Command Combined Joint Operations Center director"

ACTORS = [
    (("Taliban", "*", []), *TAL),
    ("ISAF Joint Command", "ORGANIZATION", "org:isaf-joint-command", "ISAF Joint Command"),
    (("Afghanistan", "*", []), *AFG),
    ("An <<Afghan>> and coalition security force", *AFG),
    ("coalition security force", *ISAF),
    ("Afghan officials", *AFG),
    (("coalition forces", "*", []), *ISAF),
    ("as well as <<Afghan>> and coalition forces", *AFG),
    ("US", "COUNTRY", "country:USA", "United States"),      # R10 attributive country name
    ("U.S. Army", "ORGANIZATION", "org:us-army", "United States Army"),   # R15
    ("Rafael Torres", "PERSON", "person:rafael-torres", "Rafael Torres"),  # R8 title "Col." out
    ("International Security Assistance Force Joint Command", "ORGANIZATION", "org:isaf-joint-command", "ISAF Joint Command"),
    ("Afghan soldiers", *AFG),
    # "Afghan civilians" is not an actor (R11)
]

DATES = [
    ("Sept. 1", "DATE", "2010-09-01", None),
    ("<<Tuesday>> while", "DATE", "2010-08-31", None),
    ("on <<Tuesday>>", "DATE", "2010-08-31", None),
    ("yesterday", "DATE", "2010-08-31", None),             # R17 "'s" out
]

FIGURES = [
    ("40", 40.0, 40.0, 40.0, "fighters", False),
    ("four", 4.0, 4.0, 4.0, "soldiers", False),
    ("three", 3.0, 3.0, 3.0, "insurgents", False),
    # "several insurgents", "multiple automatic weapons": not figures (R22)
]

CLAIMS = [
    dict(text="Force Targets Taliban Commander Involved in Recent IED Attack", type="event"),
    dict(text="An Afghan and coalition security force detained several insurgents in Logar province Tuesday while in pursuit of a Taliban commander who leads 40 fighters in attacks against Afghan officials and coalition forces operating in Logar",
         type="event"),
    dict(text="The commander is linked to an improvised explosive device attack that killed four US soldiers on Tuesday",
         type="event"),
    dict(text='"We will continue to target those responsible for the IED attacks that are killing Afghan civilians, as well as Afghan and coalition forces," said ' + TORRES,
         type="attributed", flags=["prediction"],
         source=dict(span=TORRES, cue="said", actor_id="person:rafael-torres"),
         quotes=['"We will continue to target those responsible for the IED attacks that are killing Afghan civilians, as well as Afghan and coalition forces,"']),
    dict(text='"This dangerous commander was directly involved in yesterday\'s attack and we\'ll do everything in our power to bring him to justice."',
         type="attributed", flags=["prediction", "event"],
         source=dict(span=TORRES, cue="said", actor_id="person:rafael-torres"),   # continued quotation (R29)
         quotes=['"This dangerous commander was directly involved in yesterday\'s attack and we\'ll do everything in our power to bring him to justice."']),
    dict(text="The security force targeted a compound in the village of Yusof Kheyl in Baraki Barak district to search the area",
         type="event"),
    dict(text="Afghan soldiers used a loudspeaker to call for all occupants to exit the buildings peacefully and then secured the area",
         type="event"),
    dict(text="After initial questioning on the scene, the assault force detained three insurgents for further questioning",
         type="statistic", flags=["event"]),
    dict(text="The security force also found a rocket-propelled grenade launcher with a round and multiple automatic weapons with ammunition",
         type="event"),
    dict(text="The security force did not fire their weapons", type="event", negated=True),     # R27 split by polarity
    dict(text="they protected the women and children for the duration of the search", type="event"),
]
