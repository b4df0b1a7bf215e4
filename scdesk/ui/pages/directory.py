"""The lists of people, committees, organisations and cities."""

import dataclasses
from collections.abc import Sequence

from PySide6.QtWidgets import QLayout
from sqlalchemy.orm import Session

from scdesk.domain.changes import RecordKind
from scdesk.domain.committees import CommitteeKind
from scdesk.domain.labels import country_label, label
from scdesk.domain.languages import language_name
from scdesk.domain.people import StakeholderType
from scdesk.domain.places import Sector
from scdesk.store.queries.committee_list import (
    CommitteeFilter,
    CommitteeRow,
    committee_count,
    committee_page,
)
from scdesk.store.queries.paging import SortKey
from scdesk.store.queries.people_list import PersonFilter, PersonRow, person_count, person_page
from scdesk.store.queries.place_lists import (
    CityFilter,
    CityRow,
    OrganisationFilter,
    OrganisationRow,
    city_count,
    city_page,
    organisation_count,
    organisation_page,
)
from scdesk.ui.pages.filters import ChoiceFilter, CountryFilter
from scdesk.ui.pages.filters import CityFilter as CityChoice
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.paged_model import Column


class PeoplePage(ListPage[PersonFilter, PersonRow]):
    WATCHED = frozenset({RecordKind.PERSON, RecordKind.CITY, RecordKind.ORGANISATION})
    FORM = "person"

    def title(self) -> str:
        return self.tr("People")

    def new_label(self) -> str:
        return self.tr("&New person")

    def columns(self) -> Sequence[Column[PersonRow]]:
        def age(row: PersonRow) -> str:
            if row.birth_year:
                return str(row.birth_year)
            return label(row.age_band) if row.age_band else ""

        return (
            Column(self.tr("Name"), lambda r: r.name, "name", width=0),
            Column(self.tr("Gender"), lambda r: label(r.gender), "gender"),
            Column(self.tr("Born / age"), age),
            Column(self.tr("Type"), lambda r: label(r.stakeholder_type), "stakeholder_type"),
            Column(self.tr("City"), lambda r: r.city or "", "city"),
            Column(self.tr("Organisation"), lambda r: r.organisation or "", "organisation"),
            Column(self.tr("Community"), lambda r: r.community or "", "community"),
        )

    def initial_filter(self) -> PersonFilter:
        return PersonFilter()

    def build_filters(self, bar: QLayout) -> None:
        self.city_filter = CityChoice(self.context, self)
        self.type_filter = ChoiceFilter(
            StakeholderType, self.tr("All types"), self.tr("Type"), self
        )
        for widget in (self.city_filter, self.type_filter):
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: PersonFilter) -> PersonFilter:
        kind = self.type_filter.value()
        return dataclasses.replace(
            base,
            city_id=self.city_filter.city_id(),
            stakeholder_type=StakeholderType(kind) if kind else None,
        )

    def page(
        self, session: Session, wanted: PersonFilter, after: SortKey | None, limit: int
    ) -> Sequence[PersonRow]:
        return person_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: PersonFilter) -> int:
        return person_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)


