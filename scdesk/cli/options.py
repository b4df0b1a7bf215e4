"""What the commands share: argument types, opening the store, and starting the GUI."""

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias
from uuid import UUID

from scdesk.i18n import translate
from scdesk.start import database
from scdesk.store.store import STORE_FILE, Store

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    Commands = argparse._SubParsersAction

#: Adds a module's subcommands: (the subparsers, a parent parser with the common options).
Register = Callable[[Commands, argparse.ArgumentParser], None]


def whole(text: str) -> int:
    """A count as typed; its bounds are the service's rule (domain/counts.py), refused there with
    exit 1 like any other rule, so every door refuses the same values."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number") from None


def say_duplicates(pairs: int) -> None:
    """After an import: the probable duplicates waiting to be settled, if any."""
    if pairs:
        text = translate(
            "Cli",
            "%n pair(s) of probable duplicates to look at: scdesk duplicates lists them",
            "",
            pairs,
        )
        print(text)


def record_id(text: str) -> UUID:
    try:
        return UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a record id") from None


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date such as 2026-01-31") from None


DB_HELP = (
    "a PostgreSQL database for the records, as postgresql://user:password@server/name "
    "(default: SCDESK_DB, else the SQLite file in the data folder)"
)


def open_store(args: argparse.Namespace, folder: Path) -> Store:
    """The store the command works on: the database given, else the data folder's file."""
    url = database(args)
    if url is not None:
        return Store.connect(url, folder)
    return Store.open(folder / STORE_FILE)
