"""The `scdesk` command's door: the window without loading the command line, else the subcommands.

Starting the window imports Qt and a few light modules only, so that its frame is on screen
before the store, SQLAlchemy and the models are imported (scdesk.ui.app opens them after the
first paint). Any argument other than the window's own options is the command line's to read:
it is handed to scdesk.cli as it was given, parsed there as before.
"""

import argparse
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from scdesk.domain.errors import UserError
from scdesk.domain.languages import language_codes
from scdesk.i18n import translate
from scdesk.log_file import start_logging
from scdesk.paths import data_dir

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    window = _window_options(given)
    if window is None:
        from scdesk.cli import main as command

        return command(given)
    escape_unprintable()  # the window's sentences before its own translation hook are English
    return run_command(lambda folder: start_window(window, folder), data_dir(window.data_dir))


class _NotTheWindowError(Exception):
    """The arguments are not the window's options alone."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindowError(message)


def _window_options(argv: list[str]) -> argparse.Namespace | None:
    """The window's options (--data-dir, --db, --lang) when they are all that is given; None for
    anything else (a subcommand, --help, --version, a mistake), which scdesk.cli reads and
    answers as before."""
    parser = _WindowParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=language_codes())
    try:
        options, rest = parser.parse_known_args(argv)
    except _NotTheWindowError:
        return None
    return None if rest else options


def escape_unprintable() -> None:
    """Text the terminal's encoding cannot hold (a file name that is not UTF-8) is printed as
    escapes rather than stopping the command half-way through its report."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def run_command(run: Callable[[Path], int], folder: Path) -> int:
    """Run a command on the data folder, logging to it: a refusal is its sentence on standard
    error and exit 1; anything else is logged, named in one line, and exit 2."""
    try:
        log_path = start_logging(folder)
    except OSError as error:
        print(
            f"scdesk: cannot write to the data folder {folder}: {error.strerror}", file=sys.stderr
        )
        return 1
    try:
        return int(run(folder))
    except UserError as error:
        print(f"scdesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("scdesk: stopped; nothing half-done was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (| head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("command failed")
        print(
            f"scdesk: an unexpected error stopped the command; details are in {log_path}",
            file=sys.stderr,
        )
        return 2


def start_window(args: argparse.Namespace, folder: Path) -> int:
    """The window on the data folder, with --lang and --db (or SCDESK_DB) when given."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UserError(
            translate(
                "Cli",
                "No screen found: run scdesk on a desktop, under Xvfb, or with "
                "QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.",
            )
        )
    from scdesk.ui.app import run_gui

    return run_gui(folder, getattr(args, "lang", None), database(args))


def database(args: argparse.Namespace) -> str | None:
    """The PostgreSQL address given with --db or SCDESK_DB, if any."""
    given: str | None = getattr(args, "db", None) or os.environ.get("SCDESK_DB") or None
    return given
