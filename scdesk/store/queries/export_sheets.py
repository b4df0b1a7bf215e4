"""The sheets an export writes for analysts: meetings, attendance, activities, participation,
committees and their seats, people, organisations and cities, with the keys that join them.

De-identified by default: people are named by a stable code (the same person gets the same code
in every export), with no name, title, birth year or contact details. People who withdrew consent,
or never consented to the use of their data, are left out, with their attendance and
participation. With personal data, people carry their id, name and contact details.
"""

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.people import age_band_at, consent_withdrawn
from scdesk.store.models import (
    Activity,
    ActivityCommunity,
    ActivityHeadcount,
    ActivityParticipant,
    ActivitySession,
    Attendance,
    City,
    Committee,
    Headcount,
    Meeting,
    Membership,
    Organisation,
    Person,
    PersonGroup,
)

Value = str | int | bool | date | datetime | None


@dataclass(frozen=True, slots=True)
class ExportSheet:
    name: str
    columns: tuple[str, ...]
    rows: Sequence[tuple[Value, ...]]


#: The person columns a personal export writes, in order; import-table reads the same names.
PERSON_COLUMNS = (
    "id", "name", "title", "organisation_id", "organisation", "city_id", "city", "gender",
    "birth_year", "age_band", "stakeholder_type", "community", "groups", "phone", "email",
    "consent_participation", "consent_photo", "consent_data", "consent_by", "consent_form",
    "consent_on", "consent_withdrawn_on", "expertise",
)  # fmt: skip
#: The person columns of a de-identified export.
CODED_PERSON_COLUMNS = (
    "person_code", "organisation_id", "organisation", "city_id", "city", "gender", "age_band",
    "stakeholder_type", "community", "groups",
)  # fmt: skip
#: The city columns, before the mayor's (mayor_id or mayor_code).
CITY_COLUMNS = ("id", "name", "name_local", "country", "province", "is_member", "joined_on")
ORGANISATION_COLUMNS = ("id", "name", "sector", "city_id", "city")
COMMITTEE_COLUMNS = ("id", "name", "kind", "city_id", "city", "mandate", "quorum",
                     "established_on", "language")  # fmt: skip
MEETING_COLUMNS = ("id", "kind", "title", "committee_id", "committee", "city_id", "starts_at_utc",
                   "ends_at_utc", "venue", "language", "status", "total_attendance",
                   "minutes_status")  # fmt: skip
ACTIVITY_COLUMNS = ("id", "kind", "title", "city_id", "starts_on", "ends_on", "venue", "language",
                    "status", "sessions", "communities")  # fmt: skip
#: The columns import-table reads in a sheet of each name, in the export's order: what the
#: export writes there, personal or not, and beside an attendance or participation row the
#: person's own columns, which let the same sheet add people not recorded yet.
IMPORTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "cities": (*CITY_COLUMNS, "mayor_id", "mayor_code"),
    "organisations": ORGANISATION_COLUMNS,
    "people": (*PERSON_COLUMNS, "person_code"),
    "attendance": ("meeting_id", "person_id", "person_code", *PERSON_COLUMNS, "status", "role"),
    "participation": ("activity_id", "person_id", "person_code", *PERSON_COLUMNS),
    "committees": COMMITTEE_COLUMNS,
    "memberships": ("id", "committee_id", "committee", "person_id", "person_code", "name", "role",
                    "starts_on", "ends_on"),
    "meetings": MEETING_COLUMNS,
    "activities": ACTIVITY_COLUMNS,
}  # fmt: skip


def person_code(person_id: UUID) -> str:
    """A stable code for a person: the same in every export, and no way back to the id without
    the records themselves."""
    digest = hashlib.sha256(b"scdesk-person:" + person_id.bytes).digest()
    return "P-" + base64.b32encode(digest[:6]).decode("ascii").rstrip("=")


def export_sheets(session: Session, today: date, *, personal: bool) -> list[ExportSheet]:
    """Every sheet, in the order a reader joins them."""
    shared = shared_people(session, today)
    key = "person_id" if personal else "person_code"
    cities = {c.id: c for c in session.execute(select(City)).scalars()}
    organisations = {o.id: o for o in session.execute(select(Organisation)).scalars()}

    return [
        _cities(list(cities.values()), shared, personal),
        ExportSheet(
            "organisations",
            ORGANISATION_COLUMNS,
            [
                (str(o.id), o.name, o.sector.value, _id(o.city_id), _city(cities, o.city_id))
                for o in sorted(organisations.values(), key=lambda o: (o.name, str(o.id)))
                if not o.deleted
            ],
        ),
        _people(session, shared, cities, organisations, today, personal),
        *_committees(session, cities, shared, key, personal),
        _meetings(session),
        _attendance(session, shared, key, personal),
        ExportSheet(
            "meeting_headcounts",
            ("meeting_id", "gender", "age_band", "group", "count"),
            [
                (str(h.meeting_id), h.gender.value, _value(h.age_band), _value(h.group), h.count)
                for h in session.execute(
                    select(Headcount)
                    .join(Meeting, Headcount.meeting_id == Meeting.id)
                    .where(Headcount.deleted.is_(False), Meeting.deleted.is_(False))
                    .order_by(Headcount.meeting_id, Headcount.id)
                ).scalars()
            ],
        ),
        _activities(session),
        _participation(session, shared, key, personal),
        ExportSheet(
            "activity_headcounts",
            ("activity_id", "gender", "age_band", "community", "count"),
            [
                (str(h.activity_id), h.gender.value, _value(h.age_band), h.community, h.count)
                for h in session.execute(
                    select(ActivityHeadcount)
                    .join(Activity, ActivityHeadcount.activity_id == Activity.id)
                    .where(ActivityHeadcount.deleted.is_(False), Activity.deleted.is_(False))
                    .order_by(ActivityHeadcount.activity_id, ActivityHeadcount.id)
                ).scalars()
            ],
        ),
    ]


