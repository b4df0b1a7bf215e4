"""Commands for devices and sync: setup, device, devices, trust, revoke, profile, export,
import and conflicts."""

import argparse
import getpass
import sys
from pathlib import Path

from scdesk.cli.options import Commands, open_store, say_duplicates
from scdesk.domain.conflicts import Keep
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.i18n import translate
from scdesk.paths import cannot_read


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    setup = commands.add_parser("setup", parents=[common], help="name this device (first run)")
    setup.add_argument("--name", required=True, help="this device's name, such as Mardan laptop")
    setup.add_argument("--role", required=True, choices=[r.value for r in DeviceRole])
    setup.add_argument("--user", required=True, help="the name of the person using it")
    setup.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="an officer's first run: the hub's profile, whose cities to pick from",
    )
    setup.add_argument("--city", help="an officer's city (name or id)")
    setup.add_argument("--yes", action="store_true", help="the hub's fingerprint was checked")
    setup.add_argument("--language", default="en", help="the language of records (ur, hi, ...)")
    setup.add_argument(
        "--change-role",
        action="store_true",
        help="change the role or city of a device that is set up already (warns what it means)",
    )
    setup.set_defaults(run=_setup)

    device = commands.add_parser("device", parents=[common], help="this device and its fingerprint")
    device.add_argument("--card", type=Path, metavar="FILE",
                        help="also write this device's card (its name and public keys) for the "
                        "hub to trust, to FILE or into a folder")  # fmt: skip
    device.add_argument(
        "action", nargs="?", choices=["backup-keys", "restore-keys", "replace-keys"],
        help="backup-keys FILE: lock this device's keys with a passphrase into FILE; "
        "restore-keys FILE: put them back from it; replace-keys: make new keys, which the hub "
        "must trust before it takes this device's bundles again",
    )  # fmt: skip
    device.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the key backup")
    device.add_argument(
        "--passphrase-file", type=Path, metavar="P",
        help="read the passphrase from the first line of P instead of asking",
    )  # fmt: skip
    device.add_argument(
        "--yes", action="store_true", help="replace-keys: replace them, no question"
    )
    device.set_defaults(run=_device)

    listing = commands.add_parser("devices", parents=[common], help="the devices known here")
    listing.set_defaults(run=_devices)

    trust = commands.add_parser(
        "trust", parents=[common], help="trust the device a bundle or a device card is from"
    )
    trust.add_argument("file", type=Path, metavar="FILE", help="a bundle or a device card")
    trust.add_argument("--yes", action="store_true", help="the fingerprint was checked")
    trust.set_defaults(run=_trust)

    revoke = commands.add_parser("revoke", parents=[common], help="refuse a device's bundles")
    revoke.add_argument("device", help="its name, id or fingerprint")
    revoke.set_defaults(run=_revoke)

    profile = commands.add_parser("profile", parents=[common], help="the hub profile")
    profile.add_argument("action", choices=["export", "import"])
    profile.add_argument("path", type=Path, help="where to write it, or the file to import")
    profile.add_argument("--yes", action="store_true", help="the hub's fingerprint was checked")
    profile.set_defaults(run=_profile)

    export = commands.add_parser("export", parents=[common], help="write a bundle")
    export.add_argument("--to", type=Path, required=True, help="a folder, or the file to write")
    export.add_argument("--for", dest="receiver", help="the receiving device (on a hub)")
    export.set_defaults(run=_export)

    imports = commands.add_parser("import", parents=[common], help="verify and merge bundles")
    imports.add_argument("files", type=Path, nargs="+")
    imports.set_defaults(run=_import)

    conflicts = commands.add_parser("conflicts", parents=[common], help="list or settle conflicts")
    conflicts.add_argument("action", nargs="?", choices=["resolve"])
    conflicts.add_argument("id", nargs="?", help="the conflict to settle")
    keep = conflicts.add_mutually_exclusive_group()
    keep.add_argument("--keep", choices=["A", "B"], help="A: the value shown now; B: the other")
    keep.add_argument("--value", help="a value of your own")
    conflicts.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE", dest="also",
        help="another field of the record to write with it (a rule coupling fields)",
    )  # fmt: skip
    conflicts.add_argument("--all", action="store_true", help="settled ones too")
    conflicts.set_defaults(run=_conflicts)


