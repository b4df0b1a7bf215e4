"""The demo: a realistic network of member cities, written through the services like user input.

Everything goes through the tx-level service functions in one transaction, so the demo obeys
every rule a user meets and a failure or a Cancel leaves the store as it was. Choices come from
random.Random seeded by round and city, never from ids or the clock, so the same scale on the
same day gives the same records; scale N repeats the ten-city round N times.
"""

import itertools
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select

from scdesk.domain import activities as ac
from scdesk.domain import meetings as mt
from scdesk.domain import plans as pl
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    MemberRole,
    MembershipInput,
)
from scdesk.domain.errors import UserError
from scdesk.domain.indicators import CountingRule, IndicatorInput, IndicatorLevel, TargetInput
from scdesk.domain.people import (
    AgeBand,
    CityId,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    OrganisationId,
    PersonId,
    PersonInput,
    StakeholderType,
)
from scdesk.domain.places import COUNTRIES, CityInput, OrganisationInput, Sector
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Problem, require, required_text
from scdesk.domain.support import AdviceInput, GrantInput, GrantStatus
from scdesk.i18n import translate
from scdesk.services import actions, activities, committees, indicators, meetings, plans, support
from scdesk.services import demo_content as text
from scdesk.services.people import add_person
from scdesk.services.places import add_city, add_organisation
from scdesk.store.models import City, Meeting, MinutesAmendment, Person, PreventionPlan, RiskProfile
from scdesk.store.queries.counts import record_counts
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx, synced_models

log = logging.getLogger(__name__)

#: How far back the demo's history reaches, in days: about eighteen months.
HISTORY = 540
_PRESENT, _APOLOGIES = mt.AttendanceStatus.PRESENT, mt.AttendanceStatus.APOLOGIES
_ABSENT = mt.AttendanceStatus.ABSENT
_COMMITTEE = mt.MeetingKind.COMMITTEE_MEETING
_NOT_YET = CityId(UUID(int=0))


@dataclass(frozen=True, slots=True)
class DemoSummary:
    #: Synced records written (the demo deletes nothing, so all of them are live).
    records: int
    cities: int
    people: int
    meetings: int
    activities: int


@dataclass
class _Town:
    """One member city while it is filled: its randomness, and the people later events need."""

    tx: WriteTx
    rng: random.Random
    place: text.Place
    name: str
    local: str
    city: CityId = _NOT_YET
    orgs: dict[str, OrganisationId] = field(default_factory=dict)
    who: dict[str, PersonId] = field(default_factory=dict)
    public: list[PersonId] = field(default_factory=list)
    minors: list[PersonId] = field(default_factory=list)

    @property
    def words(self) -> text.Phrases:
        return text.PHRASES[self.place.language]

    def day(self, days_ago: int) -> date:
        """A working day near the one asked for (Monday to Thursday work everywhere here)."""
        day = self.tx.today - timedelta(days=days_ago)
        while day.weekday() >= 4:
            day += timedelta(days=-1 if days_ago > 0 else 1)
        return day

    def at(self, day: date, hours: int = 0) -> datetime:
        """Ten in the morning local time, plus hours, in UTC."""
        hour, minute = text.START_UTC[self.place.country]
        return datetime.combine(day, time(hour + hours, minute), tzinfo=UTC)


