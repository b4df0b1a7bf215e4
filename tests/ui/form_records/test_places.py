"""The city and organisation forms' states read as the records the place services take. No Qt."""

from uuid import UUID

from scdesk.domain.places import Sector
from scdesk.ui.form_records.places import city_record, organisation_record

CITY = UUID("00000000-0000-4000-8000-000000000001")
MAYOR = "00000000-0000-4000-8000-000000000002"


def test_a_city_is_read_with_its_mayor() -> None:
    state: dict[str, object] = {
        "name": " Colombo ",
        "name_local": "කොළඹ",
        "country": "LK",
        "province": "",
        "is_member": True,
        "joined_on": None,
        "mayor_id": [MAYOR, "Rosy Senanayake"],
    }
    record = city_record(state, CITY)
    city = record.city
    assert (record.city_id, city.name, city.name_local, city.country, city.province) == (
        CITY, "Colombo", "කොළඹ", "LK", None,
    )  # fmt: skip
    assert (city.is_member, str(city.mayor_id)) == (True, MAYOR)


def test_a_city_without_a_country_or_mayor_reads_them_as_empty() -> None:
    city = city_record({"name": "Colombo", "country": None, "mayor_id": None}, None).city
    assert (city.country, city.mayor_id) == ("", None)


def test_an_organisation_is_read_in_its_sector() -> None:
    record = organisation_record({"name": "Youth club ", "sector": "youth", "city_id": ""}, None)
    organisation = record.organisation
    assert (organisation.name, organisation.sector, organisation.city_id) == (
        "Youth club", Sector.YOUTH, None,
    )  # fmt: skip
