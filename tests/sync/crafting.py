"""Bundles made by hand, as a broken or hostile sender might make them, with real keys."""

import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from scdesk import __version__
from scdesk.services.devices import ensure_device_keys, this_party
from scdesk.store import migrate
from scdesk.store.store import Store
from scdesk.sync.bundle_writer import PAYLOAD, write_bundle
from scdesk.sync.keys import DeviceKeys
from scdesk.sync.manifest import FORMAT, FORMAT_VERSION, Manifest, Party, Seal


def craft(
    sender: Store,
    receiver: Store,
    path: Path,
    lines: list[dict[str, object]],
    *,
    keys: DeviceKeys | None = None,
    signed_as: Party | None = None,
    **manifest: Any,
) -> Path:
    """A bundle of the given lines from sender to receiver; manifest fields may be overridden,
    and the sender described as signed_as (its name, say) while signing with its own keys.
    Device ids in lines are given as the ids themselves and numbered here."""
    keys = keys or ensure_device_keys(sender)
    devices: list[object] = []

    def number(device: object) -> int:
        if device not in devices:
            devices.append(device)
        return devices.index(device)

    encoded = [_json(_numbered(line, number)) for line in lines]
    draft = Manifest(
        format=FORMAT, format_version=FORMAT_VERSION, schema=migrate.head(),
        app=f"scdesk {__version__}", bundle_id=uuid4(), created_at=sender.now(),
        sender=this_party(sender, keys), receiver=receiver.device().device_id, devices=(),
        covers={}, seen={}, records=len(lines), fields=0,
        payload=Seal(0, "", 0, "", 0, b"\0" * 32, b"\0" * 12),
    )  # fmt: skip
    receiver_key = ensure_device_keys(receiver).encryption_public

    def complete(done: Manifest) -> Manifest:
        signed = replace(done, sender=signed_as) if signed_as is not None else done
        return replace(signed, devices=tuple(devices), **manifest)  # type: ignore[arg-type]

    write_bundle(path, draft, encoded, keys, receiver_key, complete)
    return path


def _json(line: dict[str, object]) -> bytes:
    """A line as JSON; Python's encoder writes integers of any size, as a hostile sender may."""
    return json.dumps(line, separators=(",", ":")).encode() + b"\n"


def _numbered(line: dict[str, object], number: object) -> dict[str, object]:
    """Lines are written with device ids; the bundle names devices by number."""
    out = dict(line)
    for key in ("o",):
        if key in out:
            out[key] = number(out[key])  # type: ignore[operator]
    if "v" in out:
        out["v"] = [[number(d), c] for d, c in out["v"]]  # type: ignore[attr-defined, operator]
    if "u" in out:
        out["u"] = {
            name: [v[0], number(v[1]), v[2], v[3]]  # type: ignore[operator]
            for name, v in out["u"].items()  # type: ignore[attr-defined]
        }
    return out


def person_line(device: object, counter: int, **fields: object) -> dict[str, object]:
    """A whole person record as a sender would write it."""
    values: dict[str, object] = {
        "deleted": False, "name": "Zainab", "title": None, "organisation_id": None,
        "city_id": None, "gender": "female", "birth_year": 1990, "age_band": None,
        "stakeholder_type": "other", "community": None, "phone": None, "email": None,
        "consent_participation": True, "consent_photo": False, "consent_data": False,
        "consent_by": "self", "consent_form": "oral", "consent_on": "2026-01-05",
        "consent_withdrawn_on": None,
    }  # fmt: skip
    values.update(fields)
    return _line("person", device, counter, values)


def meeting_line(device: object, counter: int, city: UUID, **fields: object) -> dict[str, object]:
    """A whole meeting record, held in city, as a sender would write it."""
    values: dict[str, object] = {
        "deleted": False, "kind": "workshop", "title": "Regional workshop", "committee_id": None,
        "city_id": city.hex, "starts_at": "2026-03-02T10:00:00+00:00", "ends_at": None,
        "venue": None, "language": "en", "status": "held", "total_attendance": None,
        "summary": None, "minutes_status": "draft", "minutes_circulated_on": None,
        "minutes_approved_in_id": None, "minutes_approved_on": None,
    }  # fmt: skip
    values.update(fields)
    return _line("meeting", device, counter, values)


def headcount_line(device: object, counter: int, meeting: str, count: int) -> dict[str, object]:
    """A whole headcount of women at the meeting with id (hex) meeting."""
    values = {"deleted": False, "meeting_id": meeting, "gender": "female", "age_band": None,
              "group": None, "count": count}  # fmt: skip
    return _line("headcount", device, counter, values)


def grant_line(device: object, counter: int, city: UUID, amount: str) -> dict[str, object]:
    """A whole support grant to city of amount, as a sender would write it."""
    values = {
        "deleted": False, "city_id": city.hex, "organisation_id": None,
        "purpose": "Training of the youth committee", "amount": amount, "currency": "PKR",
        "status": "proposed", "approved_on": None, "starts_on": None, "ends_on": None,
    }  # fmt: skip
    return _line("support_grant", device, counter, values)


def _line(table: str, device: object, counter: int, values: dict[str, object]) -> dict[str, object]:
    return {"t": table, "i": uuid4().hex, "o": device, "c": counter, "h": 1 << 40,
            "v": [[device, counter]], "f": values, "u": {}}  # fmt: skip


def damaged(path: Path, target: Path) -> Path:
    """A copy of the bundle at path with one bit flipped inside its payload, as a bad USB stick
    or an interrupted copy leaves it: the zip's own checksum of the payload no longer matches."""
    with zipfile.ZipFile(path) as archive:
        payload = archive.read(PAYLOAD)
    data = bytearray(path.read_bytes())
    start = data.find(payload)
    assert start >= 0
    assert data.find(payload, start + 1) < 0
    data[start + len(payload) // 2] ^= 0x10
    target.write_bytes(bytes(data))
    return target


def rewrite(path: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of the zip at path with entries replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            if info.filename in change:
                continue
            copy.writestr(info, source.read(info.filename))
        for name, data in change.items():
            if data is not None:
                copy.writestr(name, data)
    return target