def fill_demo(store: Store, scale: int = 1, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty store. A store that holds records is refused, so that demo people and
    minutes never mix with real ones."""
    if scale < 1:
        raise ValueError("the demo's scale is a whole number of 1 or more")
    with store.write() as tx:
        _refuse_unless_empty(tx)
        people_indicator = _indicators(tx)
        steps = scale * (len(text.ROUNDS[0]) + 1)
        for round_no in range(scale):
            suffix = f" {round_no // 2 + 1}" if round_no >= 2 else ""
            towns = []
            for index, place in enumerate(text.ROUNDS[round_no % 2]):
                dice = _dice(1000 * round_no + index)
                towns.append(_Town(tx, dice, place, place.name + suffix, place.local + suffix))
                _fill_city(towns[-1], people_indicator)
                _step(progress, round_no * (len(towns) + 1) + len(towns), steps)
            _hub_events(towns, _dice(1000 * round_no + 999), round_no)
            _step(progress, (round_no + 1) * (len(towns) + 1), steps)
        counts = {c.table: c.live + c.deleted for c in record_counts(tx.reader())}
    log.info("demo filled at scale %d: %d records", scale, sum(counts.values()))
    pick = (counts["city"], counts["person"], counts["meeting"], counts["activity"])
    return DemoSummary(sum(counts.values()), *pick)


def _dice(seed: int) -> random.Random:
    """Seeded, so a scale gives the same records every time; nothing here is a secret."""
    return random.Random(seed)  # noqa: S311 - repeatable sample data, not security


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress.step(done, total)


def _refuse_unless_empty(tx: WriteTx) -> None:
    for model in synced_models():
        table = model.__table__  # type: ignore[attr-defined]
        if tx.execute(select(table.c.id).limit(1)).first() is not None:
            message = translate(
                "Demo",
                "The demo fills only an empty store, and this one already holds records: "
                "start scdesk with a new data folder to try the demo.",
            )
            raise UserError(message)


def _indicators(tx: WriteTx) -> UUID:
    """Network indicators with half-yearly targets; returns the one cities add targets to."""
    ids = []
    for code, level, rule, figure, breakdowns, targets, name in text.INDICATORS:
        indicator = IndicatorInput(
            code, name, IndicatorLevel(level), CountingRule(rule), figure, breakdowns, baseline=0
        )
        ids.append(indicators.add_indicator(tx, indicator))
        for half, target in enumerate(targets.split()):
            start = tx.today - timedelta(days=365 - 183 * half)
            end = min(start + timedelta(days=182), tx.today)
            indicators.add_indicator_target(tx, ids[-1], TargetInput(start, end, int(target)))
    return ids[0]


def _fill_city(town: _Town, people_indicator: UUID) -> None:
    _found_city(town)
    _committee(town, CommitteeKind.LOCAL_PREVENTION, count=9, gap=56, offset=20)
    _committee(town, CommitteeKind.LIAISON, count=6, gap=91, offset=45)
    consultations = _consultations(town)
    _youth_activities(town)
    _plans(town, consultations)
    _support(town)
    year = (town.tx.today - timedelta(days=365), town.tx.today)
    target = TargetInput(*year, target=town.rng.randint(15, 30) * 10, city_id=town.city)
    indicators.add_indicator_target(town.tx, people_indicator, target)


# ---------------------------------------------------------------------- people
def _found_city(town: _Town) -> None:
    """The city, its organisations and its people; the mayor is set once they exist."""
    tx, rng, place = town.tx, town.rng, town.place
    joined = tx.today - timedelta(days=rng.randint(700, 1500))
    city = CityInput(town.name, place.country, town.local, place.province, joined_on=joined)
    town.city = add_city(tx, city)
    municipality = text.MUNICIPALITY[place.country].format(city=town.name)
    for key, sector, name in text.ORGANISATIONS:
        name = name.format(city=town.name, municipality=municipality)
        town.orgs[key] = add_organisation(tx, OrganisationInput(name, Sector(sector), town.city))
    mayor = _person(town, StakeholderType.MAYOR, f"Mayor of {town.name}", "municipality")
    _set_city_mayor(tx, town.city, mayor)
    town.who["mayor"] = mayor
    faiths = iter(text.FAITHS[place.country])
    for key, kind, org, young, title in text.CAST:
        title = next(faiths) if title == "-" else title
        town.who[key] = _person(town, StakeholderType(kind), title, org, young=young == "young")
    kinds = (StakeholderType.CIVIL_SOCIETY, StakeholderType.OTHER, StakeholderType.WOMENS_GROUP)
    for number in range(10):  # the last one later withdrew consent
        withdrawn = tx.today - timedelta(days=90) if number == 9 else None
        town.public.append(_person(town, kinds[number % 3], withdrawn=withdrawn))
    town.minors = [_minor(town) for _ in range(20)]


def _person(
    town: _Town,
    kind: StakeholderType,
    title: str | None = None,
    org: str | None = None,
    *,
    young: bool = False,
    home: bool = True,
    withdrawn: date | None = None,
) -> PersonId:
    """An adult with consent recorded; names in the local script or Latin letters, some tagged
    with the marginalised groups their family name or the dice give them."""
    rng, country, today = town.rng, town.place.country, town.tx.today
    gender = rng.choices(list(Gender), weights=(48, 48, 1, 3))[0]
    pool, tags = text.name_pool(town.place), set()
    if country == "LK" and rng.random() < 0.2:  # a Tamil in a Sinhala city, or the other way
        pool = text.NAMES["si" if town.place.language == "ta" else "ta"]
        tags.add(GroupTag.ETHNIC_MINORITY)
    given = rng.choice(pool.female if gender is Gender.FEMALE else pool.male)
    family = rng.choice(pool.family)
    script = int(rng.random() < 0.6)
    roll = rng.random()
    tags |= {family[2]} if family[2] else set()
    tags |= {GroupTag.DISPLACED} if roll < 0.07 else {GroupTag.REFUGEE} if roll < 0.1 else set()
    tags |= {GroupTag.DISABILITY} if rng.random() < 0.04 else set()
    birth_year: int | None = today.year - (rng.randint(21, 24) if young else rng.randint(27, 68))
    band: AgeBand | None = AgeBand.FROM_18 if young else rng.choice(list(AgeBand)[3:])
    birth_year, band = (birth_year, None) if rng.random() < 0.5 else (None, band)
    number = f"{text.DIALLING[country]}{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"
    email = f"{given[0]}.{family[0]}@example.org".lower().replace("'", "")
    person = PersonInput(
        name=f"{given[script]} {family[script]}",
        gender=gender,
        city_id=town.city if home else None,
        organisation_id=town.orgs[org] if org else None,
        title=title,
        birth_year=birth_year,
        age_band=band,
        stakeholder_type=kind,
        community=rng.choice(town.place.communities) if home and not org else None,
        phone=number if rng.random() < 0.7 else None,
        email=email if rng.random() < 0.25 else None,
        consent_participation=True,
        consent_photo=rng.random() < 0.6,
        consent_data=True,
        consent_by=ConsentGiver.SELF,
        consent_form=rng.choice((ConsentForm.WRITTEN, ConsentForm.WRITTEN, ConsentForm.ORAL)),
        consent_on=today - timedelta(days=HISTORY + rng.randint(0, 120)),
        consent_withdrawn_on=withdrawn,
    )
    return add_person(town.tx, person, sorted(tags))


def _minor(town: _Town) -> PersonId:
    """First name, age band and community only, with a guardian's written consent."""
    rng = town.rng
    gender = rng.choice((Gender.FEMALE, Gender.MALE))
    pool = text.name_pool(town.place)
    given = rng.choice(pool.female if gender is Gender.FEMALE else pool.male)
    person = PersonInput(
        name=given[int(rng.random() < 0.6)],
        gender=gender,
        city_id=town.city,
        age_band=AgeBand.UNDER_15 if rng.random() < 0.6 else AgeBand.FROM_15,
        stakeholder_type=StakeholderType.YOUTH,
        community=rng.choice(town.place.communities),
        consent_participation=True,
        consent_data=True,
        consent_by=ConsentGiver.GUARDIAN,
        consent_form=ConsentForm.WRITTEN,
        consent_on=town.tx.today - timedelta(days=HISTORY - rng.randint(100, 120)),
    )
    return add_person(town.tx, person)


# ---------------------------------------------------------------------- committees
def _committee(town: _Town, kind: CommitteeKind, *, count: int, gap: int, offset: int) -> None:
    """Meetings every `gap` days, the last `offset` days ago, and one planned; their actions
    closed later, dropped or carried over; their minutes approved by the next meeting, except
    the latest (circulated or still a draft), and one approved set amended."""
    tx, rng, local = town.tx, town.rng, kind is CommitteeKind.LOCAL_PREVENTION
    words = town.words if local else text.PHRASES["en"]
    language = town.place.language if local else "en"
    began = town.day(offset + gap * count + 30)
    name = words.committee.format(city=town.local if local else town.name)
    mandate, quorum = text.MANDATES[kind], 5 if local else 4
    setup = CommitteeInput(town.city, name, kind, mandate, quorum, began, language)
    committee = committees.add_committee(tx, setup)
    seats = []
    for seat_kind, key, role, start, end in text.SEATS:
        if seat_kind == kind:
            starts = began + timedelta(days=int(start))
            ends = began + timedelta(days=int(end)) if end != "-" else None
            seat = MembershipInput(committee, town.who[key], MemberRole(role), starts, ends)
            committees.add_membership(tx, seat)
            seats.append(seat)
    held: list[tuple[mt.MeetingId, date]] = []
    opened: list[tuple[mt.ActionItemId, int]] = []
    for number in range(count):
        day = town.day(offset + gap * (count - 1 - number) + rng.randint(0, 3))
        cancelled = not local and number == 2
        title = words.meeting.format(n=number + 1)
        status = mt.MeetingStatus.CANCELLED if cancelled else mt.MeetingStatus.HELD
        summary = text.CANCELLED if cancelled else None
        meeting = _meeting(town, _COMMITTEE, title, day, language, status, committee, summary)
        if not cancelled:
            present = _committee_attendance(town, meeting, day, seats)
            _minutes_content(town, words, meeting, present, first=not held)
            for wording in rng.sample(words.actions, rng.randint(1, 3)):
                due = day + timedelta(days=rng.randint(14, 70))
                action = mt.ActionItemInput(wording, rng.choice(present), due)
                opened.append((actions.add_action_item(tx, meeting, action), len(held)))
            held.append((meeting, day))
    for action_id, at in opened:  # done or dropped at one of the next two meetings, or open
        roll, later = rng.random(), held[at + 1 : at + 3]
        if later and roll < 0.75:
            outcome = mt.ActionStatus.DONE if roll < 0.68 else mt.ActionStatus.DROPPED
            closing = later[int(roll * 10) % len(later)][0]
            actions.close_action_item(tx, action_id, outcome, closing, None)
    title = words.meeting.format(n=count + 1)
    day = town.day(offset - gap)
    planned = _meeting(town, _COMMITTEE, title, day, language, mt.MeetingStatus.PLANNED, committee)
    for item in (words.confirm, *rng.sample(words.items, 2), words.other_business):
        meetings.add_agenda(tx, planned, mt.AgendaItemInput(item[0]))
    for (meeting, day), (approving, _) in itertools.pairwise(held):
        _circulate_minutes(tx, meeting, day + timedelta(days=7))
        _approve_minutes(tx, meeting, approving)
    if local:
        _circulate_minutes(tx, held[-1][0], held[-1][1] + timedelta(days=7))
    _add_amendment(tx, held[-2][0], *words.amendment, agreed_in_id=held[-1][0])


def _meeting(
    town: _Town,
    kind: mt.MeetingKind,
    title: str,
    day: date,
    language: str,
    status: mt.MeetingStatus = mt.MeetingStatus.HELD,
    committee: CommitteeId | None = None,
    summary: str | None = None,
    *,
    hours: int = 2,
    venue: str | None = None,
) -> mt.MeetingId:
    """Committees meet in the council hall for two hours unless told otherwise."""
    venue = venue or f"Council hall, {town.name}"
    starts, ends = town.at(day), town.at(day, hours)
    meeting = mt.MeetingInput(
        kind, title, town.city, starts, ends, committee, venue, language, status, summary=summary
    )
    return meetings.add_meeting(town.tx, meeting)


def _committee_attendance(
    town: _Town, meeting: mt.MeetingId, day: date, seats: list[MembershipInput]
) -> list[PersonId]:
    """Members seated on the day: mostly present, some apologies, a few absent; the chair
    always comes, and a coach sometimes reports on the youth programme."""
    rng, attendance = town.rng, []
    for seat in seats:
        if seat.starts_on is not None and seat.starts_on <= day <= (seat.ends_on or day):
            status = rng.choices((_PRESENT, _APOLOGIES, _ABSENT), weights=(80, 13, 7))[0]
            status = _PRESENT if seat.role is MemberRole.CHAIR else status
            role = mt.AttendanceRole(seat.role.value)
            attendance.append(mt.AttendanceInput(seat.person_id, status, role))
    if rng.random() < 0.4:
        attendance.append(
            mt.AttendanceInput(town.who["coach1"], _PRESENT, mt.AttendanceRole.SPEAKER)
        )
    meetings.set_attendance(town.tx, meeting, attendance, [], None)
    return [a.person_id for a in attendance if a.status is _PRESENT]


def _minutes_content(
    town: _Town, words: text.Phrases, meeting: mt.MeetingId, present: list[PersonId], *, first: bool
) -> None:
    """The agenda as minuted: the last minutes confirmed, two or three items (the first of
    them often with sub-items), then any other business."""
    rng, tx = town.rng, town.tx
    items = [] if first else [words.confirm]
    items += [*rng.sample(words.items, rng.randint(2, 3)), words.other_business]
    nested = rng.random() < 0.7
    for position, (title, discussion, decision) in enumerate(items):
        presenter = present[0] if position == 0 else rng.choice(present)
        item = mt.AgendaItemInput(title, None, presenter, discussion, decision)
        parent = meetings.add_agenda(tx, meeting, item)
        if nested and position == (0 if first else 1):
            for sub_title, sub_discussion in rng.sample(words.subitems, rng.randint(1, 2)):
                sub = mt.AgendaItemInput(sub_title, parent, None, sub_discussion)
                meetings.add_agenda(tx, meeting, sub)


# ---------------------------------------------------------------------- consultations
def _consultations(town: _Town) -> list[mt.MeetingId]:
    """A consultation on the city's needs, then one with young people and women; both with
    named attendees and anonymous headcounts that add up to the stated total."""
    who, public = town.who, town.public
    keys: tuple[str, ...] = ("faith1", "faith2", "women1", "cso1", "youth1", "police")
    first = [*public[:8], public[9], *(who[k] for k in keys)]
    title = town.words.consultation.format(city=town.local)
    general = _consultation(town, 430, title, town.place.language, first, text.FINDINGS)
    keys = ("youth1", "youth2", "coach1", "women1", "women2")
    second = [*(who[k] for k in keys), *public[4:8], *town.rng.sample(town.minors, 3)]
    title = f"Consultation with young people and women, {town.name}"
    findings = [f for f in text.FINDINGS if f[1].endswith("participation")]
    return [general, _consultation(town, 330, title, "en", second, findings)]


def _consultation(
    town: _Town,
    days_ago: int,
    title: str,
    language: str,
    attendees: list[PersonId],
    findings: Sequence[Sequence[str]],
) -> mt.MeetingId:
    venue = f"Community hall, {town.rng.choice(town.place.communities)}"
    day = town.day(days_ago)
    meeting = _meeting(town, mt.MeetingKind.CONSULTATION, title, day, language, venue=venue)
    named = [mt.AttendanceInput(person) for person in attendees]
    named.append(mt.AttendanceInput(town.who["commissioner"], role=mt.AttendanceRole.SPEAKER))
    named.append(mt.AttendanceInput(town.who["welfare"], role=mt.AttendanceRole.FACILITATOR))
    _attend(town, meeting, named, _headcounts(town.rng))
    for category, area, wording in findings:
        priority = None if area == "-" else pl.PriorityArea(area)
        finding = pl.FindingInput(pl.FindingCategory(category), wording, priority)
        plans.add_consultation_finding(town.tx, meeting, finding)
    return meeting


def _headcounts(rng: random.Random) -> list[mt.HeadcountInput]:
    cells = [
        (gender, band, group)
        for gender in (Gender.FEMALE, Gender.MALE)
        for band in (AgeBand.FROM_18, AgeBand.FROM_25, AgeBand.FROM_35, AgeBand.FROM_50)
        for group in (None, GroupTag.DISPLACED, GroupTag.RELIGIOUS_MINORITY)
    ]
    return [mt.HeadcountInput(g, rng.randint(2, 12), b, grp) for g, b, grp in rng.sample(cells, 5)]


def _attend(
    town: _Town,
    meeting: mt.MeetingId,
    named: list[mt.AttendanceInput],
    cells: list[mt.HeadcountInput],
) -> list[PersonId]:
    """Named attendance plus anonymous headcounts, stated as a total that adds up."""
    present = [a.person_id for a in named if a.status is _PRESENT]
    total = len(present) + sum(c.count for c in cells) if cells else None
    meetings.set_attendance(town.tx, meeting, named, cells, total)
    return present


# ---------------------------------------------------------------------- youth activities
def _youth_activities(town: _Town) -> None:
    """Two seasons of sports coaching and a school dialogue, held, and a season planned. The
    seasons share some children, who are counted once however many events they join."""
    who, minors, title = town.who, town.minors, town.words.activity
    coach, lead = ac.CoachRole.COACH, ac.CoachRole.FACILITATOR
    coaches = [(who["coach1"], coach), (who["coach2"], coach), (who["youth2"], lead)]
    sports = ac.ActivityKind.SPORTS
    _activity(town, f"{title} 1", sports, 400, 10, coaches, minors[:12])
    _activity(town, f"{title} 2", sports, 230, 10, coaches, minors[6:18])
    hosts = [(who["teacher"], lead), (who["youth1"], lead)]
    dialogue = ac.ActivityKind.DIALOGUE
    _activity(town, text.DIALOGUE, dialogue, 180, 1, hosts, minors[14:] + minors[:2])
    _activity(town, f"{title} 3", sports, -21, 3, coaches, [])


def _activity(
    town: _Town,
    title: str,
    kind: ac.ActivityKind,
    days_ago: int,
    sessions: int,
    team: list[tuple[PersonId, ac.CoachRole]],
    children: list[PersonId],
) -> None:
    """Sessions a fortnight apart; once held, registered children and anonymous headcounts by
    gender, age band and community."""
    tx, rng, starts, held = town.tx, town.rng, town.day(days_ago), days_ago > 0
    sport = kind is ac.ActivityKind.SPORTS
    activity = ac.ActivityInput(
        town.city,
        title,
        kind,
        starts,
        starts + timedelta(days=14 * (sessions - 1)),
        f"{town.name} sports ground" if sport else f"Government Girls' High School, {town.name}",
        town.place.language if sport else "en",
        mt.MeetingStatus.HELD if held else mt.MeetingStatus.PLANNED,
        text.OUTCOMES if held else None,
        text.NOTES if held else text.PLANNED_NOTES,
    )
    activity_id = activities.add_activity(tx, activity)
    for number in range(sessions):
        topic = text.SESSION_TOPICS[number % len(text.SESSION_TOPICS)]
        session = ac.SessionInput(starts + timedelta(days=14 * number), topic)
        activities.add_activity_session(tx, activity_id, session)
    activities.set_activity_coaches(tx, activity_id, team)
    activities.set_activity_communities(tx, activity_id, town.place.communities)
    if held:
        communities = town.place.communities
        bands = (AgeBand.UNDER_15, AgeBand.FROM_15)
        cells = [
            (g, b, c) for g in (Gender.FEMALE, Gender.MALE) for b in bands for c in communities
        ]
        counts = [
            ac.ParticipationCount(g, rng.randint(2, 9), b, c) for g, b, c in rng.sample(cells, 6)
        ]
        activities.set_participation(tx, activity_id, children, counts)


# ---------------------------------------------------------------------- plans and support
def _plans(town: _Town, sources: list[mt.MeetingId]) -> None:
    """Version 1 of the risk profile and of the plan adopted; version 2 of each still a draft,
    with a new threat and a new action."""
    tx, today = town.tx, town.tx.today
    affected = ", ".join(town.place.communities[:2])
    for version in (1, 2):
        review = today + timedelta(days=180 * version)
        header = pl.PlanHeader(town.city, f"Risk profile of {town.name}", review_on=review)
        profile = plans.add_risk_profile(tx, header, sources)
        for kind, likelihood, impact, description in text.FACTORS[: 5 + version]:
            factor = pl.RiskFactorInput(
                pl.FactorKind(kind),
                description,
                affected,
                None if likelihood == "-" else pl.Level(likelihood),
                None if impact == "-" else pl.Level(impact),
            )
            plans.add_factor(tx, profile, factor)
        header = pl.PlanHeader(town.city, f"Prevention plan of {town.name}", review_on=review)
        plan = plans.add_prevention_plan(tx, header, profile, sources[:version])
        objectives = [plans.add_objective(tx, plan, wording) for wording in text.OBJECTIVES]
        for number, (objective, owner, status, wording) in enumerate(
            text.PLAN_ACTIONS[: 7 + version]
        ):
            starts = today - timedelta(days=320 - 30 * number)
            action = pl.PlanActionInput(
                wording,
                objectives[int(objective)],
                town.who.get(owner),
                None if owner in town.who else town.orgs[owner],
                starts,
                starts + timedelta(days=town.rng.randint(180, 360)),
                pl.PlanActionStatus(status if version == 1 else "planned"),
            )
            plans.add_action_to_plan(tx, plan, action)
        if version == 1:
            plans.adopt_document(tx, RiskProfile, profile, today - timedelta(days=330))
            plans.adopt_document(tx, PreventionPlan, plan, today - timedelta(days=300))


def _support(town: _Town) -> None:
    """Technical support grants in the local currency, and a hub adviser's expert advice."""
    tx, rng, today, country = town.tx, town.rng, town.tx.today, town.place.country
    for number, purpose in enumerate(rng.sample(text.GRANTS, 2)):
        approved = today - timedelta(days=400 - 250 * number)
        grant = GrantInput(
            town.city,
            purpose,
            Decimal(text.GRANT_SIZE[country] * rng.choice((2, 3, 4))) / 4,
            text.CURRENCY[country],
            (GrantStatus.COMPLETED, GrantStatus.DISBURSED)[number],
            town.orgs[rng.choice(("cso", "youth_club", "women"))],
            approved,
            approved + timedelta(days=10),
            approved + timedelta(days=200 + 60 * number),
        )
        support.add_grant(tx, grant)
    adviser = _person(town, StakeholderType.OTHER, "Prevention adviser, South Asia hub", home=False)
    starts = today - timedelta(days=rng.randint(60, 400))
    ends = starts + timedelta(days=rng.randint(2, 9))
    topic = rng.choice(text.ADVICE)
    support.add_advice(tx, AdviceInput(town.city, adviser, topic, starts, ends, text.ADVICE_NOTES))


# ---------------------------------------------------------------------- events of the hub
def _hub_events(towns: list[_Town], rng: random.Random, round_no: int) -> None:
    """A national mayoral roundtable of twenty mayors and councillors, two regional workshops
    and a training, drawing people from every city, so many attend several events."""
    country = ("PK", "IN", "LK", "BD", "NP")[round_no % 5]
    host = next(t for t in towns if t.place.country == country)
    guests = text.GUEST_TOWNS[country]
    mayor, councillor = StakeholderType.MAYOR, StakeholderType.MUNICIPAL_OFFICIAL
    people = [t.who["mayor"] for t in towns if t.place.country == country]
    people += [_person(host, mayor, f"Mayor of {g}", home=False) for g in guests]
    home = [t for t in towns if t.place.country == country]
    people += [t.who[f"councillor{n}"] for t in home for n in (1, 2, 3)]
    people += [_person(host, councillor, f"Councillor, {g}", home=False) for g in guests]
    ministry = "Deputy Secretary, Ministry of Interior"
    official = _person(host, StakeholderType.NATIONAL_OFFICIAL, ministry, home=False)
    by_country = {t.place.country: t for t in reversed(towns)}
    title = text.ROUNDTABLE.format(country=COUNTRIES[country])
    kind = mt.MeetingKind.ROUNDTABLE
    roundtable = _hub_event(host, rng, kind, title, 150, people, [official], everyone_came=True)
    _circulate_minutes(host.tx, roundtable, host.day(145))
    people = [t.who[key] for t in towns for key in ("welfare", "commissioner")]
    workshop = _hub_event(
        by_country["LK"], rng, mt.MeetingKind.WORKSHOP, text.WORKSHOPS[0], 240, people, anonymous=5
    )
    _circulate_minutes(host.tx, workshop, host.day(235))
    _approve_minutes(host.tx, workshop, None, host.day(225))
    people = [t.who[key] for t in towns for key in ("coach1", "coach2", "youth1")]
    _hub_event(
        by_country["NP"], rng, mt.MeetingKind.WORKSHOP, text.WORKSHOPS[1], 100, people, anonymous=10
    )
    people = [t.who[key] for t in towns for key in ("welfare", "cso1")]
    training = _hub_event(by_country["IN"], rng, mt.MeetingKind.TRAINING, text.TRAINING, 60, people)
    _circulate_minutes(host.tx, training, host.day(55))


def _hub_event(
    town: _Town,
    rng: random.Random,
    kind: mt.MeetingKind,
    title: str,
    days_ago: int,
    people: list[PersonId],
    speakers: Sequence[PersonId] = (),
    anonymous: int = 0,
    *,
    everyone_came: bool = False,
) -> mt.MeetingId:
    """A day-long event in English: most invited come, a few send apologies, and volunteers
    who helped are counted without names."""
    day = town.day(days_ago)
    meeting = _meeting(town, kind, title, day, "en", hours=6, venue=f"City hall, {town.name}")
    odds = (100, 0) if everyone_came else (92, 8)
    named = [mt.AttendanceInput(p, rng.choices((_PRESENT, _APOLOGIES), odds)[0]) for p in people]
    named += [mt.AttendanceInput(p, role=mt.AttendanceRole.SPEAKER) for p in speakers]
    halves = ((Gender.FEMALE, anonymous // 2), (Gender.MALE, anonymous - anonymous // 2))
    cells = [mt.HeadcountInput(gender, n, AgeBand.FROM_18) for gender, n in halves if n]
    present = _attend(town, meeting, named, cells)
    for item_title, discussion, decision in text.EVENT_AGENDA:
        item = mt.AgendaItemInput(item_title, None, rng.choice(present), discussion, decision)
        meetings.add_agenda(town.tx, meeting, item)
    return meeting


# ---------------------------------------------------------------------- store-level twins
# set_mayor, circulate_minutes, approve_minutes and add_amendment open a transaction of their
# own; these do the same, under the same rules, on the demo's transaction until the services
# offer tx-level versions.
def _set_city_mayor(tx: WriteTx, city_id: CityId, person_id: PersonId) -> None:
    tx.get(City, city_id)
    tx.check(Person, person_id)
    tx.update(City, city_id, {"mayor_id": person_id})


def _circulate_minutes(tx: WriteTx, meeting_id: mt.MeetingId, on: date) -> None:
    meeting = tx.get(Meeting, meeting_id)
    wanted = mt.MinutesStatus.CIRCULATED
    require(mt.minutes_transition_problems(meeting.minutes_status, wanted, meeting.status))
    tx.update(Meeting, meeting_id, {"minutes_status": wanted, "minutes_circulated_on": on})


def _approve_minutes(
    tx: WriteTx, meeting_id: mt.MeetingId, approving_id: mt.MeetingId | None, on: date | None = None
) -> None:
    meeting = tx.get(Meeting, meeting_id)
    wanted = mt.MinutesStatus.APPROVED
    require(mt.minutes_transition_problems(meeting.minutes_status, wanted, meeting.status))
    if approving_id is None and meeting.committee_id is not None:
        message = translate("Meetings", "Choose the later meeting that approved these minutes.")
        require([Problem("minutes_approved_in_id", message)])
    if approving_id is not None:
        approving = tx.get(Meeting, approving_id)
        same = approving.committee_id == meeting.committee_id
        held = approving.status is mt.MeetingStatus.HELD
        require(mt.approval_problems(meeting.starts_at, approving.starts_at, same, held))
        on = approving.starts_at.date()
    elif on is None or on < meeting.starts_at.date() or on > tx.today:
        message = translate(
            "Meetings", "Give the day the minutes were approved, after the meeting."
        )
        require([Problem("minutes_approved_on", message)])
    values = {"minutes_approved_in_id": approving_id, "minutes_approved_on": on}
    tx.update(Meeting, meeting_id, {"minutes_status": wanted, **values})


def _add_amendment(
    tx: WriteTx,
    meeting_id: mt.MeetingId,
    wording: str,
    reason: str | None,
    agreed_in_id: mt.MeetingId | None = None,
) -> None:
    require(required_text("text", wording, translate("Meetings", "Amendment"), 5000))
    meeting = tx.get(Meeting, meeting_id)
    if meeting.minutes_status is not mt.MinutesStatus.APPROVED:
        message = translate(
            "Meetings", "These minutes are not approved yet: correct them directly instead."
        )
        require([Problem("text", message)])
    if agreed_in_id is not None:
        tx.check(Meeting, agreed_in_id)
    values = {"meeting_id": meeting_id, "text": wording, "reason": reason}
    tx.create(MinutesAmendment, {**values, "amended_on": tx.today, "agreed_in_id": agreed_in_id})
