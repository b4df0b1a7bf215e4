"""A bundle's line read back: each field's value, and the write that set it."""

from typing import Any
from uuid import uuid4

import scdesk.store.models  # noqa: F401 - the kinds of record a line may be
from scdesk.domain.versions import DeviceId
from scdesk.store.writer import Version
from scdesk.sync.lines import decode_line

_DEVICE = DeviceId(uuid4())


def _city(changed: dict[str, list[Any]]) -> dict[str, Any]:
    """A whole city created by (_DEVICE, 1) at clock 100, changed as given."""
    plain = {
        "deleted": False, "merged_into": None, "name": "Trincomalee", "name_local": "திருகோணமலை",
        "country": "LK", "province": "Eastern", "is_member": True, "joined_on": "2024-05-17",
        "mayor_id": None,
    }  # fmt: skip
    return {
        "t": "city", "i": uuid4().hex, "o": 0, "c": 1, "h": 100, "v": [[0, 2]],
        "f": {name: value for name, value in plain.items() if name not in changed},
        "u": changed,
    }  # fmt: skip


def test_a_field_changed_since_the_record_was_created_carries_its_own_write() -> None:
    record = decode_line(_city({"province": ["Northern", 0, 2, 150]}), [_DEVICE])

    assert record.values["province"] == "Northern"
    assert record.write("province") == Version(_DEVICE, 2, 150)
    assert record.write("name") == record.created == Version(_DEVICE, 1, 100)
    assert record.changed == {"province": Version(_DEVICE, 2, 150)}


def test_a_field_listed_as_changed_with_the_creating_write_is_at_the_creation() -> None:
    record = decode_line(_city({"province": ["Eastern", 0, 1, 100]}), [_DEVICE])

    assert record.values["province"] == "Eastern"
    assert record.write("province") == record.created
    assert record.changed == {}  # a new record keeps no version of its own for it
