"""The demo's wider work: consultations, youth activities, plans, support and the hub's events."""

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from typing import TypeVar

from scdesk.domain import activities as ac
from scdesk.domain import meetings as mt
from scdesk.domain import plans as pl
from scdesk.domain.cooperation import RaisingInput, RaisingRecord, RaisingStatus
from scdesk.domain.people import AgeBand, Gender, GroupTag, PersonId, StakeholderType
from scdesk.domain.places import COUNTRIES
from scdesk.domain.support import AdviceInput, AdviceRecord, GrantInput, GrantRecord, GrantStatus
from scdesk.services import activities, cooperation, meetings, plans, support
from scdesk.services import demo_content as text
from scdesk.services.demo_committees import hold_meeting
from scdesk.services.demo_people import Town, add_adult
from scdesk.store.models import PreventionPlan, RiskProfile
from scdesk.store.queries.plan_records import prevention_plan_record, risk_profile_record

_PRESENT, _APOLOGIES = mt.AttendanceStatus.PRESENT, mt.AttendanceStatus.APOLOGIES
T = TypeVar("T")


# ---------------------------------------------------------------------- consultations
def consult(town: Town) -> list[mt.MeetingId]:
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
    town: Town,
    days_ago: int,
    title: str,
    language: str,
    attendees: list[PersonId],
    findings: Sequence[Sequence[str]],
) -> mt.MeetingId:
    venue = f"Community hall, {town.rng.choice(town.place.communities)}"
    day = town.day(days_ago)
    named = [mt.AttendanceInput(person) for person in attendees]
    named.append(mt.AttendanceInput(town.who["commissioner"], role=mt.AttendanceRole.SPEAKER))
    named.append(mt.AttendanceInput(town.who["welfare"], role=mt.AttendanceRole.FACILITATOR))
    meeting = hold_meeting(
        town, mt.MeetingKind.CONSULTATION, title, day, language, venue=venue,
        attendees=named, headcounts=_headcounts(town.rng),
    )  # fmt: skip
    for category, area, wording in findings:
        hub = town.hub_priority if area == "hub" else None
        priority = None if area == "-" else pl.PriorityArea.OTHER if hub else pl.PriorityArea(area)
        finding = pl.FindingInput(pl.FindingCategory(category), wording, priority, hub)
        plans.add_finding_in(town.tx, meeting, finding)
    return meeting


def _headcounts(rng: random.Random) -> list[mt.HeadcountInput]:
    cells = [
        (gender, band, group)
        for gender in (Gender.FEMALE, Gender.MALE)
        for band in (AgeBand.FROM_18, AgeBand.FROM_25, AgeBand.FROM_35, AgeBand.FROM_50)
        for group in (None, GroupTag.DISPLACED, GroupTag.RELIGIOUS_MINORITY)
    ]
    return [mt.HeadcountInput(g, rng.randint(2, 12), b, grp) for g, b, grp in rng.sample(cells, 5)]


# ---------------------------------------------------------------------- youth activities
def run_youth_activities(town: Town) -> None:
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
    town: Town,
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
    dates = tuple(
        ac.SessionEntry(
            None,
            ac.SessionInput(
                starts + timedelta(days=14 * number),
                text.SESSION_TOPICS[number % len(text.SESSION_TOPICS)],
            ),
        )
        for number in range(sessions)
    )
    counts = []
    if held:
        communities = town.place.communities
        bands = (AgeBand.UNDER_15, AgeBand.FROM_15)
        cells = [
            (g, b, c) for g in (Gender.FEMALE, Gender.MALE) for b in bands for c in communities
        ]
        counts = [
            ac.ParticipationCount(g, rng.randint(2, 9), b, c) for g, b, c in rng.sample(cells, 6)
        ]
    record = ac.ActivityRecord(
        None,
        activity,
        dates,
        tuple(team),
        tuple(town.place.communities),
        tuple(children) if held else (),
        tuple(counts),
    )
    activities.save_activity_in(tx, record)


