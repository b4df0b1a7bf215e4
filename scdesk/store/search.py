"""The local search index: SQLite FTS5 over the text of the records people look for.

The index is derived data that no migration manages (its tables start with "search", which the
migrations leave alone). It is brought up to date lazily, before a search: every row whose
`updated_hlc` is above the watermark stored for its table is indexed again. A local write stamps
its rows above every watermark; a merge keeps the sender's stamps, which may be older than what
was indexed since, so it lowers the watermarks below the rows it wrote (include_merged, called by
Store.merge in the merge's own transaction). Deleted rows stay indexed; the lists leave them out.

The tokenizer is unicode61 with combining marks (categories M*) counted as parts of words, so
Devanagari matras and viramas, Tamil and Sinhala vowel signs and Bengali signs stay inside the
word they belong to (the default splits words at every mark). Text and queries are put in NFC and
lose zero-width joiners, which some keyboards type inside Sinhala and Bengali conjuncts and others
do not. Every word of a query is a prefix: "ayes kha" finds "Ayesha Khan".
"""

import logging
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    Row,
    Select,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy import Uuid as SaUuid

from scdesk.domain.progress import Progress
from scdesk.store.base import table_of
from scdesk.store.engine import IMMEDIATE
from scdesk.store.models import Activity, City, Committee, Meeting, Organisation, Person

if TYPE_CHECKING:  # store.py calls include_merged: a runtime import would be circular
    from scdesk.store.store import Store

log = logging.getLogger(__name__)

_metadata = MetaData()
#: One row per indexed record; its integer id is the FTS5 rowid of the record's text.
search_key = Table(
    "search_key",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("tbl", Text, nullable=False),
    Column("row_id", SaUuid, nullable=False),
)
#: The watermark per table: the highest updated_hlc indexed.
search_mark = Table(
    "search_mark",
    _metadata,
    Column("tbl", Text, primary_key=True),
    Column("hlc", Integer, nullable=False),
)

_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
_CREATE = (
    "CREATE TABLE IF NOT EXISTS search_key (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
    "row_id CHAR(32) NOT NULL, UNIQUE (tbl, row_id))",
    "CREATE TABLE IF NOT EXISTS search_mark (tbl TEXT PRIMARY KEY, hlc INTEGER NOT NULL)",
    f'CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, tokenize="{_TOKENIZER}", '
    "prefix='1 2 3')",
)

#: What is searchable, per table: the columns whose text a search looks in.
SEARCHED: dict[str, tuple[str, ...]] = {
    "meeting": ("title", "venue", "summary"),
    "activity": ("title", "venue", "outcomes", "notes"),
    "person": ("name", "title", "community"),
    "organisation": ("name",),
    "city": ("name", "name_local", "province"),
    "committee": ("name", "mandate"),
}
_MODELS = {m.__tablename__: m for m in (Meeting, Activity, Person, Organisation, City, Committee)}
_ZERO_WIDTH = {ord("\u200c"): None, ord("\u200d"): None}
_BATCH = 2000


@dataclass(frozen=True, slots=True)
class IndexReport:
    #: Records indexed (new or changed) by this refresh.
    indexed: int


def normalised(value: str) -> str:
    """The form both the index and the queries use: NFC, no zero-width (non-)joiners."""
    return unicodedata.normalize("NFC", value).translate(_ZERO_WIDTH)


def fts_query(typed: str) -> str | None:
    """An FTS5 query matching every typed word as a prefix; None when nothing searchable was
    typed (only punctuation or spaces)."""
    words = []
    for word in normalised(typed).split():
        if any(unicodedata.category(ch)[0] in "LNM" for ch in word):
            words.append('"' + word.replace('"', '""') + '"*')
    return " AND ".join(words) or None


def matching_ids(table: str, typed: str) -> Select[tuple[UUID]]:
    """The ids of table's records whose text matches what was typed, for an IN (...) filter.
    Refresh the index first (refresh_index) so that recent changes are found."""
    if table not in SEARCHED:
        raise ValueError(f"{table} is not searchable")
    query = fts_query(typed)
    found = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :query").bindparams(
        query=query or '""'
    )
    return select(search_key.c.row_id).where(
        search_key.c.tbl == table, search_key.c.id.in_(found.columns(Column("rowid", Integer)))
    )


