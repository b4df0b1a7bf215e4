"""SQLAlchemy models and engine, Alembic migrations, queries, backups and integrity checks."""
