"""A city and an organisation: the two small forms of the places a network works in."""

from collections.abc import Callable
from uuid import UUID

from PySide6.QtWidgets import QFormLayout
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import choices
from scdesk.domain.people import CityId, OrganisationId
from scdesk.domain.places import (
    CityRecord,
    OrganisationRecord,
    Sector,
    city_problems,
    organisation_problems,
)
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Problem
from scdesk.services.places import save_city, save_organisation
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import Choice, city_choices
from scdesk.store.queries.record_detail import (
    CityDetail,
    OrganisationDetail,
    city_detail,
    organisation_detail,
)
from scdesk.ui.collation import city_choice_items, country_choices
from scdesk.ui.form_records.places import (
    city_record,
    organisation_record,
)
from scdesk.ui.forms.fields import CheckField, ChoiceField, DateField, TextField
from scdesk.ui.forms.person_finder import PersonChoiceField
from scdesk.ui.forms.record_form import RecordForm


class CityForm(RecordForm[None, CityDetail, CityRecord]):
    FORM = "city"
    WATCHED = frozenset({RecordKind.CITY})

    def build(self) -> None:
        self.setWindowTitle(self.tr("City[*]"))
        form = QFormLayout(self.body)
        self.name = self.add_field(
            form, "name", self.tr("&Name"), TextField(self.body, limits.NAME)
        )
        self.name_local = self.add_field(
            form, "name_local", self.tr("&Local name"), TextField(self.body, limits.NAME)
        )
        self.country = self.add_field(
            form, "country", self.tr("C&ountry"), ChoiceField(self.body, self.tr("—"))
        )
        self.country.set_choices(country_choices())
        self.province = self.add_field(
            form, "province", self.tr("&Province"), TextField(self.body, limits.NAME)
        )
        self.is_member = self.add_field(
            form, "is_member", self.tr("Member"), CheckField(self.tr("A member city"), self.body)
        )
        self.joined_on = self.add_field(
            form, "joined_on", self.tr("&Joined on"), DateField(self.body)
        )
        self.mayor = self.add_field(
            form,
            "mayor_id",
            self.tr("&Mayor or local leader"),
            PersonChoiceField(self.context, self.body),
        )
        self.resize(560, 460)

    def load_choices(self, session: Session) -> None:
        return None

    def load_detail(self, session: Session, record_id: UUID) -> CityDetail | None:
        return city_detail(session, record_id)

    def populate(self, detail: CityDetail) -> None:
        city = detail.city
        self.name.set_value(city.name)
        self.name_local.set_value(city.name_local)
        self.country.set_value(city.country)
        self.province.set_value(city.province)
        self.is_member.restore(city.is_member)
        self.joined_on.set_value(city.joined_on)
        mayor = [str(city.mayor_id), detail.mayor_name or ""] if city.mayor_id else None
        self.mayor.restore(mayor)

    def populate_new(self) -> None:
        self.is_member.restore(True)

    def check(self) -> tuple[CityRecord, list[Problem]]:
        record = city_record(self.state(), self.record_id)
        return record, city_problems(record.city, self.context.store.now().date())

    def save_work(self, record: CityRecord) -> Callable[[Progress], Saved[CityId]]:
        store = self.context.store

        return lambda _progress: save_city(store, record)

    def draft_title(self) -> str:
        return self.name.value().strip() or self.tr("New city")


class OrganisationForm(RecordForm[list[Choice], OrganisationDetail, OrganisationRecord]):
    FORM = "organisation"
    WATCHED = frozenset({RecordKind.ORGANISATION})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Organisation[*]"))
        form = QFormLayout(self.body)
        self.name = self.add_field(
            form, "name", self.tr("&Name"), TextField(self.body, limits.TITLE)
        )
        self.sector = self.add_field(form, "sector", self.tr("&Sector"), ChoiceField(self.body))
        self.sector.set_choices(choices(Sector))
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(self.body, self.tr("—"))
        )
        self.resize(480, 220)

    def load_choices(self, session: Session) -> list[Choice]:
        return city_choices(session)

    def populate_choices(self, cities: list[Choice]) -> None:
        self.city.set_choices(city_choice_items(cities))

    def load_detail(self, session: Session, record_id: UUID) -> OrganisationDetail | None:
        return organisation_detail(session, record_id)

    def populate(self, detail: OrganisationDetail) -> None:
        self.name.set_value(detail.organisation.name)
        self.sector.set_value(detail.organisation.sector.value)
        city = detail.organisation.city_id
        self.city.set_value(str(city) if city else None)

    def populate_new(self) -> None:
        self.sector.set_value(Sector.OTHER.value)
        city = self.context.store.device().city_id
        self.city.set_value(str(city) if city else None)

    def check(self) -> tuple[OrganisationRecord, list[Problem]]:
        record = organisation_record(self.state(), self.record_id)
        return record, organisation_problems(record.organisation)

    def save_work(self, record: OrganisationRecord) -> Callable[[Progress], Saved[OrganisationId]]:
        store = self.context.store

        return lambda _progress: save_organisation(store, record)

    def draft_title(self) -> str:
        return self.name.value().strip() or self.tr("New organisation")
