"""Devices and trust: setting up this device, its keys and fingerprint, trusting and revoking
other devices, and the hub profile that introduces a hub to its officers' devices."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import insert, select, update

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.devices import (
    DeviceRole,
    DeviceSetup,
    DeviceState,
    hub_profile_problems,
    passphrase_problems,
    resetup_problems,
    setup_problems,
)
from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.domain.people import CityId
from scdesk.domain.places import CityName
from scdesk.domain.rules import Problem, require
from scdesk.domain.versions import DeviceId, ahead_days
from scdesk.i18n import translate
from scdesk.store import migrate
from scdesk.store.merging import settle_merges
from scdesk.store.models import City, Device, ThisDevice
from scdesk.store.store import DeviceIdentity, Store
from scdesk.store.writer import WriteTx
from scdesk.sync import keys as device_keys
from scdesk.sync.bundle_reader import (
    BundleRefusedError,
    KeysReplacedError,
    Known,
    Limits,
    UnknownDeviceError,
    open_bundle,
)
from scdesk.sync.codec import RecordError
from scdesk.sync.device_card import CARD_SUFFIX, is_card, not_a_card, read_card, write_card
from scdesk.sync.key_backup import KEY_BACKUP_SUFFIX, read_key_backup, write_key_backup
from scdesk.sync.keys import KEY_FILE, DeviceKeys, confirmed_by_old_key, fingerprint
from scdesk.sync.lines import DeviceIndex, decode_line
from scdesk.sync.manifest import Party
from scdesk.sync.merge import Counts, Merger
from scdesk.sync.profile import Profile, read_profile, write_profile
from scdesk.sync.scope import reference_scope
from scdesk.sync.selection import Tally, unacknowledged


@dataclass(frozen=True, slots=True)
class DeviceView:
    id: DeviceId
    name: str
    role: DeviceRole
    user_name: str | None
    fingerprint: str | None
    trusted_at: datetime | None
    revoked_at: datetime | None
    last_import_at: datetime | None
    last_export_at: datetime | None
    this_device: bool
    #: How far ahead of this device's clock its writes were stamped, when past the drift.
    clock_ahead_ms: int | None = None

    @property
    def clock_warning(self) -> str | None:
        """What to tell the user when this device's clock is far ahead, or None."""
        if self.clock_ahead_ms is None:
            return None
        return clock_ahead_sentence(self.name, self.clock_ahead_ms)

    @property
    def state(self) -> DeviceState:
        if self.this_device:
            return DeviceState.THIS_DEVICE
        if self.revoked_at is not None:
            return DeviceState.REVOKED
        if self.trusted_at is not None:
            return DeviceState.TRUSTED
        return DeviceState.NOT_TRUSTED


@dataclass(frozen=True, slots=True)
class ProfileImported:
    """The hub this device now trusts, and the reference data its profile brought."""

    hub: str
    counts: Counts
    changes: Changes


@dataclass(frozen=True, slots=True)
class Stranger:
    """A device not trusted here that made a bundle for this one: what a person compares with
    what the device itself shows (`scdesk device`, its Sync page) before trusting it."""

    party: Party
    fingerprint: str
    #: For a device trusted here that made new keys: the fingerprint of the keys it replaces.
    replaces: str | None = None
    #: Whether the replaced key signed the new ones (False when it was lost with its folder).
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class KeysReplaced:
    """This device's new keys, for the user to read out to the hub beside the old ones."""

    old_fingerprint: str
    fingerprint: str
    #: Whether the old key signed the new ones (it was still in the data folder).
    confirmed: bool


def write_device_setup(
    tx: WriteTx, setup: DeviceSetup, keys: DeviceKeys, *, change_role: bool = False
) -> None:
    """The setup's writes inside a caller's transaction (the first run adds the city in the
    same one): this device's identity, and what other devices learn of it with its keys."""
    require(setup_problems(setup))
    if not change_role:
        now = tx.execute(select(ThisDevice)).scalar_one()
        require(resetup_problems(now.configured, now.role, now.city_id, setup))
    if setup.city_id is not None:
        tx.check(City, setup.city_id)
    tx.execute(
        update(ThisDevice).values(
            name=setup.name.strip(), role=setup.role, user_name=setup.user_name.strip(),
            city_id=setup.city_id, language=setup.language, configured=True,
        )
    )  # fmt: skip
    me = tx.execute(select(ThisDevice)).scalar_one()
    tx.execute(update(Device).where(Device.id == tx.device_id).values(**_published(me, keys)))


