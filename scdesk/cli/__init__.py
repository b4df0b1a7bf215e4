"""The `scdesk` command: the GUI by default; the other doors to the services as subcommands.

Each module of this package registers its commands (records.py: demo, check, figures;
duplicates.py: probable duplicates; sync.py: devices, bundles and conflicts); this one builds
the parser. scdesk.start, the command's door, hands it every start that is not the window's, and
turns errors into messages for both (as the GUI's Ops does in the window).
"""

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from scdesk import __version__, i18n
from scdesk.cli import duplicates, records, reports, sync
from scdesk.cli.options import DB_HELP, Commands, Register
from scdesk.domain.languages import SOURCE, language_codes
from scdesk.paths import data_dir
from scdesk.reports.catalog import translator
from scdesk.start import escape_unprintable, run_command, start_window

#: Each adds its subcommands to the parser.
COMMANDS: list[Register] = [
    records.register,
    duplicates.register,
    sync.register,
    reports.register,
]


def main(argv: Sequence[str] | None = None) -> int:
    escape_unprintable()
    i18n.install(translator(SOURCE))  # English's own plural forms: "1 pair", "2 pairs"
    args = _parser().parse_args(argv)
    return run_command(lambda folder: int(args.run(args, folder)), data_dir(args.data_dir))


_DATA_DIR_HELP = "the data folder (default: SCDESK_DATA_DIR, else the user data folder)"


class _Parser(argparse.ArgumentParser):
    """argparse's own, but a usage error is a refusal like any other (README: exit 1, one
    sentence on standard error), not the 2 that scdesk keeps for its own faults. Subcommands'
    parsers are made of this class too."""

    def error(self, message: str) -> NoReturn:
        print(f"scdesk: {message}; see {self.prog} --help.", file=sys.stderr)
        sys.exit(1)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="scdesk", description="Offline-first records, minutes, sync bundles and reports."
    )
    parser.add_argument("--version", action="version", version=f"scdesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=_DATA_DIR_HELP)
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument(
        "--lang",
        metavar="CODE",
        choices=language_codes(),
        help="the language of the window for this start: "
        + ", ".join(language_codes())
        + " (default: SCDESK_LANG, else the one chosen in the app, else the system's)",
    )
    parser.set_defaults(run=start_window)
    # Each command takes --data-dir too, before or after its name; SUPPRESS keeps the value
    # given before the command when none is given after it.
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=_DATA_DIR_HELP)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)
    commands: Commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", parser_class=_Parser
    )

    for register in COMMANDS:
        register(commands, common)
    return parser
