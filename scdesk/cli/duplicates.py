"""The duplicates command: records that are probably one person, city, organisation or event."""

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from scdesk.cli.options import Commands, open_store, record_id, whole
from scdesk.domain.duplicates import DEFAULT_MIN_SCORE, Candidate, DuplicateKind
from scdesk.domain.errors import UserError
from scdesk.i18n import translate


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    duplicates = commands.add_parser(
        "duplicates",
        parents=[common],
        help="list records that are probably the same person, city, organisation or event",
    )
    duplicates.add_argument(
        "--kind",
        type=_kind,
        metavar="K",
        help="only person, city, organisation, meeting or activity records (default: every "
        "kind); the plurals import-table takes are understood too",
    )
    duplicates.add_argument(
        "--min-score",
        type=whole,
        default=DEFAULT_MIN_SCORE,
        metavar="S",
        help=f"only pairs scoring S or more, 0 to 100 (default {DEFAULT_MIN_SCORE})",
    )
    duplicates.add_argument("--json", action="store_true", help="print the documented JSON object")
    duplicates.add_argument(
        "action",
        nargs="?",
        choices=["merge", "dismiss"],
        help="merge KEEP OTHER: OTHER becomes part of KEEP; dismiss A B: they are different",
    )
    duplicates.add_argument("ids", nargs="*", type=record_id, metavar="ID", help="two record ids")
    duplicates.set_defaults(run=_duplicates)


#: The plurals `import-table` names its kinds by.
_PLURALS = {
    "people": DuplicateKind.PERSON,
    "cities": DuplicateKind.CITY,
    "organisations": DuplicateKind.ORGANISATION,
    "meetings": DuplicateKind.MEETING,
    "activities": DuplicateKind.ACTIVITY,
}


def _kind(text: str) -> DuplicateKind:
    word = text.strip().casefold()
    if word in _PLURALS:
        return _PLURALS[word]
    try:
        return DuplicateKind(word)
    except ValueError:
        kinds = ", ".join(kind.value for kind in DuplicateKind)
        raise argparse.ArgumentTypeError(f"{text} is not a kind of record: use {kinds}") from None


def _duplicates(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.duplicates import duplicates_document, find_duplicates

    if args.action is not None:
        return _settle(args, folder)
    if args.ids:
        raise UserError(translate("Cli", "Say what to do with the ids: merge or dismiss."))

    kinds = [args.kind] if args.kind else None
    with open_store(args, folder) as store:
        found = find_duplicates(store, kinds, min_score=args.min_score)
        if args.json:
            document = duplicates_document(found, args.min_score, store.now())
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            print(_text(found, args.min_score))
    return 0


def _text(found: Sequence[Candidate], min_score: int) -> str:
    """Each pair on three lines: score, kind and both names; the reasons; both ids, which a
    merge or a dismissal will take."""
    if not found:
        return f"no probable duplicates scoring {min_score} or more"
    pairs = len(found)
    text = translate("Cli", "%n probable duplicate(s) scoring {score} or more", "", pairs)
    lines = [text.format(score=min_score), ""]
    for pair in found:
        names = f"{pair.first_name}  /  {pair.second_name}"
        lines.append(f"{pair.score:>3}  {pair.kind.value}: {names}")
        lines.append(f"     {pair.explanation}")
        lines.append(f"     {pair.first_id}  {pair.second_id}")
    return "\n".join(lines)


def _settle(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.merges import dismiss_pair, merge_records

    if len(args.ids) != 2:
        text = translate("Cli", "Give two record ids: duplicates {action} ID ID.")
        raise UserError(text.format(action=args.action))
    first, second = args.ids
    with open_store(args, folder) as store:
        if args.action == "dismiss":
            dismiss_pair(store, first, second)
            print(f"dismissed: {first} and {second} are different; the pair is not suggested again")
            return 0
        merged = merge_records(store, first, second)
    print(f"merged: {merged.kind.value} {second} into {first}")
    if merged.filled:
        print(f"  filled from the merged record: {', '.join(merged.filled)}")
    if merged.differing:
        differing = ", ".join(merged.differing)
        print(f"  different, the other values kept for review (scdesk conflicts): {differing}")
    return 0