def device_keys_of(store: Store) -> DeviceKeys:
    """This device's keys from its data folder, made the first time; once the store has
    published them (the first setup or bundle), a key file missing or holding other keys
    stops with the way out instead of new keys being made."""
    me = store.device().device_id
    with store.read() as session:
        row = session.get(Device, me)
        published = (
            (row.signing_key, row.encryption_key)
            if row is not None and row.signing_key and row.encryption_key
            else None
        )
    return device_keys.load_or_create(store.folder, me, published)


def replace_device_keys(store: Store) -> KeysReplaced:
    """Make new keys for this device, for the day its key file is lost with no backup (or its
    keys may have leaked). The new keys name the ones they replace, signed by the old key when
    its file is still here, and every bundle and card says so until the hub trusts them; the
    store's record of this device's keys and the key file change together."""
    me = store.device().device_id
    with store.read() as session:
        row = session.get(Device, me)
    if row is None or not row.signing_key or not row.encryption_key:
        text = translate(
            "Sync", "This device has no keys to replace yet: scdesk device makes its first ones."
        )
        raise UserError(text)
    published = (row.signing_key, row.encryption_key)
    path = store.folder / KEY_FILE
    try:
        old: DeviceKeys | None = device_keys.load_or_create(store.folder, me, published)
    except UserError:  # lost, damaged or holding other keys: replaced without the old key's word
        old = None
    new = device_keys.new_keys_replacing(me, published, old)
    if old is None and path.exists():  # kept aside, never overwritten
        path.replace(path.with_name(f"device-keys-replaced-{store.now():%Y%m%d%H%M%S}.json"))
    try:
        with store.write() as tx:
            tx.execute(
                update(Device)
                .where(Device.id == me)
                .values(signing_key=new.signing_public, encryption_key=new.encryption_public)
            )
            device_keys.save_keys(store.folder, new)
    except BaseException:
        # The store kept the old keys: so does the key file, or it is gone as it was before.
        if old is not None:
            device_keys.save_keys(store.folder, old)
        else:
            path.unlink(missing_ok=True)
        raise
    return KeysReplaced(fingerprint(*published), new.fingerprint, old is not None)


def backup_device_keys(store: Store, path: Path, passphrase: str) -> Path:
    """This device's private keys, locked with the passphrase, in a file the user keeps apart
    from the data folder (path: the file, or a folder to write it in)."""
    require(passphrase_problems(passphrase))
    keys = device_keys_of(store)
    name = f"scdesk-keys-{_slug(store.device().name)}{KEY_BACKUP_SUFFIX}"
    target = path / name if path.is_dir() else path
    write_key_backup(target, keys, passphrase)
    return target


def restore_device_keys(store: Store, path: Path, passphrase: str) -> DeviceKeys:
    """Put this device's keys back from its backup: only the keys the store's records were
    signed with are taken, so a backup of another device, or of keys replaced since, is
    refused."""
    keys = read_key_backup(path, passphrase)
    me = store.device().device_id
    if keys.device_id != me:
        raise UserError(translate("Sync", "This key backup belongs to another device."))
    with store.read() as session:
        row = session.get(Device, me)
    if row is not None and row.signing_key and row.signing_key != keys.signing_public:
        text = translate("Sync", "This key backup holds keys this device no longer signs with.")
        raise UserError(text)
    device_keys.save_keys(store.folder, keys)
    return keys


def ensure_device_keys(store: Store) -> DeviceKeys:
    """This device's keys, made and saved in the data folder the first time they are asked
    for; their public halves, with the device's name and role, are kept in the store for the
    bundles and profiles it makes (written there whenever they differ)."""
    me = store.device()
    keys = device_keys_of(store)
    wanted = _published(me, keys)
    with store.read() as session:
        row = session.get(Device, me.device_id)
        current = {name: getattr(row, name) for name in wanted} if row else None
    if current != wanted:
        with store.write() as tx:
            tx.execute(update(Device).where(Device.id == me.device_id).values(**wanted))
    return keys


