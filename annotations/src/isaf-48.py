"""Gold source for isaf-48 (published/dateline 2010-10-17, a Sunday; "Saturday" = 2010-10-16)."""
AFG = ("COUNTRY", "country:AFG", "Afghanistan")
ISAF = ("ORGANIZATION", "org:isaf", "International Security Assistance Force")
TAL = ("ARMED_GROUP", "group:taliban", "Taliban")

ACTORS = [
    (("Taliban", "*", []), *TAL),
    ("ISAF Joint Command", "ORGANIZATION", "org:isaf-joint-command", "ISAF Joint Command"),
    (("Afghanistan", "*", []), *AFG),
    ("An <<Afghan>> and coalition security force", *AFG),
    ("coalition security force", *ISAF),
    ("Afghan forces", *AFG),
    # "Afghan-led force" (headline) is not an actor (R11)
]

DATES = [
    ("overnight", "TIME", "2010-10-16TNI", None),           # R18 part of day
    ("Oct. 17", "DATE", "2010-10-17", None),
    ("Saturday", "DATE", "2010-10-16", None),
]

FIGURES = [
    ("three", 3.0, 3.0, 3.0, "associates", False),
]

CLAIMS = [
    dict(text="Taliban Leader captured by Afghan-led force in Paktika overnight", type="event"),
    dict(text="An Afghan and coalition security force captured a Taliban leader who led improvised explosive device and direct fire attacks, in Paktika province, Saturday",
         type="event"),
    dict(text="Based on intelligence tips, the security force targeted a compound north of Alaqehdari-ye Yahya Khel to search for the targeted individual",
         type="event"),
    dict(text="Afghan forces used a loudspeaker to call for all occupants to exit the buildings peacefully, and then the joint security force cleared and secured the compound",
         type="event"),
    dict(text="After initial questioning of the residents at the scene, the security force identified and detained the targeted individual along with three of his associates",
         type="statistic", flags=["event"]),
    dict(text="The security force did not fire their weapons", type="event", negated=True),
    dict(text="they protected the women and children for the duration of the search", type="event"),
]
