"""Sync bundles: exporting what a receiver lacks, and importing bundles, one transaction each."""

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID, uuid4

import orjson
from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from scdesk import __version__
from scdesk.collection import fewer_collections
from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.devices import DeviceRole, DeviceState, device_label
from scdesk.domain.errors import StoreUnavailableError, UserError
from scdesk.domain.outside import shown
from scdesk.domain.progress import CancelledError, Progress, silent
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate
from scdesk.paths import held_alone, locks_dir, log_dir, not_a_file
from scdesk.services.conflicts import ConflictView, list_conflicts
from scdesk.services.devices import (
    DeviceView,
    clock_ahead_sentence,
    devices,
    ensure_device_keys,
    known_device,
    this_party,
    trust_device,
)
from scdesk.services.merges import unsettled_pairs
from scdesk.store import migrate
from scdesk.store.merge_writer import MergeTx
from scdesk.store.merging import settle_merges
from scdesk.store.models import AuditEntry, Device, SyncExport, SyncField, SyncImport
from scdesk.store.store import DeviceIdentity, Store
from scdesk.sync import acks, provenance
from scdesk.sync.bundle_reader import (
    BundleRefusedError,
    Limits,
    check_payload,
    open_bundle,
    read_lines,
)
from scdesk.sync.bundle_writer import write_bundle
from scdesk.sync.codec import RecordError
from scdesk.sync.keys import DeviceKeys
from scdesk.sync.known import KnownRecords
from scdesk.sync.lines import DeviceIndex, decode_line, whole_records
from scdesk.sync.manifest import FORMAT, FORMAT_VERSION, Manifest, Party, Range, Seal
from scdesk.sync.merge import ArrivalMissedError, Counts, Merger
from scdesk.sync.provenance import Claim, ForeignClaimError, HubOnlyError
from scdesk.sync.scope import city_scope
from scdesk.sync.selection import Tally, unacknowledged

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Records merged between two looks at Cancel, and between two releases of memory: what an
#: import holds at once, so its memory stays near that of a small bundle's (on a bundle of
#: 57,617 records, 500 took 13 MiB less than 2000, and 125 another 3 MiB less than 500, in the
#: same time).
CHUNK = 125
IMPORT_LOG = "imports.jsonl"
#: What an export or a merged bundle writes besides records: its log row, and what this device
#: knows of the other (its last export to it, what each has seen).
_LOG_CHANGES = Changes(frozenset({RecordKind.DEVICE}), sync=True)
#: Records merged at once (new or updated) past which the query planner is told what the
#: merge wrote (Store.refresh_statistics): a hub's first bundles from an officer, a new hub.
_MANY = 1000
#: What every merged write adds to besides its record's table.
_VERSIONED = frozenset({SyncField.__tablename__, AuditEntry.__tablename__})


class Outcome(StrEnum):
    MERGED = "merged"
    ALREADY = "already_merged"
    REFUSED = "refused"
    #: The user pressed Cancel while this file was merging: nothing from it was kept.
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    bundle_id: UUID
    receiver: str
    records: int
    fields: int

    @property
    def changes(self) -> Changes:
        """For the status bar, which says when the last bundle was exported."""
        return _LOG_CHANGES


@dataclass(frozen=True, slots=True)
class Imported:
    """What one file did: merged (with its counts), already merged, or refused and why."""

    path: Path
    outcome: Outcome
    message: str
    sender: str | None = None
    counts: Counts = field(default_factory=Counts)
    gaps: tuple[str, ...] = ()
    bundle_id: UUID | None = None
    #: What the merge wrote: nothing unless merged.
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class ImportRun:
    """Every file's outcome, in the order given, and what they changed together."""

    results: tuple[Imported, ...]
    #: The devices trusted before importing, by name.
    trusted: tuple[str, ...] = ()
    #: Pairs of probable duplicates waiting to be settled once the files are in.
    duplicates: int = 0

    @property
    def changes(self) -> Changes:
        merged = Changes()
        for result in self.results:
            merged |= result.changes
        return merged


@dataclass(frozen=True, slots=True)
class SyncOverview:
    """What the Sync page shows: this device and its fingerprint, the devices known here, the
    devices a bundle can be made for, and the conflicts open for review."""

    me: DeviceIdentity
    fingerprint: str
    devices: tuple[DeviceView, ...]
    receivers: tuple[DeviceView, ...]
    conflicts: tuple[ConflictView, ...]


