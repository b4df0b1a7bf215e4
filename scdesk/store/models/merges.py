"""Merges of duplicate records and pairs found not to be duplicates: facts made once and never
changed, so that every device that has them all settles on the same survivors."""

from typing import ClassVar
from uuid import UUID

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.store.base import Base, Synced


class RecordMerge(Synced, Base):
    """`other` was found to be the same record as `kept` (both of the table `kind`)."""

    __tablename__ = "record_merge"
    __extra_args__ = (Index("ix_record_merge_kind", "kind"),)
    kind: Mapped[str]
    kept_id: Mapped[UUID]
    other_id: Mapped[UUID]


class DuplicateDismissal(Synced, Base):
    """Two records of the table `kind` that look alike were found to be different: the pair is
    not suggested again. first_id is the smaller of the two ids."""

    __tablename__ = "duplicate_dismissal"
    derived_from: ClassVar[tuple[str, ...]] = ("kind", "first_id", "second_id")
    __extra_args__ = (Index("ix_duplicate_dismissal_kind", "kind"),)
    kind: Mapped[str]
    first_id: Mapped[UUID]
    second_id: Mapped[UUID]


class DuplicateSearch(Base):
    """The last answer of the search for probable duplicates of one kind, kept with the mark of
    the store it was found in (store/queries/duplicate_search.py): the figures, reports and
    lists that follow do not search again until something is written. Kept here only, never
    sent; min_score is the lowest score it holds."""

    __tablename__ = "duplicate_search"
    kind: Mapped[str] = mapped_column(primary_key=True)
    mark: Mapped[str]
    min_score: Mapped[int]
    candidates: Mapped[str]
