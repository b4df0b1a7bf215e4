"""The duplicate search's last answer per kind, kept with the mark of the store it was found in,
so that the figures, reports and lists that follow one another do not search again until
something is written.

The mark names the state of the records. The audit trail is append-only and every write, local
or merged, adds to it, so its last id moves whenever a record changes. Writers take their turns
(SQLite's write lock; on PostgreSQL the advisory lock every write transaction, a migration's too,
holds from its start), so no entry with a lower id commits after a higher one is seen. The mark
also holds the year (ages are reckoned from it), the schema's revision and scdesk's version (a
newer one may score differently).
"""

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from scdesk import __version__
from scdesk.domain.duplicates import Candidate, DuplicateKind, Reason, ReasonCode
from scdesk.domain.name_keys import Script
from scdesk.store.migrate import HEAD
from scdesk.store.models import AuditEntry, DuplicateSearch

#: How the candidates are written; a change to it makes every kept answer a stranger.
_FORMAT = 1


def store_mark(session: Session, year: int) -> str:
    """The mark of the records as this session sees them. Ask it before reading what the
    answer is found from, so that a write committed in between moves it."""
    last = session.scalar(select(func.max(AuditEntry.id)))
    return f"{_FORMAT}/{__version__}/{HEAD}/{year}/{last}"


def kept_answers(
    session: Session, mark: str, min_score: int
) -> dict[DuplicateKind, list[Candidate]]:
    """The kinds whose answer was found at this mark with this lowest score or a lower one,
    with their candidates scoring min_score or more."""
    rows = session.execute(
        select(DuplicateSearch.kind, DuplicateSearch.candidates).where(
            DuplicateSearch.mark == mark, DuplicateSearch.min_score <= min_score
        )
    )
    return {
        DuplicateKind(row.kind): [
            found
            for found in map(_decoded, orjson.loads(row.candidates))
            if found.score >= min_score
        ]
        for row in rows
    }


def keep_answers(
    session: Session,
    mark: str,
    min_score: int,
    answers: Mapping[DuplicateKind, Sequence[Candidate]],
) -> None:
    """Keep each kind's answer, found at mark with min_score, in place of the one before."""
    kinds = [kind.value for kind in answers]
    session.execute(delete(DuplicateSearch).where(DuplicateSearch.kind.in_(kinds)))
    session.execute(
        insert(DuplicateSearch),
        [
            {
                "kind": kind.value,
                "mark": mark,
                "min_score": min_score,
                "candidates": orjson.dumps([_encoded(c) for c in found]).decode(),
            }
            for kind, found in answers.items()
        ],
    )


def _encoded(found: Candidate) -> list[Any]:
    reasons = [[r.code.value, r.points, [s.value for s in r.scripts]] for r in found.reasons]
    return [
        found.kind.value,
        found.first_id.hex,
        found.second_id.hex,
        found.score,
        reasons,
        found.first_name,
        found.second_name,
    ]


def _decoded(kept: list[Any]) -> Candidate:
    kind, first_id, second_id, score, reasons, first_name, second_name = kept
    return Candidate(
        DuplicateKind(kind),
        UUID(first_id),
        UUID(second_id),
        score,
        tuple(
            Reason(ReasonCode(code), points, tuple(Script(s) for s in scripts))
            for code, points, scripts in reasons
        ),
        first_name,
        second_name,
    )
