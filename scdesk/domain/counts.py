"""How many of a thing a user may ask for at once: each count's bounds and the rule on it, read
by the command line's help, the GUI's spin box and the service that does the work.

A count past its bound is refused before any work starts: a million blank rows on a sign-in
sheet would take gigabytes of memory to lay out, and no printer should be sent them.
"""

from scdesk.domain.rules import Problem
from scdesk.i18n import translate

#: Blank rows a sign-in sheet prints after the listed names, for people who come unlisted, unless
#: the user asks for another number.
BLANK_ROWS = 12
#: The most blank rows a sign-in sheet prints: 20 landscape pages of them, more people than a
#: meeting room holds; a larger event prints a second sheet or counts people without names.
MOST_BLANK_ROWS = 200
#: The most times the demo repeats its round of ten cities. The benchmarks go up to 50 (about
#: 290,000 records); 100 leaves them room to double. Each round writes about 5,700 records in one
#: transaction, in about 0.8 s and 6 MB more memory, so 100 rounds take a minute or two and
#: under a gigabyte, which a field laptop has.
MOST_DEMO_SCALE = 100


def blank_rows_problems(rows: int) -> list[Problem]:
    """None or more blank rows, up to MOST_BLANK_ROWS."""
    if 0 <= rows <= MOST_BLANK_ROWS:
        return []
    #: Translators: {most} is the largest number of blank rows a sign-in sheet prints.
    text = translate(
        "Counts",
        "A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.",
    )
    return [Problem("blank_rows", text.format(most=MOST_BLANK_ROWS))]


def demo_scale_problems(scale: int) -> list[Problem]:
    """At least one round of the demo, up to MOST_DEMO_SCALE."""
    if 1 <= scale <= MOST_DEMO_SCALE:
        return []
    #: Translators: {most} is the largest demo scale, the number of times the demo's ten cities are
    #: repeated.
    text = translate("Counts", "The demo's scale is a whole number from 1 to {most}.")
    return [Problem("scale", text.format(most=MOST_DEMO_SCALE))]
