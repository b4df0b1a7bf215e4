"""Deleting to the trash and restoring from it, for every kind of record a user can delete."""

from uuid import UUID

from scdesk.domain.changes import Changes
from scdesk.domain.errors import UserError
from scdesk.domain.meetings import editable_problems
from scdesk.domain.rules import require
from scdesk.i18n import translate
from scdesk.store import models as m
from scdesk.store.base import Synced
from scdesk.store.store import Store

#: What a user can put in the trash, by table name (the trash view lists them by these names).
DELETABLE: dict[str, type[Synced]] = {
    model.__tablename__: model
    for model in (
        m.City,
        m.Organisation,
        m.Person,
        m.Committee,
        m.Membership,
        m.Meeting,
        m.AgendaItem,
        m.ActionItem,
        m.Activity,
        m.ActivitySession,
        m.ConsultationFinding,
        m.RiskProfile,
        m.RiskFactor,
        m.PreventionPlan,
        m.PlanObjective,
        m.PlanAction,
        m.SupportGrant,
        m.ExpertAdvice,
        m.NationalRaising,
        m.Indicator,
        m.IndicatorTarget,
    )
}

#: A meeting and the parts of its minutes: once the minutes are approved they are locked.
_MINUTES_PARTS = {"meeting", "agenda_item", "action_item"}


def delete_record(store: Store, kind: str, record_id: UUID) -> Changes:
    """Move a record to the trash: a tombstone that sync carries and restore_record undoes."""
    model = _model(kind)
    with store.write() as tx:
        record = tx.get(model, record_id)
        if kind in _MINUTES_PARTS:
            meeting = tx.get(m.Meeting, _meeting_of(record), include_deleted=True)
            require(editable_problems(meeting.minutes_status))
        tx.delete(model, record_id)
        return tx.changes


def restore_record(store: Store, kind: str, record_id: UUID) -> Changes:
    model = _model(kind)
    with store.write() as tx:
        record = tx.get(model, record_id, include_deleted=True)
        if getattr(record, "merged_into", None) is not None:
            text = translate(
                "Records", "This record was merged into another one: it cannot come back."
            )
            raise UserError(text)
        tx.restore(model, record_id)
        return tx.changes


def _model(kind: str) -> type[Synced]:
    try:
        return DELETABLE[kind]
    except KeyError:
        raise UserError(translate("Records", "This kind of record cannot be deleted.")) from None


def _meeting_of(record: Synced) -> UUID:
    if isinstance(record, m.AgendaItem | m.ActionItem):
        return record.meeting_id
    return record.id