# ---------------------------------------------------------------------- plans and support
def draw_up_plans(town: Town, sources: list[mt.MeetingId]) -> None:
    """Version 1 of the risk profile and of the plan adopted; version 2 of each started from
    it and still a draft, with a new threat and a new action."""
    tx, today = town.tx, town.tx.today
    affected = ", ".join(town.place.communities[:2])
    review = today + timedelta(days=180)
    factors = [
        pl.FactorEntry(None, pl.RiskFactorInput(
            pl.FactorKind(kind), description, affected,
            None if likelihood == "-" else pl.Level(likelihood),
            None if impact == "-" else pl.Level(impact),
        ))
        for kind, likelihood, impact, description in text.FACTORS[:6]
    ]  # fmt: skip
    header = pl.PlanHeader(town.city, f"Risk profile of {town.name}", review_on=review)
    record = pl.RiskProfileRecord(None, header, tuple(sources), tuple(factors[:5]))
    profile = plans.save_risk_profile_in(tx, record)
    objectives = [pl.ObjectiveEntry(str(n), None, w) for n, w in enumerate(text.OBJECTIVES)]
    actions = []
    for number, (objective, owner, status, wording) in enumerate(text.PLAN_ACTIONS[:8]):
        starts = today - timedelta(days=320 - 30 * number)
        action = pl.PlanActionInput(
            wording,
            None,
            town.who.get(owner),
            None if owner in town.who else town.orgs[owner],
            starts,
            starts + timedelta(days=town.rng.randint(180, 360)),
            pl.PlanActionStatus(status),
        )
        actions.append(pl.PlanActionEntry(None, objective, action))
    header = pl.PlanHeader(town.city, f"Prevention plan of {town.name}", review_on=review)
    plan = plans.save_prevention_plan_in(
        tx,
        pl.PreventionPlanRecord(
            None, header, profile, tuple(sources[:1]), tuple(objectives), tuple(actions[:7])
        ),
    )
    plans.adopt_in(tx, RiskProfile, profile, today - timedelta(days=330))
    plans.adopt_in(tx, PreventionPlan, plan, today - timedelta(days=300))
    draft_id = plans.new_risk_profile_version_in(tx, profile)
    draft = _record(risk_profile_record(tx.reader(), draft_id))
    plans.save_risk_profile_in(tx, replace(draft, factors=(*draft.factors, factors[5])))
    next_id = plans.new_plan_version_in(tx, plan)
    next_plan = _record(prevention_plan_record(tx.reader(), next_id))
    added = actions[7]
    keys = [entry.key for entry in next_plan.objectives]
    added = replace(
        added,
        objective_key=keys[int(added.objective_key or 0)],
        action=replace(added.action, status=pl.PlanActionStatus.PLANNED),
    )
    plans.save_prevention_plan_in(tx, replace(next_plan, actions=(*next_plan.actions, added)))


def _record(record: T | None) -> T:
    if record is None:
        raise ValueError("a version just saved is missing")
    return record


def give_support(town: Town) -> None:
    """Technical support grants in the local currency, a hub adviser's expert advice, and two
    of the city's priorities raised with national bodies (one acted on or declined, one
    waiting)."""
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
        grant_id = support.save_grant_in(tx, GrantRecord(None, grant))
    adviser = add_adult(
        town,
        StakeholderType.OTHER,
        "Prevention adviser, South Asia hub",
        home=False,
        expertise=text.EXPERTISE,
    )
    starts = today - timedelta(days=rng.randint(60, 400))
    ends = starts + timedelta(days=rng.randint(2, 9))
    topic = rng.choice(text.ADVICE)
    advice = AdviceInput(town.city, adviser, topic, starts, ends, text.ADVICE_NOTES)
    advice_id = support.save_advice_in(tx, AdviceRecord(None, advice))
    done, waiting = text.RAISINGS[country]
    answered = RaisingStatus.DECLINED if "declined" in (done[2] or "") else RaisingStatus.ACTED_ON
    for (body, subject, outcome), days_ago, status, links in (
        (done, 320, answered, {"grant_id": grant_id}),
        (waiting, 45, RaisingStatus.RAISED, {"advice_id": advice_id}),
    ):
        raising = RaisingInput(town.city, body, today - timedelta(days=days_ago), subject, status,
                               outcome, **links)  # fmt: skip
        cooperation.save_raising_in(tx, RaisingRecord(None, raising))