class CommitteesPage(ListPage[CommitteeFilter, CommitteeRow]):
    WATCHED = frozenset({RecordKind.COMMITTEE, RecordKind.CITY})
    FORM = "committee"

    def title(self) -> str:
        return self.tr("Committees")

    def new_label(self) -> str:
        return self.tr("&New committee")

    def columns(self) -> Sequence[Column[CommitteeRow]]:
        return (
            Column(self.tr("Name"), lambda r: r.name, "name", width=0),
            Column(self.tr("Kind"), lambda r: label(r.kind), "kind"),
            Column(self.tr("City"), lambda r: r.city, "city"),
            Column(self.tr("Language"), lambda r: language_name(r.language), "language"),
            Column(
                self.tr("Established"),
                lambda r: r.established_on.isoformat() if r.established_on else "",
                "established_on",
            ),
            Column(self.tr("Members"), lambda r: str(r.members), numeric=True),
        )

    def initial_filter(self) -> CommitteeFilter:
        return CommitteeFilter()

    def build_filters(self, bar: QLayout) -> None:
        self.city_filter = CityChoice(self.context, self)
        self.kind_filter = ChoiceFilter(CommitteeKind, self.tr("All kinds"), self.tr("Kind"), self)
        for widget in (self.city_filter, self.kind_filter):
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: CommitteeFilter) -> CommitteeFilter:
        kind = self.kind_filter.value()
        return dataclasses.replace(
            base,
            city_id=self.city_filter.city_id(),
            kind=CommitteeKind(kind) if kind else None,
        )

    def page(
        self, session: Session, wanted: CommitteeFilter, after: SortKey | None, limit: int
    ) -> Sequence[CommitteeRow]:
        today = self.context.store.now().date()
        return committee_page(session, wanted, after, limit, today)

    def total(self, session: Session, wanted: CommitteeFilter) -> int:
        return committee_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n committee(s)", "", count)


class OrganisationsPage(ListPage[OrganisationFilter, OrganisationRow]):
    WATCHED = frozenset({RecordKind.ORGANISATION, RecordKind.CITY})
    FORM = "organisation"

    def title(self) -> str:
        return self.tr("Organisations")

    def new_label(self) -> str:
        return self.tr("&New organisation")

    def columns(self) -> Sequence[Column[OrganisationRow]]:
        return (
            Column(self.tr("Name"), lambda r: r.name, "name", width=0),
            Column(self.tr("Sector"), lambda r: label(r.sector), "sector"),
            Column(self.tr("City"), lambda r: r.city or "", "city"),
        )

    def initial_filter(self) -> OrganisationFilter:
        return OrganisationFilter()

    def build_filters(self, bar: QLayout) -> None:
        self.city_filter = CityChoice(self.context, self)
        self.sector_filter = ChoiceFilter(Sector, self.tr("All sectors"), self.tr("Sector"), self)
        for widget in (self.city_filter, self.sector_filter):
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: OrganisationFilter) -> OrganisationFilter:
        sector = self.sector_filter.value()
        return dataclasses.replace(
            base, city_id=self.city_filter.city_id(), sector=Sector(sector) if sector else None
        )

    def page(
        self, session: Session, wanted: OrganisationFilter, after: SortKey | None, limit: int
    ) -> Sequence[OrganisationRow]:
        return organisation_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: OrganisationFilter) -> int:
        return organisation_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n organisation(s)", "", count)


class CitiesPage(ListPage[CityFilter, CityRow]):
    WATCHED = frozenset({RecordKind.CITY})
    FORM = "city"

    def title(self) -> str:
        return self.tr("Cities")

    def new_label(self) -> str:
        return self.tr("&New city")

    def columns(self) -> Sequence[Column[CityRow]]:
        return (
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Local name"), lambda r: r.name_local or "", "name_local", width=0),
            Column(self.tr("Country"), lambda r: country_label(r.country), "country"),
            Column(self.tr("Province"), lambda r: r.province or "", "province"),
            Column(self.tr("Member"), lambda r: self.tr("yes") if r.is_member else self.tr("no")),
            Column(
                self.tr("Joined"),
                lambda r: r.joined_on.isoformat() if r.joined_on else "",
                "joined_on",
            ),
        )

    def initial_filter(self) -> CityFilter:
        return CityFilter()

    def build_filters(self, bar: QLayout) -> None:
        self.country_filter = CountryFilter(self)
        bar.addWidget(self.country_filter)
        self.country_filter.edited.connect(self.filters_changed)

    def current_filter(self, base: CityFilter) -> CityFilter:
        return dataclasses.replace(base, country=self.country_filter.value())

    def page(
        self, session: Session, wanted: CityFilter, after: SortKey | None, limit: int
    ) -> Sequence[CityRow]:
        return city_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: CityFilter) -> int:
        return city_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n city(s)", "", count)