def shared_people(session: Session, today: date) -> dict[UUID, Person]:
    """People whose data may leave the device: consent to data use, not withdrawn."""
    people = session.execute(
        select(Person).where(Person.deleted.is_(False), Person.consent_data.is_(True))
    ).scalars()
    return {p.id: p for p in people if not consent_withdrawn(p.consent_withdrawn_on, today)}


def _cities(cities: Sequence[City], shared: dict[UUID, Person], personal: bool) -> ExportSheet:
    """A mayor whose data may not leave the device is left blank."""
    mayor = "mayor_id" if personal else "mayor_code"
    rows = []
    for c in sorted(cities, key=lambda c: (c.country, c.name, str(c.id))):
        if c.deleted:
            continue
        shown = c.mayor_id if c.mayor_id in shared else None
        code = (str(shown) if personal else person_code(shown)) if shown else None
        rows.append((str(c.id), c.name, c.name_local, c.country, c.province, c.is_member,
                     c.joined_on, code))  # fmt: skip
    return ExportSheet("cities", (*CITY_COLUMNS, mayor), rows)


def _people(
    session: Session,
    shared: dict[UUID, Person],
    cities: dict[UUID, City],
    organisations: dict[UUID, Organisation],
    today: date,
    personal: bool,
) -> ExportSheet:
    groups: dict[UUID, list[str]] = {}
    for tag in session.execute(
        select(PersonGroup).where(PersonGroup.deleted.is_(False)).order_by(PersonGroup.group)
    ).scalars():
        groups.setdefault(tag.person_id, []).append(tag.group.value)
    rows: list[tuple[Value, ...]] = []
    for p in sorted(shared.values(), key=lambda p: (p.name.casefold(), str(p.id))):
        organisation = organisations.get(p.organisation_id) if p.organisation_id else None
        place = (_id(p.organisation_id), organisation.name if organisation else None,
                 _id(p.city_id), _city(cities, p.city_id))  # fmt: skip
        tags = ";".join(groups.get(p.id, []))
        if personal:
            rows.append((
                str(p.id), p.name, p.title, *place, p.gender.value, p.birth_year,
                _value(p.age_band), p.stakeholder_type.value, p.community, tags, p.phone,
                p.email, p.consent_participation, p.consent_photo, p.consent_data,
                _value(p.consent_by), _value(p.consent_form), p.consent_on,
                p.consent_withdrawn_on, p.expertise,
            ))  # fmt: skip
        else:
            band = age_band_at(p.birth_year, p.age_band, today)
            rows.append((person_code(p.id), *place, p.gender.value, _value(band),
                         p.stakeholder_type.value, p.community, tags))  # fmt: skip
    return ExportSheet("people", PERSON_COLUMNS if personal else CODED_PERSON_COLUMNS, rows)


def _committees(
    session: Session,
    cities: dict[UUID, City],
    shared: dict[UUID, Person],
    key: str,
    personal: bool,
) -> tuple[ExportSheet, ExportSheet]:
    """Committees, and their seats held by people whose data may leave the device."""
    committees = session.execute(
        select(Committee).where(Committee.deleted.is_(False)).order_by(Committee.name, Committee.id)
    ).scalars()
    names: dict[UUID, str] = {}
    rows: list[tuple[Value, ...]] = []
    for c in committees:
        names[c.id] = c.name
        rows.append((str(c.id), c.name, c.kind.value, str(c.city_id), _city(cities, c.city_id),
                     c.mandate, c.quorum, c.established_on, c.language))  # fmt: skip
    seats: list[tuple[Value, ...]] = []
    for m in session.execute(
        select(Membership).where(Membership.deleted.is_(False)).order_by(Membership.id)
    ).scalars():
        who = _who(m.person_id, shared, personal)
        if who is None or m.committee_id not in names:
            continue
        seats.append((str(m.id), str(m.committee_id), names[m.committee_id], *who,
                      m.role.value, m.starts_on, m.ends_on))  # fmt: skip
    name = ("name",) if personal else ()
    seat_columns = ("id", "committee_id", "committee", key, *name, "role", "starts_on", "ends_on")
    return (
        ExportSheet("committees", COMMITTEE_COLUMNS, rows),
        ExportSheet("memberships", seat_columns, sorted(seats, key=lambda s: (s[2], s[0]))),
    )


