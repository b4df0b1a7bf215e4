"""Foreign keys between synced records: deferred to commit, so rows may arrive in any order."""

from typing import Any

from sqlalchemy import ForeignKey
from sqlalchemy.orm import MappedColumn, mapped_column


def ref(table: str, *, use_alter: bool = False) -> MappedColumn[Any]:
    """A reference to a synced record, checked at commit (the circular city and mayor need that).

    use_alter breaks a cycle of tables for dialects that create constraints with ALTER TABLE.
    """
    key = ForeignKey(f"{table}.id", deferrable=True, initially="DEFERRED", use_alter=use_alter)
    return mapped_column(key, index=True)
