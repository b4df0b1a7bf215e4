"""The local search index: SQLite FTS5 over the text of the records people look for.

The index is derived data that no migration manages (its tables start with "search", which the
migrations leave alone). It is kept current by the writer: when a transaction flushes its rows
(writer.py, merges included), the searchable ones it created, or whose searched text it changed,
are indexed in the same transaction, so a search sees exactly the records committed before it
began, and a search is a plain read that never waits for a writer. Opening a store builds the
index whole when it is missing or was built for another schema revision (after a migration,
which may change records without the writer). Deleted rows stay indexed; the lists leave them
out.

PostgreSQL has no FTS5: a hub there searches with the server's own full-text search, the 'simple'
configuration (no stemming, no stop words: names are not English) over the same text, which
migration 0014 indexes per table with GIN (the words of each record: scdesk_search_words). The
server's word parser keeps combining marks inside their word too, so the two backends find the
same records; `matches` writes the right condition for either.

The tokenizer is unicode61 with combining marks (categories M*) counted as parts of words, so
Devanagari matras and viramas, Tamil and Sinhala vowel signs and Bengali signs stay inside the
word they belong to (the default splits words at every mark). Text and queries are put in NFC and
lose zero-width joiners, which some keyboards type inside Sinhala and Bengali conjuncts and others
do not. Every word of a query is a prefix: "ayes kha" finds "Ayesha Khan".
"""

import logging
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    Select,
    Table,
    Text,
    bindparam,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy import Uuid as SaUuid
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from scdesk.store.base import table_of
from scdesk.store.models import Activity, City, Committee, Meeting, Organisation, Person

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

#: Raised when the way the index is built changes: every store builds its index again.
_FORMAT = 2
_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
_CREATE = (
    "CREATE TABLE search_key (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
    "row_id CHAR(32) NOT NULL, UNIQUE (tbl, row_id))",
    f"CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize=\"{_TOKENIZER}\", prefix='1 2 3')",
    "CREATE TABLE search_built (revision TEXT NOT NULL, format INTEGER NOT NULL)",
)
#: Every table the index has used, the watermarks of its first form included.
_TABLES = ("search_fts", "search_key", "search_built", "search_mark")

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
_BATCH = 5000

_NEW_KEY = "INSERT INTO search_key (id, tbl, row_id) VALUES (?, ?, ?)"
_NEW_TEXT = "INSERT INTO search_fts (rowid, body) VALUES (?, ?)"
_ADD_KEY = "INSERT OR IGNORE INTO search_key (tbl, row_id) VALUES (?, ?)"
_DROP_TEXT = (
    "DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_key WHERE tbl = ? AND row_id = ?)"
)
_ADD_TEXT = (
    "INSERT INTO search_fts (rowid, body) SELECT id, ? FROM search_key WHERE tbl = ? AND row_id = ?"
)


def normalised(value: str) -> str:
    """The form both the index and the queries use: NFC, no zero-width (non-)joiners."""
    return unicodedata.normalize("NFC", value).translate(_ZERO_WIDTH)


def _searchable(word: str) -> bool:
    return any(unicodedata.category(ch)[0] in "LNM" for ch in word)


def fts_query(typed: str) -> str | None:
    """An FTS5 query matching every typed word as a prefix; None when nothing searchable was
    typed (only punctuation or spaces)."""
    words = []
    for word in normalised(typed).split():
        if _searchable(word):
            words.append('"' + word.replace('"', '""') + '"*')
    return " AND ".join(words) or None


def matching_ids(table: str, typed: str) -> Select[tuple[UUID]]:
    """The ids of table's records whose text matches what was typed, for an IN (...) filter: a
    plain read of the index, which every committed write has brought up to date."""
    if table not in SEARCHED:
        raise ValueError(f"{table} is not searchable")
    query = fts_query(typed)
    found = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :query").bindparams(
        query=query or '""'
    )
    return select(search_key.c.row_id).where(
        search_key.c.tbl == table, search_key.c.id.in_(found.columns(Column("rowid", Integer)))
    )


def ts_query(typed: str) -> str | None:
    """A PostgreSQL tsquery matching every typed word's parts (the runs of letters, digits and
    marks FTS5 would make of it) as prefixes; None when nothing searchable was typed. A part
    holds no quote or backslash, so quoting it needs no escape."""
    parts: list[str] = []
    for word in normalised(typed).split():
        piece = "".join(ch if _word_char(ch) else " " for ch in word)
        parts.extend(f"'{part}':*" for part in piece.split())
    return " & ".join(parts) or None


