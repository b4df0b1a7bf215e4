"""Bulk inserts store exactly what SQLAlchemy would: every type reads back as it was given."""

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

from scdesk.domain.meetings import MeetingKind, MeetingStatus, MinutesStatus
from scdesk.domain.support import GrantStatus
from scdesk.store.models import City, Meeting, SupportGrant
from scdesk.store.store import Store


def test_every_column_type_reads_back_as_it_was_written(store: Store) -> None:
    city = {"name": "ত্রিশাল", "country": "BD", "is_member": False, "joined_on": None}
    meeting = {
        "kind": MeetingKind.ROUNDTABLE, "title": "नगर परिषद",
        "starts_at": datetime(2026, 3, 2, 4, 5, 6, 789000, tzinfo=UTC),
        "ends_at": None, "language": "hi", "status": MeetingStatus.HELD, "total_attendance": 0,
        "minutes_status": MinutesStatus.DRAFT, "minutes_circulated_on": date(2026, 3, 9),
    }  # fmt: skip
    grant = {"purpose": "Youth centre", "amount": Decimal("1500000.25"), "currency": "BDT",
             "status": GrantStatus.APPROVED, "approved_on": date(2026, 2, 1)}  # fmt: skip
    with store.write() as tx:
        city_id = tx.create(City, city)
        meeting_id = tx.create(Meeting, meeting | {"city_id": city_id}, record_id=uuid4())
        grant_id = tx.create(SupportGrant, grant | {"city_id": city_id})
    with store.read() as session:
        stored = {
            "city": session.get(City, city_id),
            "meeting": session.get(Meeting, meeting_id),
            "grant": session.get(SupportGrant, grant_id),
        }
    for name, given in (("city", city), ("meeting", meeting), ("grant", grant)):
        record = stored[name]
        assert record is not None
        assert {key: getattr(record, key) for key in given} == given, name
    assert isinstance(stored["meeting"], Meeting)
    assert stored["meeting"].city_id == city_id
    assert stored["meeting"].deleted is False