def ensure_index(connection: Connection) -> None:
    for statement in _CREATE:
        connection.exec_driver_sql(statement)


def refresh_index(store: "Store", progress: Progress | None = None) -> IndexReport:
    """Index every searchable record changed since the last refresh, in one transaction (a
    Cancel leaves the index as it was). Quick when nothing changed: one query per table."""
    with store.engine.connect() as base:
        connection = base.execution_options(**{IMMEDIATE: True})
        with connection.begin():
            ensure_index(connection)
            marks = dict(connection.execute(select(search_mark.c.tbl, search_mark.c.hlc)).all())
            pending = _pending(connection, marks)
            total = sum(count for _, count in pending)
            done = 0
            for table, _count in pending:
                done = _index_table(connection, table, marks.get(table, -1), done, total, progress)
    if done:
        log.info("search index: %d records indexed", done)
    return IndexReport(done)


def include_merged(connection: Connection, lowest: Mapping[str, int]) -> None:
    """Lower each table's watermark below the lowest stamp a merge left on its records, so the
    next refresh indexes them (and the few others stamped since). Nothing to do where no index
    was built yet, as on PostgreSQL."""
    wanted = {table: stamp for table, stamp in lowest.items() if table in SEARCHED}
    if not wanted or not inspect(connection).has_table(search_mark.name):
        return
    for table, stamp in wanted.items():
        connection.execute(
            update(search_mark)
            .where(search_mark.c.tbl == table, search_mark.c.hlc >= stamp)
            .values(hlc=stamp - 1)
        )


def _pending(connection: Connection, marks: dict[str, int]) -> list[tuple[str, int]]:
    pending = []
    for table in SEARCHED:
        source = table_of(_MODELS[table])
        mark = marks.get(table, -1)
        count = connection.execute(
            select(func.count()).select_from(source).where(source.c.updated_hlc > mark)
        ).scalar_one()
        if count:
            pending.append((table, int(count)))
    return pending


def _index_table(
    connection: Connection,
    table: str,
    mark: int,
    done: int,
    total: int,
    progress: Progress | None,
) -> int:
    source = table_of(_MODELS[table])
    columns = [source.c[name] for name in SEARCHED[table]]
    rows = connection.execute(
        select(source.c.id, source.c.updated_hlc, *columns).where(source.c.updated_hlc > mark)
    ).all()
    keys = dict(
        connection.execute(
            select(search_key.c.row_id, search_key.c.id).where(search_key.c.tbl == table)
        ).all()
    )
    highest = mark
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        _write(connection, table, batch, keys)
        highest = max(highest, *(row[1] for row in batch))
        done += len(batch)
        if progress is not None:
            progress.step(done, total)
    connection.execute(search_mark.delete().where(search_mark.c.tbl == table))
    connection.execute(search_mark.insert().values(tbl=table, hlc=highest))
    return done


def _write(
    connection: Connection, table: str, rows: Sequence[Row[Any]], keys: dict[UUID, int]
) -> None:
    known = []
    new = []
    for row in rows:
        record_id = row[0]
        values: tuple[object, ...] = tuple(row[2:])
        body = normalised(" ".join(str(v) for v in values if v))
        key = keys.get(record_id)
        if key is None:
            new.append((record_id, body))
        else:
            known.append({"key": key, "body": body})
    if known:
        connection.execute(text("DELETE FROM search_fts WHERE rowid = :key"), known)
        connection.execute(text("INSERT INTO search_fts (rowid, body) VALUES (:key, :body)"), known)
    if new:
        last = connection.execute(select(func.coalesce(func.max(search_key.c.id), 0)))
        first = int(last.scalar_one()) + 1
        ids = range(first, first + len(new))
        connection.execute(
            search_key.insert(),
            [{"id": i, "tbl": table, "row_id": r} for i, (r, _) in zip(ids, new, strict=True)],
        )
        connection.execute(
            text("INSERT INTO search_fts (rowid, body) VALUES (:id, :body)"),
            [{"id": i, "body": b} for i, (_, b) in zip(ids, new, strict=True)],
        )
        keys.update((r, i) for i, (r, _) in zip(ids, new, strict=True))
