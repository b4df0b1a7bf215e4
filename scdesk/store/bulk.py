"""Inserting many rows at once: each value converted by its column's type, then one executemany.

SQLAlchemy's executemany builds and processes a parameter dictionary per row; for the tens of
thousands of rows a demo, an import or a merge writes, that bookkeeping costs more than SQLite's
own work. Here the statement is compiled once per table and dialect, the column types' own bind
processors convert the values (so what is stored is exactly what SQLAlchemy would store), and the
driver receives plain tuples.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    columns: tuple[str, ...]
    positional: bool
    values: Callable[[Mapping[str, Any]], tuple[Any, ...]]  # the row's values in column order
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # where a type converts them

    def convert(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        values = self.values(row)
        if not self.processors:
            return values
        converted = list(values)
        for index, process in self.processors:
            converted[index] = process(converted[index])
        return tuple(converted)


_plans: dict[tuple[str, Table, tuple[str, ...]], _Plan] = {}


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row in one executemany; every row has the same keys, which name columns."""
    if not rows:
        return
    plan = _plan(connection.dialect, table, tuple(rows[0]))
    converted = [plan.convert(row) for row in rows]
    if plan.positional:
        connection.exec_driver_sql(plan.sql, converted)
    else:
        named = [dict(zip(plan.columns, values, strict=True)) for values in converted]
        connection.exec_driver_sql(plan.sql, named)


def _plan(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> _Plan:
    key = (dialect.name, table, keys)
    plan = _plans.get(key)
    if plan is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = compiled.positiontup
        columns = tuple(order) if order is not None else keys
        processors = [
            (index, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            for index, name in enumerate(columns)
        ]
        plan = _plans[key] = _Plan(
            sql=str(compiled),
            columns=columns,
            positional=order is not None,
            values=_getter(columns),
            processors=tuple((i, p) for i, p in processors if p is not None),
        )
    return plan


def _getter(columns: tuple[str, ...]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    if len(columns) == 1:
        only = columns[0]
        return lambda row: (row[only],)
    return itemgetter(*columns)
