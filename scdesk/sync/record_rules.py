"""The domain rules a record must meet on its own, table by table, and the fields each rule
couples.

Rules that need other records (totals of attendance, minutes locked by another meeting) are the
services' to enforce where the change is made; a merge checks each record's own fields. A record
that one device wrote alone and that breaks a rule (a minor with a phone number, a meeting ending
before it starts) is refused: that device could have checked it. A rule that couples fields can
also break when two devices each make a valid edit of one of them at the same time (one marks a
city as no longer a member while the other sets its joining date): that record is kept and
reviewed, never refused (sync/merge.py).
"""

import dataclasses
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time
from typing import Any

from scdesk.domain import (
    activities,
    committees,
    cooperation,
    indicators,
    meetings,
    people,
    places,
    plans,
    priorities,
    support,
)
from scdesk.domain.rules import Problem
from scdesk.store import models as m
from scdesk.store.base import Synced

Check = Callable[[Mapping[str, Any], date], list[Problem]]
_FIGURES = set(indicators.FIGURE_NAMES)
_DIMENSIONS = set(indicators.DIMENSION_NAMES)


def record_problems(model: type[Synced], row: Mapping[str, Any], today: date) -> list[Problem]:
    """The problems of the record in row (with all its fields), judged on the day `today`."""
    check = _CHECKS.get(model)
    return check(row, today) if check is not None else []


def coupled_fields(model: type[Synced], field: str) -> tuple[str, ...]:
    """The other fields the rule behind a problem of field depends on (none for a rule about
    one field)."""
    return _COUPLED.get(model, {}).get(field, ())


_names: dict[type[Any], tuple[str, ...]] = {}


def _input(kind: type[Any], row: Mapping[str, Any]) -> Any:
    names = _names.get(kind)
    if names is None:  # the fields of each kind read once, not for every record
        names = _names[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return kind(**{name: row[name] for name in names})


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=UTC)


_CHECKS: dict[type[Synced], Check] = {
    m.City: lambda r, d: places.city_problems(_input(places.CityInput, r), d),
    m.Organisation: lambda r, d: places.organisation_problems(_input(places.OrganisationInput, r)),
    m.Person: lambda r, d: people.person_problems(_input(people.PersonInput, r), d),
    m.Committee: lambda r, d: committees.committee_problems(
        _input(committees.CommitteeInput, r), d
    ),
    m.Membership: lambda r, d: committees.membership_problems(
        _input(committees.MembershipInput, r)
    ),
    m.Meeting: lambda r, d: meetings.meeting_problems(_input(meetings.MeetingInput, r), _end_of(d)),
    m.AgendaItem: lambda r, d: meetings.agenda_item_problems(_input(meetings.AgendaItemInput, r)),
    m.ActionItem: lambda r, d: meetings.action_item_problems(
        _input(meetings.ActionItemInput, r), date.min
    ),
    m.Headcount: lambda r, d: meetings.headcount_problems([_input(meetings.HeadcountInput, r)]),
    m.MinutesAmendment: lambda r, d: meetings.amendment_problems(r["text"], r["reason"]),
    m.Activity: lambda r, d: activities.activity_problems(_input(activities.ActivityInput, r), d),
    m.ActivitySession: lambda r, d: activities.session_text_problems(
        _input(activities.SessionInput, r)
    ),
    m.ActivityCommunity: lambda r, d: activities.community_problems("community", r["community"]),
    m.ActivityHeadcount: lambda r, d: activities.participation_problems(
        [_input(activities.ParticipationCount, r)]
    ),
    m.ConsultationFinding: lambda r, d: plans.finding_problems(_input(plans.FindingInput, r)),
    m.RiskProfile: lambda r, d: plans.header_problems(_input(plans.PlanHeader, r)),
    m.PreventionPlan: lambda r, d: plans.header_problems(_input(plans.PlanHeader, r)),
    m.RiskFactor: lambda r, d: plans.factor_problems(_input(plans.RiskFactorInput, r)),
    m.PlanObjective: lambda r, d: plans.objective_problems(r["text"]),
    m.PlanAction: lambda r, d: plans.plan_action_problems(_input(plans.PlanActionInput, r)),
    m.SupportGrant: lambda r, d: support.grant_problems(_input(support.GrantInput, r)),
    m.ExpertAdvice: lambda r, d: support.advice_problems(_input(support.AdviceInput, r)),
    m.NationalRaising: lambda r, d: cooperation.raising_problems(
        _input(cooperation.RaisingInput, r), d
    ),
    m.Indicator: lambda r, d: indicators.indicator_problems(
        _input(indicators.IndicatorInput, r), _FIGURES, _DIMENSIONS
    ),
    m.IndicatorTarget: lambda r, d: indicators.target_problems(_input(indicators.TargetInput, r)),
    m.HubPriority: lambda r, d: priorities.priority_problems(
        _input(priorities.HubPriorityInput, r)
    ),
}

_MINOR = ("age_band", "birth_year")
_CONSENT = ("consent_participation",)

#: Per table, a problem's field and the other fields its rule reads: the fields that two devices
#: can change apart and so break the rule together.
_COUPLED: dict[type[Synced], dict[str, tuple[str, ...]]] = {
    m.City: {"joined_on": ("is_member",)},
    m.Person: {
        "phone": _MINOR, "email": _MINOR, "title": _MINOR, "organisation_id": _MINOR,
        "expertise": _MINOR,
        "birth_year": ("age_band",), "age_band": ("birth_year",),
        "consent_by": ("age_band", "birth_year", "consent_participation"),
        "consent_form": _CONSENT, "consent_on": _CONSENT, "consent_withdrawn_on": ("consent_on",),
    },
    m.Meeting: {"ends_at": ("starts_at",), "status": ("starts_at",), "committee_id": ("kind",)},
    m.Activity: {"ends_on": ("starts_on",), "status": ("starts_on",)},
    m.RiskProfile: {"adopted_on": ("status",), "review_on": ("adopted_on",)},
    m.PreventionPlan: {"adopted_on": ("status",), "review_on": ("adopted_on",)},
    m.SupportGrant: {"ends_on": ("starts_on",)},
    m.ExpertAdvice: {"ends_on": ("starts_on",)},
    m.ConsultationFinding: {"priority_id": ("priority_area",)},
    m.Indicator: {"counting_rule": ("figure",), "breakdowns": ("figure",)},
    m.IndicatorTarget: {"breakdown": ("category",)},
}  # fmt: skip