def _published(me: DeviceIdentity | ThisDevice, keys: DeviceKeys) -> dict[str, Any]:
    """The row other devices know this one by: its public keys, name, role, user and city."""
    return {
        "signing_key": keys.signing_public, "encryption_key": keys.encryption_public,
        "name": me.name, "role": me.role, "user_name": me.user_name, "city_id": me.city_id,
    }  # fmt: skip


def this_party(store: Store, keys: DeviceKeys) -> Party:
    me = store.device()
    return Party(
        device_id=me.device_id, name=me.name, role=me.role, user_name=me.user_name,
        city_id=me.city_id, signing_key=keys.signing_public,
        encryption_key=keys.encryption_public, replaces=keys.replaces,
    )  # fmt: skip


def devices(store: Store) -> list[DeviceView]:
    me = store.device().device_id
    with store.read() as session:
        rows = session.scalars(select(Device).order_by(Device.name, Device.id)).all()
    return [
        DeviceView(
            id=DeviceId(row.id),
            name=row.name,
            role=row.role,
            user_name=row.user_name,
            fingerprint=(
                fingerprint(row.signing_key, row.encryption_key)
                if row.signing_key and row.encryption_key
                else None
            ),
            trusted_at=row.trusted_at,
            revoked_at=row.revoked_at,
            last_import_at=row.last_import_at,
            last_export_at=row.last_export_at,
            this_device=row.id == me,
            clock_ahead_ms=row.clock_ahead_ms,
        )
        for row in rows
    ]


def clock_ahead_sentence(name: str, ahead_ms: int) -> str:
    """A device whose writes are stamped far in the future has a wrong date: someone must fix
    it there, so it is named (its records are merged all the same)."""
    text = translate("Sync", "{device}'s clock is {days} days ahead: ask its user to set the date.")
    return text.format(device=shown(name), days=ahead_days(ahead_ms))


def known_device(store: Store) -> Callable[[DeviceId], Known | None]:
    """What the bundle reader asks: a trusted device's key, or that it was revoked."""
    with store.read() as session:
        rows = session.scalars(select(Device)).all()
    table = {
        DeviceId(row.id): Known(
            row.name, row.signing_key if row.trusted_at else None, row.revoked_at is not None
        )
        for row in rows
    }
    return table.get


def bundle_sender(store: Store, path: Path) -> Stranger | None:
    """Who made the bundle at path, when that device is not trusted here yet; None when it is.
    A bundle refused for another reason (damaged, revoked sender, made for another device) is
    refused here too, with the same sentence an import gives."""
    me = store.device().device_id
    try:
        open_bundle(path, me, known_device(store), migrate.revisions(), Limits())
    except KeysReplacedError as replaced:
        return Stranger(
            replaced.manifest.sender, replaced.fingerprint, replaced.replaced.fingerprint,
            replaced.confirmed,
        )  # fmt: skip
    except UnknownDeviceError as unknown:
        return Stranger(unknown.manifest.sender, unknown.fingerprint)
    return None


def card_sender(store: Store, path: Path) -> Stranger | None:
    """The device a device card describes, when it is not trusted here yet with those keys;
    None when it is. Trusting it lets this device write bundles for it at once."""
    party = read_card(path)
    if party.device_id == store.device().device_id:
        text = translate("Sync", "{file} is this device's own card: give it to the hub.")
        raise UserError(text.format(file=shown(path.name)))
    known = known_device(store)(party.device_id)
    if known is not None and known.signing_key == party.signing_key:
        return None
    new = fingerprint(party.signing_key, party.encryption_key)
    replaced = party.replaces
    if known is None or known.signing_key is None or replaced is None:
        return Stranger(party, new)
    if replaced.signing_key != known.signing_key:
        return Stranger(party, new)
    confirmed = confirmed_by_old_key(
        party.device_id, party.signing_key, party.encryption_key, replaced
    )
    if confirmed is False:
        raise UserError(not_a_card(path))
    return Stranger(party, new, replaced.fingerprint, bool(confirmed))


