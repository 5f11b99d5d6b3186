"""Gold source for isaf-85 (published/dateline 2011-01-18; "yesterday" = 2011-01-17)."""
AFG = ("COUNTRY", "country:AFG", "Afghanistan")
ISAF = ("ORGANIZATION", "org:isaf", "International Security Assistance Force")
HQN = ("ARMED_GROUP", "group:haqqani-network", "Haqqani Network")

ACTORS = [
    ("<<Afghan>>, Coalition Forces", *AFG),
    ("Coalition Forces", *ISAF),
    (("Haqqani Network", "*", []), *HQN),
    ("ISAF Joint Command", "ORGANIZATION", "org:isaf-joint-command", "ISAF Joint Command"),
    (("Afghanistan", "*", []), *AFG),
    ("<<Afghan>> and coalition forces detained a", *AFG),
    (("coalition forces", "*", []), *ISAF),
    ("Afghan National Security Forces", "ORGANIZATION", "org:afghan-national-security-forces", "Afghan National Security Forces"),  # R15
    ("Afghan forces", *AFG),
    ("<<Afghan>> and coalition forces have", *AFG),
]

DATES = [
    ("Jan. 18", "DATE", "2011-01-18", None),
    (("yesterday", "*", []), "DATE", "2011-01-17", None),
    ("December 1", "DATE", "2010-12-01", None),
]

FIGURES = [
    ("more than 25", 25.0, 25.0, None, "leaders and facilitators", False),   # R24 lower bound
    ("more than 125", 125.0, 125.0, None, "insurgents", False),
    # "several suspected insurgents" (x2): not a figure (R22)
]

CLAIMS = [
    dict(text="Afghan, Coalition Forces Detain Haqqani Network Leader in Khost", type="event"),
    dict(text="Afghan and coalition forces detained a Haqqani Network leader along with several suspected insurgents during a security operation in Khost province yesterday",
         type="event", hedges=["suspected"]),
    dict(text="The Haqqani Network leader was responsible for conducting ambushes and improvised explosive device attacks against Afghan National Security Forces and coalition forces operating in Khost and Terayzai districts of the province",
         type="event"),
    dict(text="He reported directly to other Haqqani Network leaders in the area", type="event"),
    dict(text="Security forces followed leads to a targeted location in Khost district, where Afghan forces called for all occupants to exit out of the buildings peacefully before conducting a search",
         type="event"),
    dict(text="The Haqqani Network leader self identified himself to the security force and was detained", type="event"),
    dict(text="The security team detained several suspected insurgents based on initial questioning at the scene",
         type="event", hedges=["suspected"]),
    dict(text="With the capture of the Haqqani Network leader yesterday, Afghan and coalition forces have detained more than 25 Haqqani Network senior leaders and facilitators along with more than 125 suspected Haqqani Network insurgents since December 1",
         type="statistic", flags=["event"], hedges=["suspected"]),
]