def _word_char(ch: str) -> bool:
    """What FTS5's tokenizer (categories L* N* Co M*) keeps inside a word."""
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


class _Matches(ColumnElement[bool]):
    """What was typed, found in a table's searched text; compiled for the database it runs on."""

    type = Boolean()
    inherit_cache = False  # the typed words are part of the element, not a bound parameter

    def __init__(self, table: str, typed: str) -> None:
        if table not in SEARCHED:
            raise ValueError(f"{table} is not searchable")
        self.table = table
        self.typed = typed


def matches(table: str, typed: str) -> ColumnElement[bool]:
    """The condition a list adds to keep the records of table (in its FROM) matching what was
    typed: a read of the FTS5 index on SQLite, the GIN-indexed words on PostgreSQL."""
    return _Matches(table, typed)


@compiles(_Matches, "sqlite")
def _in_the_index(element: _Matches, compiler: SQLCompiler, **kw: Any) -> str:
    found = _MODELS[element.table].id.in_(matching_ids(element.table, element.typed))
    return compiler.process(found, **kw)


@compiles(_Matches, "postgresql")
def _in_the_words(element: _Matches, compiler: SQLCompiler, **kw: Any) -> str:
    query = ts_query(element.typed)
    if query is None:
        return compiler.process(literal_column("false"), **kw)
    found = words_of(element.table).bool_op("@@")(
        func.to_tsquery(literal_column("'simple'::regconfig"), bindparam(None, query, type_=Text()))
    )
    return compiler.process(found, **kw)


def words_of(table: str) -> ColumnElement[Any]:
    """The words of a record on PostgreSQL: the very expression migration 0014 indexes, every
    constant written out so that the planner sees it is the index's."""
    source = table_of(_MODELS[table])
    body: ColumnElement[Any] | None = None
    for name in SEARCHED[table]:
        part = func.coalesce(source.c[name], literal_column("''"))
        body = part if body is None else body.op("||")(literal_column("' '")).op("||")(part)
    return func.scdesk_search_words(body)


def kept_on(connection: Connection) -> bool:
    """Whether this database keeps a search index: SQLite does; PostgreSQL has no FTS5."""
    return connection.dialect.name == "sqlite"


def ensure_index(connection: Connection, revision: str) -> None:
    """Build the index whole, in the caller's transaction, unless it was built for this schema
    revision and index format; writers keep it current from then on."""
    if not kept_on(connection):
        return
    built = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_built'"
    ).first()
    if built is not None:
        marks = connection.exec_driver_sql("SELECT revision, format FROM search_built").all()
        if [tuple(mark) for mark in marks] == [(revision, _FORMAT)]:
            return
    for table in _TABLES:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    for statement in _CREATE:
        connection.exec_driver_sql(statement)
    indexed = 0
    for name, columns in SEARCHED.items():
        source = table_of(_MODELS[name])
        rows = connection.execute(select(source.c.id, *(source.c[c] for c in columns)))
        while batch := rows.fetchmany(_BATCH):
            index_rows(
                connection, name, [dict(zip(("id", *columns), r, strict=True)) for r in batch]
            )
            indexed += len(batch)
    connection.exec_driver_sql(
        "INSERT INTO search_built (revision, format) VALUES (?, ?)", (revision, _FORMAT)
    )
    log.info("search index built: %d records", indexed)


def searched_fields(table: str) -> frozenset[str]:
    """The fields of table whose change the index must follow (none for tables not searched)."""
    return frozenset(SEARCHED.get(table, ()))


def index_rows(
    connection: Connection, table: str, rows: Iterable[Mapping[str, Any]], *, new: bool = True
) -> None:
    """Index rows of table (each holding its id and searched fields): new ones (never indexed)
    under keys numbered on from the highest, in two executemanys; the others replace their
    text, or are added, under the key they have, in three."""
    columns = SEARCHED[table]
    bodies = [
        (row["id"].hex, normalised(" ".join(str(row[c]) for c in columns if row[c])))
        for row in rows
    ]
    if not bodies:
        return
    if new:
        last = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM search_key").scalar()
        first = int(last or 0) + 1
        numbered = list(enumerate(bodies, start=first))
        connection.exec_driver_sql(_NEW_KEY, [(key, table, row) for key, (row, _) in numbered])
        connection.exec_driver_sql(_NEW_TEXT, [(key, body) for key, (_, body) in numbered])
        return
    keys = [(table, row) for row, _ in bodies]
    connection.exec_driver_sql(_ADD_KEY, keys)
    connection.exec_driver_sql(_DROP_TEXT, keys)
    connection.exec_driver_sql(_ADD_TEXT, [(body, table, row) for row, body in bodies])