def file_sender(store: Store, path: Path) -> Stranger | None:
    """The device not trusted here that a bundle or a device card at path comes from; None
    when it is trusted already."""
    return card_sender(store, path) if is_card(path) else bundle_sender(store, path)


def write_device_card(store: Store, path: Path) -> Path:
    """This device's card, for its hub to trust it before its first bundle arrives; path is
    the file, or a folder to write it in under a name that says whose it is."""
    party = this_party(store, ensure_device_keys(store))
    target = path / f"scdesk-device-{_slug(party.name)}{CARD_SUFFIX}" if path.is_dir() else path
    write_card(target, party)
    return target


def strangers(store: Store, paths: Iterable[Path]) -> list[Stranger]:
    """The devices not trusted here that made these bundles, each once, in the files' order.
    Files refused for other reasons are left for the import to report."""
    found: dict[DeviceId, Stranger] = {}
    for path in paths:
        try:
            stranger = bundle_sender(store, path)
        except BundleRefusedError:
            continue
        if stranger is not None:
            found.setdefault(stranger.party.device_id, stranger)
    return list(found.values())


def trust_device(store: Store, party: Party) -> DeviceView:
    """Trust a device after its owner confirmed the fingerprint: its later bundles are merged.
    A device trusted here that made new keys is trusted with them in place of the old ones,
    once the user saw both fingerprints (Stranger.replaces)."""
    with store.write() as tx:
        trust_device_in(tx, party, replacing=True)
    return next(d for d in devices(store) if d.id == party.device_id)


def trust_device_in(tx: WriteTx, party: Party, *, replacing: bool = False) -> None:
    """Trusting a device inside a caller's transaction (a hub profile's import, which never
    takes new keys for a device: replacing is for a person who compared both fingerprints)."""
    found = tx.execute(select(Device).where(Device.id == party.device_id)).scalar_one_or_none()
    if found is not None and found.revoked_at is not None:
        text = translate("Sync", "{name} was revoked here and cannot be trusted again.")
        raise UserError(text.format(name=shown(party.name)))
    if (
        found is not None
        and found.signing_key
        and found.signing_key != party.signing_key
        and not (replacing and _replaces(found, party))
    ):
        text = translate(
            "Sync",
            "{name} is known here with other keys: new keys are trusted only from its bundle "
            "or card that names the old ones (scdesk device replace-keys, on that device).",
        )
        raise UserError(text.format(name=shown(party.name)))
    values = {
        "name": party.name, "role": party.role, "user_name": party.user_name,
        "city_id": party.city_id, "signing_key": party.signing_key,
        "encryption_key": party.encryption_key, "trusted_at": tx.now,
    }  # fmt: skip
    if found is None:
        tx.execute(
            insert(Device).values(
                id=party.device_id, first_seen_at=tx.now, revoked_at=None, **values
            )
        )
    else:
        tx.execute(update(Device).where(Device.id == party.device_id).values(**values))


def _replaces(found: Device, party: Party) -> bool:
    """Whether party's keys say they replace the keys this store holds for the device, and,
    when the old key signed them, that its signature holds."""
    replaced = party.replaces
    if replaced is None:
        return False
    if (replaced.signing_key, replaced.encryption_key) != (found.signing_key, found.encryption_key):
        return False
    confirmed = confirmed_by_old_key(
        party.device_id, party.signing_key, party.encryption_key, replaced
    )
    return confirmed is not False


def _hub_profile_problems(tx: WriteTx, profile: Profile) -> list[Problem]:
    """Whether this device may take the profile: it is no hub, and trusts no other hub."""
    me = tx.execute(select(ThisDevice)).scalar_one()
    hub = tx.execute(
        select(Device.id, Device.name)
        .where(Device.role == DeviceRole.HUB, Device.id != me.device_id)
        .where(Device.trusted_at.is_not(None), Device.revoked_at.is_(None))
        .order_by(Device.trusted_at)
    ).first()
    return hub_profile_problems(
        me.role,
        hub.name if hub else "",
        DeviceId(hub.id) if hub else None,
        profile.hub.device_id,
    )


