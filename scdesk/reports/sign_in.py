"""A printable sign-in sheet, for when the laptop is not at hand.

An attendance register in landscape: the committee's members (or the people already invited to a
meeting, or an activity's registered participants) are printed in, followed by blank rows; each
row has tick boxes for gender, age band and consent, and room for a signature. People who
withdrew consent are not printed.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Spacer

from scdesk.domain.counts import BLANK_ROWS
from scdesk.domain.labels import label
from scdesk.domain.people import AgeBand, Gender
from scdesk.i18n import translate
from scdesk.reports.document import Cell, Column, PageSetup, Report
from scdesk.reports.flowables import TickBoxes
from scdesk.reports.formats import clock, long_date
from scdesk.store.queries.minutes import PersonLine

_DASH = "\u2013"  # an en dash between the ages of a band


@dataclass(frozen=True, slots=True)
class SheetEvent:
    """What the sheet's heading says about the event."""

    title: str
    kind: str
    city: str
    country: str
    venue: str | None
    day: date | None
    starts_at: datetime | None
    committee: str | None


@dataclass(frozen=True, slots=True)
class SheetPerson:
    person: PersonLine
    #: The role or relation printed beside the name (Chair, Member, Participant ...).
    role: str | None


def sign_in_pdf(
    event: SheetEvent,
    people: Sequence[SheetPerson],
    setup: PageSetup,
    printed: date,
    language: str,
    blank_rows: int = BLANK_ROWS,
) -> bytes:
    report = Report(language, PageSetup(setup.paper, landscape=True), _title(), printed)
    report.title(_title(), event.title)
    report.facts(_facts(event), label_share=0.18)
    report.note(
        translate(
            "Reports",
            'Please write your name, tick your gender and age band, and sign. Ticking "I agree '
            'to take part" means you agree that your attendance is recorded; "Photos" that you '
            "may appear in photographs. For anyone under 18, a parent or guardian ticks and "
            "signs.",
        ),
        after=6,
    )
    small = report.style(7)
    genders = [label(g) for g in Gender]
    bands = [b.value.replace("-", _DASH) for b in AgeBand]  # "15-17": short, read everywhere
    consent = [translate("Reports", "I agree to take part"), translate("Reports", "Photos")]
    columns = [
        Column("#", 0.35),
        Column(translate("Reports", "Name"), 2.4),
        Column(translate("Reports", "Role, organisation or community"), 2.2),
        Column(translate("Reports", "Gender"), 2.6),
        Column(translate("Reports", "Age band"), 2.8),
        Column(translate("Reports", "Consent"), 2.4),
        Column(translate("Reports", "Signature"), 2.2),
    ]
    shown = [p for p in people if not p.person.withdrawn]
    rows: list[list[Cell]] = []
    for number in range(1, len(shown) + blank_rows + 1):
        entry = shown[number - 1] if number <= len(shown) else None
        name = entry.person.name if entry else ""
        detail = _detail(entry) if entry else ""
        rows.append(
            [
                str(number),
                name,
                detail,
                TickBoxes(genders, small, report.direction, 2),
                TickBoxes(bands, small, report.direction, 4),
                TickBoxes(consent, small, report.direction, 1),
                Spacer(1, 30),  # room to sign
            ]
        )
    report.table(columns, rows, size=9, zebra=False)
    report.note(
        translate("Reports", "Counted without names (for large events): women {blank}, men "
                  "{blank}, others {blank}; in all {blank}.").format(blank="______"),
    )  # fmt: skip
    return report.pdf()


def _title() -> str:
    return translate("Reports", "Sign-in sheet")


def _facts(event: SheetEvent) -> list[tuple[str, str]]:
    pairs = []
    if event.committee:
        pairs.append((translate("Reports", "Committee"), event.committee))
    else:
        pairs.append((translate("Reports", "Kind of event"), event.kind))
    pairs.append((translate("Reports", "City"), event.city))
    when = long_date(event.day) if event.day else "____________________"
    if event.starts_at is not None:
        when += "  " + clock(event.starts_at, event.country)
    pairs.append((translate("Reports", "Date"), when))
    pairs.append((translate("Reports", "Venue"), event.venue or "____________________"))
    return pairs


def _detail(entry: SheetPerson) -> str:
    """The role, and the title or organisation, to tell people apart: never the community,
    which everyone the sheet passes round would read (people.role_line)."""
    person = entry.person
    detail = person.title or person.organisation
    return " · ".join(p for p in (entry.role, detail) if p) or "—"
