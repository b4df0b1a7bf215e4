"""The words of the records people look for, indexed on PostgreSQL for the lists' search.

SQLite keeps its FTS5 index outside the migrations (store/search.py); PostgreSQL searches the
records' own text with full-text search, which these GIN indexes make fast. scdesk_search_words is
what FTS5 does to text: NFC, zero-width (non-)joiners dropped, split by the server's word parser
(which keeps combining marks inside words), no stemming or stop words ('simple'). The expression
indexed here is the one store/search.py writes in its queries, column for column.

The lists sort names COLLATE "NOCASE", SQLite's own collation; PostgreSQL gets one of that name
that ignores case (ICU, secondary strength), so the lists sort there too.

Revision ID: 0014
Revises: 0013
Created: 2026-12-05 03:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The searched columns per table at this revision (store/search.py SEARCHED).
SEARCHED: dict[str, tuple[str, ...]] = {
    "meeting": ("title", "venue", "summary"),
    "activity": ("title", "venue", "outcomes", "notes"),
    "person": ("name", "title", "community"),
    "organisation": ("name",),
    "city": ("name", "name_local", "province"),
    "committee": ("name", "mandate"),
}

WORDS = (
    "CREATE OR REPLACE FUNCTION scdesk_search_words(body text) RETURNS tsvector "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('simple'::regconfig, "
    "normalize(translate(body, U&'\\200C\\200D', ''), NFC)) $$"
)


NOCASE = (
    'CREATE COLLATION IF NOT EXISTS "NOCASE" '
    "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NOCASE)
    op.execute(WORDS)
    for table, columns in SEARCHED.items():
        body = " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)
        op.execute(
            f"CREATE INDEX ix_{table}_search_words ON {table} "
            f"USING gin (scdesk_search_words({body}))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in SEARCHED:
        op.execute(f"DROP INDEX ix_{table}_search_words")
    op.execute("DROP FUNCTION scdesk_search_words(text)")
    op.execute('DROP COLLATION "NOCASE"')
