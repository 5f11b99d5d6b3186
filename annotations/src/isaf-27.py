"""Gold source for isaf-27 (published/dateline 2010-09-08, a Wednesday)."""
AFG = ("COUNTRY", "country:AFG", "Afghanistan")
ISAF = ("ORGANIZATION", "org:isaf", "International Security Assistance Force")

ACTORS = [
    ("<<Afghan>>, Coalition Forces", *AFG),                 # R11 coordinated demonym
    ("Coalition Forces", *ISAF),                            # R12
    ("ISAF Joint Command", "ORGANIZATION", "org:isaf-joint-command", "ISAF Joint Command"),
    (("Afghanistan", "*", []), *AFG),                       # R10 header + dateline
    ("<<Afghan>> and coalition forces", *AFG),
    ("coalition forces", *ISAF),
    # "Afghan-led force" (x2) is not an actor (R11); "coalition air support" is not (R12)
]

DATES = [
    ("Sept. 8", "DATE", "2010-09-08", None),                # R21
    ("Wednesday", "DATE", "2010-09-08", None),              # R18 the release day itself
]

FIGURES = [
    ("ten", 10.0, 10.0, 10.0, "insurgent deaths", False),
]

CLAIMS = [
    dict(text="Afghan, Coalition Forces Degrade Insurgent Network in Helmand", type="event"),   # R26 headline
    dict(text="Afghan and coalition forces came under sustained small-arms fire during a presence patrol in Helmand province Wednesday",
         type="event"),
    dict(text="As the Afghan-led force approached a village near Sangin, an area assessed to be an insurgent safe haven, insurgents began shooting at the combined force from a nearby compound",
         type="event", hedges=["assessed to be"]),
    dict(text="The partnered force returned fire while seeking cover", type="event"),
    dict(text="After assessing they would not harm women or children, the Afghan-led force requested close air support to engage the insurgent force, suppressing them in place",
         type="event"),
    dict(text="After a lull in activities, the partnered force was notified that insurgents were preparing for a follow on attack",
         type="event"),
    dict(text="After receiving multiple indirect fire rounds in the vicinity of their location, coalition air support was again called in to engage the insurgent force with precision guided munitions on their firing positions",
         type="event"),
    dict(text="The final engagement resulted in ten insurgent deaths", type="statistic", flags=["event"]),
    dict(text="Initial operational reporting indicates there was no damage to the local compounds or injuries to women or children",
         type="attributed", flags=["event"], negated=True,
         source=dict(span="Initial operational reporting", cue="indicates", actor_id=None)),
]
