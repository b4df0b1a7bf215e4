"""People with their consent, and the marginalised groups they belong to."""

from datetime import date
from typing import ClassVar
from uuid import UUID

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.domain.people import (
    AgeBand,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    StakeholderType,
)
from scdesk.store.base import Base, Mergeable, Synced
from scdesk.store.models.refs import ref


class Person(Mergeable, Synced, Base):
    __tablename__ = "person"
    #: The people list pages through names in order (keyset paging on name, then id).
    __extra_args__ = (Index("ix_person_name_id", "name", "id"),)
    name: Mapped[str]
    title: Mapped[str | None]
    organisation_id: Mapped[UUID | None] = ref("organisation")
    city_id: Mapped[UUID | None] = ref("city")
    gender: Mapped[Gender]
    birth_year: Mapped[int | None]
    age_band: Mapped[AgeBand | None]
    stakeholder_type: Mapped[StakeholderType] = mapped_column(index=True)
    community: Mapped[str | None]
    phone: Mapped[str | None]
    email: Mapped[str | None]
    consent_participation: Mapped[bool]
    consent_photo: Mapped[bool]
    consent_data: Mapped[bool]
    consent_by: Mapped[ConsentGiver | None]
    consent_form: Mapped[ConsentForm | None]
    consent_on: Mapped[date | None]
    consent_withdrawn_on: Mapped[date | None]
    #: Fields of expertise; a person with none is not in the hub's expert pool.
    expertise: Mapped[str | None]


class PersonGroup(Synced, Base):
    """One tag on one person; its id is derived from both, so two devices adding it agree."""

    __tablename__ = "person_group"
    derived_from: ClassVar[tuple[str, ...]] = ("person_id", "group")
    person_id: Mapped[UUID] = ref("person")
    group: Mapped[GroupTag]