def sync_overview(store: Store) -> SyncOverview:
    """Makes this device's keys on first use, as `scdesk device` does."""
    keys = ensure_device_keys(store)
    me = store.device()
    known = tuple(devices(store))
    trusted = [d for d in known if d.state is DeviceState.TRUSTED]
    if me.role is DeviceRole.OFFICER:  # an officer's bundles go to its hub
        trusted = [d for d in trusted if d.role is DeviceRole.HUB]
    return SyncOverview(me, keys.fingerprint, known, tuple(trusted), tuple(list_conflicts(store)))


def export_bundle(
    store: Store, target: Path, receiver: DeviceId | None = None, progress: Progress | None = None
) -> Exported:
    """A bundle of everything the receiver has not acknowledged; an officer's goes to its hub.
    Only a hub writing to an officer relays other devices' writes; any other bundle carries, and
    acknowledges, only this device's own (scdesk.sync.provenance)."""
    progress = progress or silent()
    keys = ensure_device_keys(store)
    me = store.device()
    other = _receiver(store, receiver)
    if me.role is DeviceRole.OFFICER and other.role is not DeviceRole.HUB:
        text = translate(
            "Sync", "An officer's device sends its bundles to its hub only, which passes them on."
        )
        raise UserError(text)
    if other.encryption_key is None:
        text = translate("Sync", "This device has no key for {name}.")
        raise UserError(text.format(name=other.name))
    with store.read() as session:
        acked = acks.seen_by(session, other.id)
        mine = acks.seen_by(session, me.device_id)
        relay = me.role is DeviceRole.HUB and other.role is DeviceRole.OFFICER
        only = None if relay else me.device_id
        covers = {
            origin: Range(acked.get(origin, 0), through)
            for origin, through in mine.items()
            if through > acked.get(origin, 0) and only in (None, origin)
        }
        in_scope = None
        if me.role is DeviceRole.HUB and other.role is DeviceRole.OFFICER and other.city_id:
            in_scope = city_scope(session, other.city_id)
        index = DeviceIndex()
        tally = Tally()
        total = max(1, sum(r.through - r.after for r in covers.values()))
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if done % 200 == 0:
                progress.step(min(done, total - 1), total)

        bundle_id = uuid4()
        draft = Manifest(
            format=FORMAT, format_version=FORMAT_VERSION, schema=migrate.head(),
            app=f"scdesk {__version__}", bundle_id=bundle_id, created_at=store.now(),
            sender=this_party(store, keys), receiver=DeviceId(other.id), devices=(), covers=covers,
            seen=mine, records=0, fields=0, payload=_EMPTY,
        )  # fmt: skip
        path = _target(target, me.name, other.name, store)
        lines = unacknowledged(session, acked, index, tally, in_scope, only)

        def complete(manifest: Manifest) -> Manifest:
            progress.step(total - 1, total)  # a last look at Cancel, before the file is whole
            return replace(
                manifest, devices=index.devices, records=tally.records, fields=tally.fields
            )

        write_bundle(path, draft, lines, keys, other.encryption_key, complete, step)
    progress.report(total, total)  # the file is whole now: it is logged, whatever Cancel says
    try:
        with store.write() as tx:
            tx.execute(insert(SyncExport).values(
                bundle_id=bundle_id, receiver_id=other.id, created_at=tx.now,
                file_name=path.name, records=tally.records, fields=tally.fields))  # fmt: skip
            tx.execute(update(Device).where(Device.id == other.id).values(last_export_at=tx.now))
    except BaseException:
        # Not logged (the store busy or full): a bundle this device does not know it sent would
        # leave the user unsure whether to send it, so it is not left behind.
        path.unlink(missing_ok=True)
        raise
    return Exported(path, bundle_id, other.name, tally.records, tally.fields)


