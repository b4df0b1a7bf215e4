"""Running the Alembic migrations from code, and knowing where a store stands."""

from functools import cache
from pathlib import Path
from typing import Literal

from alembic import command
from alembic.autogenerate.api import AutogenContext
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from scdesk.store.base import UtcDateTime

MIGRATIONS = Path(__file__).parent / "migrations"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    return revisions()[-1]


@cache
def _revisions() -> tuple[str, ...]:
    """Read once: the migration scripts do not change while the program runs."""
    script = ScriptDirectory.from_config(config())
    if script.get_current_head() is None:
        raise RuntimeError("no migrations found")
    return tuple(r.revision for r in reversed(list(script.walk_revisions())))


def revisions() -> list[str]:
    """Every known revision, oldest first."""
    return list(_revisions())


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(config(connection), target)


def render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    """Migrations name plain SQLAlchemy types only, so later code changes cannot break them."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False