def _setup(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.domain.places import pick_city
    from scdesk.services import devices
    from scdesk.services.first_run import set_up_device
    from scdesk.services.places import find_city

    role = DeviceRole(args.role)
    with open_store(args, folder) as store:
        profile = devices.read_hub_profile(args.profile) if args.profile else None
        if profile is None:
            city = find_city(store, args.city) if args.city else None
        else:
            city = pick_city(devices.profile_cities(profile), args.city) if args.city else None
        setup = DeviceSetup(args.name, role, args.user, city, args.language)
        if profile is not None:
            _confirm(args.yes, profile.hub.name, profile.hub.user_name, profile.fingerprint)
        if args.change_role:
            print(_ROLE_WARNING, file=sys.stderr)
        set_up_device(store, setup, profile=profile, change_role=args.change_role)
        keys = devices.ensure_device_keys(store)
    print(f"{args.name} is set up as {role.value}; fingerprint {keys.fingerprint}")
    return 0


def _keys(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import backup_device_keys, restore_device_keys

    if args.file is None:
        raise UserError(translate("Cli", "Give the key backup's file: device {action} FILE.")
                        .format(action=args.action))  # fmt: skip
    backup = args.action == "backup-keys"
    passphrase = _passphrase(args.passphrase_file, twice=backup)
    with open_store(args, folder) as store:
        if backup:
            path = backup_device_keys(store, args.file, passphrase)
            print(f"keys locked with your passphrase in {path}: keep it away from this laptop")
        else:
            keys = restore_device_keys(store, args.file, passphrase)
            print(f"keys restored; fingerprint {keys.fingerprint}")
    return 0


def _passphrase(given: Path | None, *, twice: bool) -> str:
    """The passphrase from a file's first line, or typed (twice, for a new backup)."""
    if given is not None:
        try:
            lines = given.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise UserError(cannot_read(given, error)) from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise UserError(translate("Cli", "Give --passphrase-file P, or run this in a terminal."))
    typed = getpass.getpass("Passphrase: ")
    if twice and getpass.getpass("The same passphrase again: ") != typed:
        raise UserError(translate("Cli", "The two passphrases differ: nothing was written."))
    return typed


#: What changing a device's role or city means, said before it is changed.
_ROLE_WARNING = (
    "Warning: a device's role and city decide what its bundles carry. A hub merges every "
    "officer's bundles and sends each officer the records of its city; an officer sends only "
    "its own records to its hub and takes its city's records back. Other devices learn the new "
    "role from this device's next bundle: tell the hub before exporting."
)


def _replace_keys(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import replace_device_keys

    _ask(
        args.yes,
        translate(
            "Cli",
            "Replacing this device's keys makes new ones, and the hub refuses its bundles until "
            "its staff trust the new fingerprint: run again with --yes to replace them.",
        ),
        "Type yes to make new keys for this device: ",
        translate("Cli", "The keys were not replaced: nothing was changed."),
    )
    with open_store(args, folder) as store:
        replaced = replace_device_keys(store)
    print(f"old fingerprint: {replaced.old_fingerprint}\nnew fingerprint: {replaced.fingerprint}")
    if not replaced.confirmed:
        print("The old keys were not here to confirm the new ones: the hub will say so.")
    print(translate(
        "Cli",
        "Warning: the hub takes no bundle from this device until its staff trust the new key: "
        "export a bundle or a card (scdesk device --card FILE), have them read out the new "
        "fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.",
    ), file=sys.stderr)  # fmt: skip
    return 0


def _device(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import ensure_device_keys, write_device_card

    if args.action == "replace-keys":
        return _replace_keys(args, folder)
    if args.action is not None:
        return _keys(args, folder)
    with open_store(args, folder) as store:
        me = store.device()
        keys = ensure_device_keys(store)
        card = write_device_card(store, args.card) if args.card else None
    print(f"name:        {me.name}")
    print(f"role:        {me.role.value}{'' if me.configured else ' (not yet set up)'}")
    print(f"user:        {me.user_name}")
    print(f"id:          {me.device_id}")
    print(f"fingerprint: {keys.fingerprint}")
    if card is not None:
        print(f"card:        {card}")
    return 0


def _devices(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import devices

    with open_store(args, folder) as store:
        known = devices(store)
    for device in known:
        state = device.state.value.replace("_", " ")
        name = shown(device.name)
        print(f"{name:<24} {device.role.value:<8} {state:<12} {device.fingerprint or '-'}"
              f"  {device.id}")  # fmt: skip
        if device.clock_warning is not None:
            print(f"  {device.clock_warning}")
    return 0


def _trust(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import file_sender, trust_device

    with open_store(args, folder) as store:
        stranger = file_sender(store, args.file)
        if stranger is None:
            print(translate("Cli", "The device that made this file is trusted already."))
            return 0
        sender = stranger.party
        if stranger.replaces is not None:
            _say_replaced(stranger.replaces, stranger.confirmed)
        _confirm(args.yes, sender.name, sender.user_name, stranger.fingerprint)
        trust_device(store, sender)
    print(f"{shown(sender.name)} is trusted; import its bundles now.")
    return 0


def _say_replaced(old: str, confirmed: bool) -> None:
    """A device trusted here with other keys: both fingerprints, before the question."""
    print(f"key replacement: this device was trusted here with fingerprint {old}")
    if confirmed:
        print("the old key confirmed the new one")
    else:
        print("the old key did NOT confirm the new one (it was lost): check with special care")


def _revoke(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import find_device, revoke_device

    with open_store(args, folder) as store:
        device = revoke_device(store, find_device(store, args.device).id)
    print(f"{shown(device.name)} is revoked: its bundles are refused from now on.")
    return 0


def _profile(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services import devices

    with open_store(args, folder) as store:
        if args.action == "export":
            path = devices.write_hub_profile(store, args.path)
            print(f"hub profile written: {shown(str(path))}")
            return 0
        profile = devices.read_hub_profile(args.path)
        hub = profile.hub
        _confirm(args.yes, hub.name, hub.user_name, profile.fingerprint)
        counts = devices.import_hub_profile(store, profile).counts
    print(f"{shown(hub.name)} is this device's hub: {counts.new} cities, organisations, "
          f"committees and mayors taken, {counts.waiting} waiting for records not yet "
          "here.")  # fmt: skip
    return 0


def _export(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.devices import find_device
    from scdesk.services.sync import export_bundle

    with open_store(args, folder) as store:
        receiver = find_device(store, args.receiver).id if args.receiver else None
        exported = export_bundle(store, args.to, receiver)
    print(f"{shown(str(exported.path))}: {exported.records} records ({exported.fields} fields) "
          f"for {shown(exported.receiver)}")  # fmt: skip
    return 0


def _import(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.merges import unsettled_pairs
    from scdesk.services.sync import Outcome, import_bundles

    with open_store(args, folder) as store:
        results = import_bundles(store, args.files)
        merged = any(r.outcome is Outcome.MERGED for r in results)
        duplicates = unsettled_pairs(store) if merged else 0
    for result in results:
        # A file not imported is an error of the command: said on standard error, one line each.
        done = result.outcome in {Outcome.MERGED, Outcome.ALREADY}
        stream = sys.stdout if done else sys.stderr
        print(f"{result.outcome.value}: {result.message}", file=stream)
        for gap in result.gaps:
            print(f"  {gap}", file=stream)
    say_duplicates(duplicates)
    return 1 if any(r.outcome is Outcome.REFUSED for r in results) else 0


def _conflicts(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.conflicts import list_conflicts, resolve_conflict

    with open_store(args, folder) as store:
        if args.action == "resolve":
            if not args.id or (args.keep is None and args.value is None):
                raise UserError(translate("Cli", "Say which conflict, and --keep A, B or --value."))
            chosen = next((c for c in list_conflicts(store) if str(c.id).startswith(args.id)), None)
            if chosen is None:
                raise UserError(translate("Cli", "No open conflict has the id {id}.").format(
                    id=args.id))  # fmt: skip
            keep = Keep.VALUE if args.value is not None else (
                Keep.KEPT if args.keep == "A" else Keep.LOST
            )  # fmt: skip
            resolve_conflict(store, chosen.id, keep, args.value, _pairs(args.also))
            print(f"settled: {chosen.table}.{chosen.field} of {chosen.row_id}")
            return 0
        found = list_conflicts(store, include_resolved=args.all)
    if not found:
        print("no conflicts")
    for conflict in found:
        fields = conflict.field
        if conflict.other_field is not None:
            fields = f"{conflict.field}+{conflict.other_field}"
        print(f"{str(conflict.id)[:8]}  {conflict.table}.{fields} of {conflict.row_id}"
              f"  ({conflict.kind.value}, {conflict.status.value})")  # fmt: skip
        if conflict.sentence is not None:
            print(f"    {shown(conflict.sentence)}")
        for mark, side in (("A", conflict.kept), ("B", conflict.lost)):
            print(f"    {mark}: {side.value}  by {side.device} at "
                  f"{side.written_at:%Y-%m-%d %H:%M} UTC")  # fmt: skip
    return 0


def _pairs(given: list[str]) -> dict[str, str]:
    """FIELD=VALUE texts as a mapping."""
    pairs = {}
    for text in given:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise UserError(
                translate(
                    "Cli", "Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01."
                )
            )
        pairs[name.strip()] = value
    return pairs


def _confirm(yes: bool, name: str, user: str, fingerprint: str) -> None:
    """Trust only after a person compared the fingerprint with the one the device shows."""
    print(f"device: {shown(name)} ({shown(user)})\nfingerprint: {fingerprint}")
    refusal = translate(
        "Cli", "Compare the fingerprint with the device's owner, then run again with --yes."
    )
    question = "Does the device's owner read this same fingerprint? Type yes to trust: "
    _ask(yes, refusal, question, translate("Cli", "Not trusted: nothing was changed."))


def _ask(yes: bool, refusal: str, question: str, declined: str) -> None:
    """Go on for --yes, or a person typing yes in a terminal; otherwise stop, nothing changed:
    without a terminal, with refusal, which says to run again with --yes."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UserError(refusal)
    if input(question).strip().casefold() != "yes":
        raise UserError(declined)
