"""Alembic migrations of the store; run from code at start (no alembic.ini at run time)."""