def revoke_device(store: Store, device_id: UUID) -> DeviceView:
    """A lost or stolen device: its bundles are refused from now on."""
    me = store.device().device_id
    if device_id == me:
        raise UserError(translate("Sync", "This device cannot revoke itself."))
    with store.write() as tx:
        found = tx.execute(select(Device.id).where(Device.id == device_id)).first()
        if found is None:
            raise UserError(translate("Sync", "No such device is known here."))
        tx.execute(update(Device).where(Device.id == device_id).values(revoked_at=tx.now))
    return next(d for d in devices(store) if d.id == device_id)


def find_device(store: Store, text: str) -> DeviceView:
    """A device named on the command line: by id, id prefix, name or fingerprint."""
    wanted = text.strip().casefold()
    matches = [
        d for d in devices(store)
        if wanted in {str(d.id), d.id.hex, d.name.casefold(), (d.fingerprint or "").casefold()}
        or (len(wanted) >= 6 and str(d.id).startswith(wanted))
    ]  # fmt: skip
    if len(matches) != 1:
        sentence = translate("Sync", "No single device matches {text}: scdesk devices lists them.")
        raise UserError(sentence.format(text=shown(text.strip())))
    return matches[0]


def write_hub_profile(store: Store, path: Path) -> Path:
    """The hub's keys and reference data (cities, organisations, committees) for officers."""
    me = store.device()
    if me.role is not DeviceRole.HUB:
        raise UserError(translate("Sync", "Only a hub writes a hub profile."))
    keys = ensure_device_keys(store)
    index = DeviceIndex()
    index(me.device_id)
    with store.read() as session:
        reference = unacknowledged(session, {}, index, Tally(), reference_scope(session))
        lines = list(reference)
    target = path / f"scdesk-hub-profile-{_slug(me.name)}.scdesk-profile" if path.is_dir() else path
    write_profile(
        target, this_party(store, keys), migrate.head(), store.now(), index.devices, lines, keys
    )
    return target


def read_hub_profile(path: Path) -> Profile:
    """A hub profile, its signature checked, for the officer to compare the fingerprint."""
    return read_profile(path, migrate.revisions())


def import_hub_profile(store: Store, profile: Profile) -> ProfileImported:
    """Trust the hub the officer confirmed, and take its reference data. A hub refuses the
    profile, and so does an officer's device that trusts another hub, before anything is
    written; trusting the hub and taking its records is one transaction."""
    with store.merge(actor=profile.hub.name) as tx:
        require(_hub_profile_problems(tx, profile))
        trust_device_in(tx, profile.hub)
        hub = frozenset({profile.hub.device_id})  # the hub relays other devices' writes
        merger = Merger(tx, profile.hub.name, profile.hub.device_id, profile.hub.device_id,
                        store.now().date(), hub)  # fmt: skip
        try:
            records = [decode_line(line, profile.devices) for line in profile.lines]
        except RecordError as error:
            text = translate("Sync", "The hub profile holds records scdesk cannot read: {error}")
            raise BundleRefusedError(text.format(error=error)) from error
        merger.add(records)
        merger.finish()
        settle_merges(tx)
        tx.settle_clock()
        changes = tx.changes | Changes(frozenset({RecordKind.DEVICE}), sync=True)
    return ProfileImported(profile.hub.name, merger.counts, changes)


def profile_cities(profile: Profile) -> list[CityName]:
    """The cities a hub profile brings, for an officer to pick one before anything is written."""
    cities: list[CityName] = []
    for line in profile.lines:
        if line.get("t") != "city":
            continue
        try:
            record = decode_line(line, profile.devices)
        except RecordError as error:
            text = translate("Sync", "The hub profile holds records scdesk cannot read: {error}")
            raise BundleRefusedError(text.format(error=error)) from error
        values = record.values
        if record.whole and not values["deleted"]:
            cities.append(CityName(CityId(record.id), values["name"], values["name_local"],
                                   values["country"]))  # fmt: skip
    return cities


def _slug(name: str) -> str:
    kept = "".join(ch if ch.isalnum() else "-" for ch in name.strip())
    return "-".join(part for part in kept.split("-") if part)[:40] or "device"
