"""The pairs of records found to be different, which the duplicate search leaves out."""

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.store.models.merges import DuplicateDismissal


def dismissed_pairs(session: Session) -> set[tuple[str, UUID, UUID]]:
    """(kind, smaller id, larger id) of every live dismissal."""
    rows = session.execute(
        select(
            DuplicateDismissal.kind, DuplicateDismissal.first_id, DuplicateDismissal.second_id
        ).where(DuplicateDismissal.deleted.is_(False))
    )
    return {(row.kind, row.first_id, row.second_id) for row in rows}