def _meetings(session: Session) -> ExportSheet:
    rows = session.execute(
        select(Meeting, Committee.name)
        .outerjoin(Committee, Meeting.committee_id == Committee.id)
        .where(Meeting.deleted.is_(False))
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    return ExportSheet(
        "meetings",
        MEETING_COLUMNS,
        [
            (str(m.id), m.kind.value, m.title, _id(m.committee_id), committee, str(m.city_id),
             _utc(m.starts_at), _utc(m.ends_at), m.venue, m.language, m.status.value,
             m.total_attendance, m.minutes_status.value)
            for m, committee in rows
        ],
    )  # fmt: skip


def _attendance(
    session: Session, shared: dict[UUID, Person], key: str, personal: bool
) -> ExportSheet:
    rows: list[tuple[Value, ...]] = []
    for a in session.execute(
        select(Attendance)
        .join(Meeting, Attendance.meeting_id == Meeting.id)
        .where(Attendance.deleted.is_(False), Meeting.deleted.is_(False))
        .order_by(Meeting.starts_at, Attendance.meeting_id, Attendance.id)
    ).scalars():
        who = _who(a.person_id, shared, personal)
        if who is not None:
            rows.append((str(a.meeting_id), *who, a.status.value, a.role.value,
                         _value(a.age_band)))  # fmt: skip
    name = ("name",) if personal else ()
    columns = ("meeting_id", key, *name, "status", "role", "age_band")
    return ExportSheet("attendance", columns, rows)


def _activities(session: Session) -> ExportSheet:
    sessions: dict[UUID, int] = {}
    for activity_id in session.execute(
        select(ActivitySession.activity_id).where(ActivitySession.deleted.is_(False))
    ).scalars():
        sessions[activity_id] = sessions.get(activity_id, 0) + 1
    communities: dict[UUID, list[str]] = {}
    for link in session.execute(
        select(ActivityCommunity)
        .where(ActivityCommunity.deleted.is_(False))
        .order_by(ActivityCommunity.community)
    ).scalars():
        communities.setdefault(link.activity_id, []).append(link.community)
    return ExportSheet(
        "activities",
        ACTIVITY_COLUMNS,
        [
            (str(a.id), a.kind.value, a.title, str(a.city_id), a.starts_on, a.ends_on, a.venue,
             a.language, a.status.value, sessions.get(a.id, 0),
             ";".join(communities.get(a.id, [])))
            for a in session.execute(
                select(Activity)
                .where(Activity.deleted.is_(False))
                .order_by(Activity.starts_on, Activity.id)
            ).scalars()
        ],
    )  # fmt: skip


def _participation(
    session: Session, shared: dict[UUID, Person], key: str, personal: bool
) -> ExportSheet:
    rows: list[tuple[Value, ...]] = []
    for p in session.execute(
        select(ActivityParticipant)
        .join(Activity, ActivityParticipant.activity_id == Activity.id)
        .where(ActivityParticipant.deleted.is_(False), Activity.deleted.is_(False))
        .order_by(Activity.starts_on, ActivityParticipant.activity_id, ActivityParticipant.id)
    ).scalars():
        who = _who(p.person_id, shared, personal)
        if who is not None:
            rows.append((str(p.activity_id), *who, _value(p.age_band)))
    name = ("name",) if personal else ()
    return ExportSheet("participation", ("activity_id", key, *name, "age_band"), rows)


def _who(person_id: UUID, shared: dict[UUID, Person], personal: bool) -> tuple[Value, ...] | None:
    """A person in a row of attendance, participation or seats: the id and name with personal
    data, else the person code; None for someone whose data may not leave the device."""
    person = shared.get(person_id)
    if person is None:
        return None
    return (str(person_id), person.name) if personal else (person_code(person_id),)


def _id(value: UUID | None) -> str | None:
    return str(value) if value is not None else None


def _city(cities: dict[UUID, City], city_id: UUID | None) -> str | None:
    city = cities.get(city_id) if city_id else None
    return city.name if city else None


def _value(choice: object) -> str | None:
    return None if choice is None else str(getattr(choice, "value", choice))


def _utc(moment: datetime | None) -> datetime | None:
    """A time in UTC without its zone, to the minute: a spreadsheet's date-time cells hold no
    zone, and the column's name says which it is."""
    if moment is None:
        return None
    utc = moment.astimezone(UTC) if moment.tzinfo is not None else moment
    return utc.replace(tzinfo=None, second=0, microsecond=0)
