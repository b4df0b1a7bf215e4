"""Running the Alembic migrations from code, and knowing where a store stands.

Opening a store that is already at HEAD reads its version with one query and imports no Alembic
(a tenth of a second of the app's start-up); Alembic comes in only to migrate or to list the
revisions. A test checks that HEAD is the newest migration script's revision."""

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from sqlalchemy import Connection, inspect, text

from scdesk.store.base import UtcDateTime

if TYPE_CHECKING:
    from alembic.autogenerate.api import AutogenContext
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"

#: The newest revision in migrations/versions: a new migration moves it.
HEAD: Final = "0015"


def config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    return HEAD


@cache
def _revisions() -> tuple[str, ...]:
    """Read once from the scripts' names, NNNN_what.py for revision NNNN, each revising the one
    before (tests/store/test_migrations.py holds them to Alembic's own walk): every bundle opened
    asks which schemas are known, and Alembic's script reader would be 0.1 s of imports first."""
    found = sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    if not found:
        raise RuntimeError("no migrations found")
    return tuple(found)


def revisions() -> list[str]:
    """Every known revision, oldest first."""
    return list(_revisions())


def current(connection: Connection) -> str | None:
    """The revision the store is at; None for a store never migrated."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    version: str | None = connection.execute(
        text("SELECT version_num FROM alembic_version")
    ).scalar()
    return version


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(config(connection), target)


def render_item(type_: str, obj: object, autogen_context: "AutogenContext") -> str | Literal[False]:
    """Migrations name plain SQLAlchemy types only, so later code changes cannot break them."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False