def import_bundles(
    store: Store,
    paths: Sequence[Path],
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> list[Imported]:
    """Import each file in its own transaction; a refused file leaves the store as it was.
    Cancel stops at the file being merged, which is rolled back: the files before it stay
    merged, and every file from it on is reported as not imported."""
    progress = progress or silent()
    limits = limits or Limits()
    results = []
    for number, path in enumerate(paths):
        try:
            if progress.cancel.is_set():
                raise CancelledError
            result = _import_one(store, path, limits, progress)
        except (BundleRefusedError, UserError) as error:
            result = Imported(path, Outcome.REFUSED, str(error))
        except CancelledError:
            text = translate("Sync", "{file}: not imported, the import was cancelled.")
            result = Imported(path, Outcome.CANCELLED, text.format(file=shown(path.name)))
        _log(store, result)
        results.append(result)
        with suppress(CancelledError):  # the next file sees Cancel; this one is done
            progress.step(number + 1, len(paths))
    return results


def trust_and_import(
    store: Store,
    confirmed: Sequence[Party],
    paths: Sequence[Path],
    progress: Progress | None = None,
) -> ImportRun:
    """Trust the devices whose fingerprints the user confirmed, then import every file: one
    action on the Sync page. A file from a device still not trusted is refused, and says why."""
    trusted = tuple(trust_device(store, party).name for party in confirmed)
    results = tuple(import_bundles(store, paths, progress))
    merged = any(result.outcome is Outcome.MERGED for result in results)
    return ImportRun(results, trusted, unsettled_pairs(store) if merged else 0)


def _import_one(store: Store, path: Path, limits: Limits, progress: Progress) -> Imported:
    keys = ensure_device_keys(store)
    me = store.device().device_id
    manifest = open_bundle(path, me, known_device(store), migrate.revisions(), limits)
    with store.read() as session:
        seen = session.get(SyncImport, manifest.bundle_id)
    if seen is not None:
        return _already(path, manifest, seen.imported_at)
    with held_alone(locks_dir(store.folder) / f"merge-{manifest.bundle_id}.lock") as alone:
        if not alone:
            text = translate(
                "Sync",
                "{file} is being merged by another scdesk window or command right now: its "
                "outcome will show there.",
            )
            raise BundleRefusedError(text.format(file=shown(path.name)))
        return _merge_bundle(store, path, manifest, keys, limits, progress)


def _merge_bundle(
    store: Store,
    path: Path,
    manifest: Manifest,
    keys: DeviceKeys,
    limits: Limits,
    progress: Progress,
) -> Imported:
    """The bundle checked whole, the store backed up, then its records merged in one
    transaction (twice, if a record promised further down did not arrive)."""
    sender = manifest.sender.name
    check_payload(path, manifest, limits)
    store.backup("before-merge")
    today = max(store.now().date(), manifest.created_at.date()) + timedelta(days=1)
    actor = f"{sender} ({manifest.sender.user_name})"
    try:
        with fewer_collections():
            try:
                merger, gaps, clocks, changes = _merge_file(
                    store, path, manifest, keys, limits, progress, today, actor, ahead=True
                )
            except ArrivalMissedError:
                log.info("a record promised further down waits: merging again, record by record")
                merger, gaps, clocks, changes = _merge_file(
                    store, path, manifest, keys, limits, progress, today, actor, ahead=False
                )
    except MergedMeanwhileError as merged:
        return _already(path, manifest, merged.imported_at)
    except ForeignClaimError as claim:
        raise BundleRefusedError(_foreign_sentence(store, path, claim)) from claim
    except HubOnlyError as error:
        text = translate(
            "Sync",
            "{file} from {sender} adds or changes a priority, which only the hub does; nothing "
            "from it was merged.",
        )
        named = text.format(file=shown(path.name), sender=shown(sender))
        raise BundleRefusedError(named) from error
    except RecordError as error:
        text = translate("Sync", "{file} holds a record scdesk cannot take: {error}")
        raise BundleRefusedError(
            text.format(file=shown(path.name), error=shown(str(error)))
        ) from error
    except IntegrityError as error:
        log.warning("a merge broke a reference at commit", exc_info=error)
        text = translate(
            "Sync",
            "{file} holds records that refer to records this device does not have; nothing "
            "from it was merged.",
        )
        raise BundleRefusedError(text.format(file=shown(path.name))) from error
    counts = merger.counts
    text = translate(
        "Sync",
        "{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, "
        "{conflicts} in conflict, {waiting} waiting for records not yet arrived.",
    )
    if counts.new == counts.updated == counts.conflicts == counts.waiting == 0:
        #: Translators: {unchanged} is a number of records; the bundle changed nothing here.
        text = translate(
            "Sync", "{file} from {sender}: nothing new, all {unchanged} records are already here."
        )
    message = text.format(
        file=shown(path.name), sender=shown(sender), new=counts.new, updated=counts.updated,
        unchanged=counts.unchanged, conflicts=counts.conflicts, waiting=counts.waiting,
    )  # fmt: skip
    message = " ".join([message, *clocks])
    gap_texts = tuple(_gap(store, g) for g in gaps)
    return Imported(
        path, Outcome.MERGED, message, sender, counts, gap_texts, manifest.bundle_id, changes
    )


class MergedMeanwhileError(Exception):
    """The bundle was merged by another window or program while this one waited to merge it."""

    def __init__(self, imported_at: datetime) -> None:
        super().__init__(imported_at.isoformat())
        self.imported_at = imported_at


def _already(path: Path, manifest: Manifest, imported_at: datetime) -> Imported:
    text = translate("Sync", "{file}: already merged on {day}; nothing changed.")
    message = text.format(file=shown(path.name), day=imported_at.date().isoformat())
    return Imported(
        path, Outcome.ALREADY, message, manifest.sender.name, bundle_id=manifest.bundle_id
    )


def _merge_file(
    store: Store,
    path: Path,
    manifest: Manifest,
    keys: DeviceKeys,
    limits: Limits,
    progress: Progress,
    today: date,
    actor: str,
    *,
    ahead: bool,
) -> tuple[Merger, list[acks.Gap], tuple[str, ...], Changes]:
    """The file's records merged, acknowledged and logged in one transaction. ahead: a first
    pass notes the records the bundle brings, so that a reference to one further down is met
    where it stands (it reads and checks the whole payload too)."""
    me = store.device().device_id
    with store.merge(actor=actor) as tx:
        # Asked again now that this transaction holds the store: another window or program may
        # have merged the same file while this one waited for it.
        merged = tx.execute(
            select(SyncImport.imported_at).where(SyncImport.bundle_id == manifest.bundle_id)
        ).scalar_one_or_none()
        if merged is not None:
            raise MergedMeanwhileError(merged)
        relays = provenance.relays(tx.reader())
        if manifest.sender.device_id not in relays:
            if store.device().role is DeviceRole.OFFICER:
                raise BundleRefusedError(_from_an_officer(path, manifest.sender.name))
            provenance.check_covers(manifest.sender.device_id, manifest.covers)
        sender = None if manifest.sender.device_id in relays else manifest.sender.device_id
        known = KnownRecords(tx, manifest.devices, sender)
        held = _merged_before(tx, manifest) and known.held_whole(
            manifest.covers, acks.seen_by(tx.reader(), me)
        )
        marks = _Passed()
        if ahead and not held:
            lines = _cancellable(read_lines(path, manifest, keys, limits), progress)
            tx.note_arriving(whole_records(marks.passed(known.unknown(marks.numbered(lines)))))
        merger = Merger(tx, manifest.sender.name, manifest.bundle_id, manifest.sender.device_id,
                        today, relays, provenance.hub_writers(tx.reader()))  # fmt: skip
        if held:  # every write already here: the lines are not read at all
            merger.counts.skipped = manifest.records
        elif ahead and known.all_known:  # nothing new: the lines need not be read again
            merger.counts.skipped = known.known
        elif ahead:  # the lines found here on the first pass are found here still: left out
            lines = read_lines(path, manifest, keys, limits)
            _merge_lines(merger, marks.unknown(lines), manifest, progress)
            merger.counts.skipped = known.known
        else:
            known = KnownRecords(tx, manifest.devices, sender)
            lines = read_lines(path, manifest, keys, limits)
            _merge_lines(merger, known.unknown(lines), manifest, progress)
            merger.counts.skipped = known.known
        merger.counts.unchanged += merger.counts.skipped
        merger.finish()
        settle_merges(tx)  # merges it brought, and records naming a record merged away
        gaps = acks.advance(tx, me, manifest.covers)
        acks.note_seen(tx, manifest.sender.device_id, manifest.seen)
        summary = {
            "new": merger.counts.new, "updated": merger.counts.updated,
            "unchanged": merger.counts.unchanged, "conflicts": merger.counts.conflicts,
            "waiting": merger.counts.waiting, _PLAIN: manifest.payload.plain_sha256,
        }  # fmt: skip
        tx.execute(insert(SyncImport).values(
            bundle_id=manifest.bundle_id, sender_id=manifest.sender.device_id,
            sha256=manifest.payload.sha256, created_at=manifest.created_at,
            imported_at=tx.now, summary=orjson.dumps(summary).decode()))  # fmt: skip
        tx.execute(
            update(Device)
            .where(Device.id == manifest.sender.device_id)
            .values(last_import_at=tx.now, name=manifest.sender.name,
                    user_name=manifest.sender.user_name, city_id=manifest.sender.city_id)
        )  # fmt: skip
        clocks = _note_clocks(tx, manifest)
        tx.settle_clock()
        tx.forget_arriving()
        changes = tx.changes | _LOG_CHANGES
        written = tx.tables | _VERSIONED
    if merger.counts.new + merger.counts.updated >= _MANY:
        _refresh_statistics(store, written)
    return merger, gaps, clocks, changes


def _refresh_statistics(store: Store, tables: frozenset[str]) -> None:
    """The planner told what a large merge wrote (the merge stands whatever comes of it)."""
    try:
        store.refresh_statistics(tables)
    except (StoreUnavailableError, DBAPIError):
        log.warning("the tables a merge wrote were not analysed", exc_info=True)


def _from_an_officer(path: Path, sender: str) -> str:
    """Officers' devices exchange bundles with their hub only: it passes everyone's changes on,
    and holds every write an officer's bundle may name (scdesk.sync.provenance)."""
    text = translate(
        "Sync",
        "{file} comes from {sender}, another officer's device: an officer's device takes "
        "bundles from its hub only, which passes everyone's changes on.",
    )
    return text.format(file=shown(path.name), sender=shown(sender))


def _foreign_sentence(store: Store, path: Path, claim: ForeignClaimError) -> str:
    """Why a bundle that spoke for another device was refused, naming both devices."""
    if claim.claim is Claim.ACKNOWLEDGEMENT:
        text = translate(
            "Sync",
            "{file} from {sender} acknowledges changes made by {other}; a device may speak only "
            "for itself, so nothing from it was merged.",
        )
    elif claim.claim is Claim.VECTOR:
        text = translate(
            "Sync",
            "{file} from {sender} claims changes made by {other} that this device does not have; "
            "a device may send only its own changes, so nothing from it was merged.",
        )
    else:
        text = translate(
            "Sync",
            "{file} from {sender} carries a change made by {other}; a device may send only its "
            "own changes, so nothing from it was merged.",
        )
    with store.read() as session:
        names = {
            row.id: row.name
            for row in session.execute(
                select(Device.id, Device.name).where(Device.id.in_([claim.sender, claim.other]))
            )
        }
    sender, other = (
        device_label(device, names.get(device)) for device in (claim.sender, claim.other)
    )
    return text.format(file=shown(path.name), sender=sender, other=other)


def _note_clocks(tx: MergeTx, manifest: Manifest) -> tuple[str, ...]:
    """Each device whose writes in this bundle were stamped beyond the drift is noted, and
    named in the summary, so someone fixes its date; a sender whose own writes are all near
    this device's clock is no longer noted."""
    ahead = tx.clocks_ahead
    if manifest.sender.device_id in manifest.covers and manifest.sender.device_id not in ahead:
        tx.execute(
            update(Device).where(Device.id == manifest.sender.device_id).values(clock_ahead_ms=None)
        )
    sentences = []
    for device_id, ahead_ms in sorted(ahead.items()):
        tx.execute(update(Device).where(Device.id == device_id).values(clock_ahead_ms=ahead_ms))
        name = tx.execute(select(Device.name).where(Device.id == device_id)).scalar()
        sentences.append(clock_ahead_sentence(name or str(device_id), ahead_ms))
    return tuple(sentences)


def _cancellable(items: Iterable[T], progress: Progress) -> Iterator[T]:
    """items, looking at Cancel every CHUNK of them."""
    for number, item in enumerate(items):
        if number % CHUNK == 0 and progress.cancel.is_set():
            raise CancelledError
        yield item


#: The summary's key for the hash of the bundle's lines as sent (before compression).
_PLAIN = "plain_sha256"


def _merged_before(tx: MergeTx, manifest: Manifest) -> bool:
    """Whether a bundle of the same sender with the very same lines was merged here before: the
    weekly bundle made again because this store had not acknowledged the last one. Asked before
    a bundle is taken as held whole from its covered range alone (KnownRecords.held_whole):
    a device back on an old copy of its store may reach the same counter with other writes,
    whose lines differ."""
    pattern = f'%"{_PLAIN}":"{manifest.payload.plain_sha256}"%'
    found = tx.execute(
        select(SyncImport.bundle_id)
        .where(SyncImport.sender_id == manifest.sender.device_id, SyncImport.summary.like(pattern))
        .limit(1)
    )
    return found.first() is not None


class _Passed:
    """Which lines of a payload a filter let through, by their place in it: a store's vectors
    only grow as a merge goes on, so a line the first pass found here (KnownRecords) is found
    here on the second, which need not look again. A line let through is looked at whole. Each
    line carries its number through the filter under a key no line has (it overwrites any),
    so that no line is held for it."""

    _KEY = "#"

    def __init__(self) -> None:
        self._through = bytearray()  # 1 for each line let through, by its number

    def numbered(self, lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """lines, as they go into the filter."""
        for number, raw in enumerate(lines):
            raw[self._KEY] = number
            self._through.append(0)
            yield raw

    def passed(self, lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """lines, as they come out of the filter."""
        for raw in lines:
            self._through[raw[self._KEY]] = 1
            yield raw

    def unknown(self, lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The lines of the same payload read again that the filter let through."""
        through = self._through
        for number, raw in enumerate(lines):
            if number >= len(through) or through[number]:
                yield raw


def _merge_lines(
    merger: Merger, lines: Iterable[dict[str, Any]], manifest: Manifest, progress: Progress
) -> None:
    """Decode and merge the lines this store may lack."""
    chunk = []
    done = 0
    for raw in lines:
        chunk.append(decode_line(raw, manifest.devices))
        if len(chunk) >= CHUNK:
            merger.add(chunk)
            merger.tx.release()
            done += len(chunk)
            chunk = []
            progress.step(min(done, max(manifest.records - 1, 0)), max(manifest.records, 1))
    merger.add(chunk)


def _receiver(store: Store, wanted: DeviceId | None) -> Device:
    with store.read() as session:
        rows = session.scalars(
            select(Device).where(Device.trusted_at.is_not(None), Device.revoked_at.is_(None))
        ).all()
    me = store.device()
    others = [row for row in rows if row.id != me.device_id]
    if wanted is not None:
        found = [row for row in others if row.id == wanted]
        if not found:
            raise UserError(translate("Sync", "That device is not trusted here."))
        return found[0]
    hubs = [row for row in others if row.role is DeviceRole.HUB]
    if me.role is DeviceRole.OFFICER and len(hubs) == 1:
        return hubs[0]
    if me.role is DeviceRole.OFFICER:
        text = translate(
            "Sync", "This device does not know its hub yet: import the hub's profile first."
        )
        raise UserError(text)
    text = translate("Sync", "Say which device the bundle is for (scdesk devices lists them).")
    raise UserError(text)


def _target(target: Path, sender: str, receiver: str, store: Store) -> Path:
    """A folder gets a file named for who, for whom and when; a file name is taken as given."""
    if target.is_dir():
        stamp = store.now().strftime("%Y%m%d-%H%M%S")
        name = f"scdesk-{_slug(sender)}-to-{_slug(receiver)}-{stamp}"
        path = target / f"{name}.scdesk"
        number = 1
        while path.exists():
            number += 1
            path = target / f"{name}-{number}.scdesk"
        return path
    if not target.parent.is_dir():
        text = translate("Sync", "The folder {folder} does not exist.")
        raise UserError(text.format(folder=target.parent))
    return target


def _slug(name: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", name).strip("-")[:40] or "device"


def _gap(store: Store, gap: acks.Gap) -> str:
    text = translate(
        "Sync",
        "Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); "
        "the next bundle from its sender will bring them.",
    )
    with store.read() as session:
        known = session.get(Device, gap.origin)
    device = device_label(gap.origin, known.name if known is not None else None)
    return text.format(first=gap.have + 1, last=gap.bundle_starts_after, device=device)


def _log(store: Store, result: Imported) -> None:
    """The import log: every file tried, with its outcome, one JSON line each."""
    folder = log_dir(store.folder)
    folder.mkdir(parents=True, exist_ok=True)
    entry = {
        "at": store.now().isoformat(), "file": shown(result.path.name),
        "sha256": _file_hash(result.path),
        "bundle_id": str(result.bundle_id) if result.bundle_id else None,
        "outcome": result.outcome.value, "sender": result.sender, "message": result.message,
        "counts": asdict(result.counts) if result.outcome is Outcome.MERGED else None,
        "gaps": list(result.gaps),
    }  # fmt: skip
    with (folder / IMPORT_LOG).open("ab") as handle:
        handle.write(orjson.dumps(entry) + b"\n")
    log.info("import of a bundle: %s", result.outcome.value)


def _file_hash(path: Path) -> str | None:
    """The SHA-256 of the file as it arrived, to tell copies of it apart; None if unreadable
    or not a file on the disk (a device would be read for ever)."""
    if not_a_file(path) is not None:
        return None
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


#: The payload's seal is known once it is written; the draft manifest starts with this.
_EMPTY = Seal(0, "", 0, "", 0, b"\0" * 32, b"\0" * 12)