# ---------------------------------------------------------------------- events of the hub
def hold_hub_events(towns: list[Town], rng: random.Random, round_no: int) -> None:
    """A national mayoral roundtable of twenty mayors and councillors, two regional workshops
    and a training, drawing people from every city, so many attend several events."""
    country = ("PK", "IN", "LK", "BD", "NP")[round_no % 5]
    host = next(t for t in towns if t.place.country == country)
    guests = text.GUEST_TOWNS[country]
    mayor, councillor = StakeholderType.MAYOR, StakeholderType.MUNICIPAL_OFFICIAL
    people = [t.who["mayor"] for t in towns if t.place.country == country]
    people += [add_adult(host, mayor, f"Mayor of {g}", home=False) for g in guests]
    home = [t for t in towns if t.place.country == country]
    people += [t.who[f"councillor{n}"] for t in home for n in (1, 2, 3)]
    people += [add_adult(host, councillor, f"Councillor, {g}", home=False) for g in guests]
    ministry = "Deputy Secretary, Ministry of Interior"
    official = add_adult(host, StakeholderType.NATIONAL_OFFICIAL, ministry, home=False)
    by_country = {t.place.country: t for t in reversed(towns)}
    title = text.ROUNDTABLE.format(country=COUNTRIES[country])
    kind = mt.MeetingKind.ROUNDTABLE
    roundtable = _hub_event(host, rng, kind, title, 150, people, [official], everyone_came=True)
    meetings.circulate_minutes_in(host.tx, roundtable, host.day(145))
    people = [t.who[key] for t in towns for key in ("welfare", "commissioner")]
    workshop = _hub_event(
        by_country["LK"], rng, mt.MeetingKind.WORKSHOP, text.WORKSHOPS[0], 240, people, anonymous=5
    )
    meetings.circulate_minutes_in(host.tx, workshop, host.day(235))
    meetings.approve_minutes_in(host.tx, workshop, None, host.day(225))
    people = [t.who[key] for t in towns for key in ("coach1", "coach2", "youth1")]
    _hub_event(
        by_country["NP"], rng, mt.MeetingKind.WORKSHOP, text.WORKSHOPS[1], 100, people, anonymous=10
    )
    people = [t.who[key] for t in towns for key in ("welfare", "cso1")]
    training = _hub_event(by_country["IN"], rng, mt.MeetingKind.TRAINING, text.TRAINING, 60, people)
    meetings.circulate_minutes_in(host.tx, training, host.day(55))


def _hub_event(
    town: Town,
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
    odds = (100, 0) if everyone_came else (92, 8)
    named = [mt.AttendanceInput(p, rng.choices((_PRESENT, _APOLOGIES), odds)[0]) for p in people]
    named += [mt.AttendanceInput(p, role=mt.AttendanceRole.SPEAKER) for p in speakers]
    halves = ((Gender.FEMALE, anonymous // 2), (Gender.MALE, anonymous - anonymous // 2))
    cells = [mt.HeadcountInput(gender, n, AgeBand.FROM_18) for gender, n in halves if n]
    present = [a.person_id for a in named if a.status is _PRESENT]
    agenda = [
        mt.AgendaEntry(
            str(n), None, None, mt.AgendaItemInput(heading, None, rng.choice(present), said, agreed)
        )
        for n, (heading, said, agreed) in enumerate(text.EVENT_AGENDA)
    ]
    venue = f"City hall, {town.name}"
    return hold_meeting(
        town, kind, title, town.day(days_ago), "en", hours=6, venue=venue,
        attendees=named, headcounts=cells, agenda=agenda,
    )  # fmt: skip
