"""Keyset paging for the lists: each page starts after the last row of the one before, on an
order that always ends with the record's id, so page 500 costs what page 1 does (never OFFSET)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeAlias
from uuid import UUID

from sqlalchemy import ColumnElement, Select, literal, tuple_
from sqlalchemy.orm import QueryableAttribute

#: Where a page starts: the sort value and id of the last row already shown.
SortKey = tuple[Any, UUID]
#: A SELECT of any columns.
AnySelect: TypeAlias = Select[*tuple[Any, ...]]
#: What a list sorts by: a mapped column or an expression on columns.
Sortable: TypeAlias = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True, slots=True)
class Order:
    """How a list is sorted: one of its sortable columns, and the direction."""

    column: str
    descending: bool = False


def keyset_page(
    statement: AnySelect,
    sort: Sortable,
    id_sort: Sortable,
    after: SortKey | None,
    descending: bool,
    limit: int,
) -> AnySelect:
    """The statement's next page: rows after `after` in (order, id), with the sort value added
    as the last column, labelled sort_value, so the caller can make the next SortKey."""
    order, id_column = _column(sort), _column(id_sort)
    key = tuple_(order, id_column)
    if after is not None:
        bound = tuple_(literal(after[0], order.type), literal(after[1], id_column.type))
        statement = statement.where(key < bound if descending else key > bound)
    ordering = (order.desc(), id_column.desc()) if descending else (order.asc(), id_column.asc())
    return statement.add_columns(order.label("sort_value")).order_by(*ordering).limit(limit)


def _column(sortable: Sortable) -> ColumnElement[Any]:
    return sortable.expression if isinstance(sortable, QueryableAttribute) else sortable


def day_start(day: date) -> datetime:
    """The first moment of a day, in UTC, as the key figures count periods."""
    return datetime.combine(day, time.min, tzinfo=UTC)


def day_after(day: date) -> datetime:
    return day_start(day + timedelta(days=1))
