"""Keyset paging for the lists: each page starts after the last row of the one before, on an
order that always ends with the record's id, so page 500 costs what page 1 does (never OFFSET)."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, TypeAlias
from uuid import UUID

from sqlalchemy import ColumnElement, Integer, Select, bindparam, func, select, tuple_
from sqlalchemy.engine import Result
from sqlalchemy.orm import QueryableAttribute, Session

from scdesk.store import search

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


#: The bound parameters of a keyset template: where its page starts, and how long it is.
AFTER_SORT, AFTER_ID, LIMIT = "after_sort", "after_id", "limit"


def keyset_template(
    statement: AnySelect, sort: Sortable, id_sort: Sortable, *, after: bool, descending: bool
) -> AnySelect:
    """The statement's page: rows after a bound start in (order, id) when `after`, as many
    as a bound limit, with the sort value added as the last column, labelled sort_value, so the
    caller can make the next SortKey. A list builds each shape of its statement once and binds
    only the values of a page (see keyset_values): SQLAlchemy finds the compiled SQL of a
    statement it has seen without walking a new one."""
    order, id_column = _column(sort), _column(id_sort)
    if after:
        key = tuple_(order, id_column)
        bound = tuple_(
            bindparam(AFTER_SORT, type_=order.type), bindparam(AFTER_ID, type_=id_column.type)
        )
        statement = statement.where(key < bound if descending else key > bound)
    ordering = (order.desc(), id_column.desc()) if descending else (order.asc(), id_column.asc())
    return (
        statement.add_columns(order.label("sort_value"))
        .order_by(*ordering)
        .limit(bindparam(LIMIT, type_=Integer()))
    )


def keyset_values(after: SortKey | None, limit: int) -> dict[str, Any]:
    """The values a keyset template's page is read with."""
    values: dict[str, Any] = {LIMIT: limit}
    if after is not None:
        values[AFTER_SORT], values[AFTER_ID] = after
    return values


#: A list's filter conditions by name, each comparing a column with the bound parameter of its
#: name (a value the filter gives).
Conditions: TypeAlias = Mapping[str, ColumnElement[bool]]


def where_given(statement: AnySelect, conditions: Conditions, given: frozenset[str]) -> AnySelect:
    """The statement with the conditions whose values a filter gives, always in the order of
    `conditions`: one set of conditions makes one statement, to be built once and reused."""
    return statement.where(*(c for name, c in conditions.items() if name in given))


#: How a list narrows a statement to what was typed in its search box.
Searcher: TypeAlias = Callable[[AnySelect, str], AnySelect]


def searched_in(table: str) -> Searcher:
    """Narrowing to the records of table whose searched text holds what was typed, which is
    part of the statement itself, not a bound value (see search.matches)."""

    def searched(statement: AnySelect, typed: str) -> AnySelect:
        if not typed.strip():
            return statement
        return statement.where(search.matches(table, typed))

    return searched


class ListStatements:
    """A list's statements: a page for each shape of filter (which of its conditions a filter
    gives), order and start, and a count for each shape of filter, each built once and then
    reused, so that reading a page binds values only (SQLAlchemy finds the compiled SQL of a
    statement it has seen without walking a new one); what was typed narrows each afterwards.

    columns: what a page reads; source: a select's tables, joined, and the list's standing
    conditions (live records only); conditions: the filter's conditions by name; sorts: the
    orders a list offers, by name; key: the records' id, the last column of every order;
    searched: how what was typed narrows a statement."""

    def __init__(
        self,
        columns: Sequence[ColumnElement[Any] | QueryableAttribute[Any]],
        source: Callable[[AnySelect], AnySelect],
        conditions: Conditions,
        sorts: Mapping[str, Sortable],
        key: Sortable,
        searched: Searcher,
    ) -> None:
        self._columns = tuple(columns)
        self._source = source
        self._conditions = conditions
        self._sorts = sorts
        self._key = key
        self._searched = searched
        self._page = lru_cache(maxsize=64)(self._build_page)
        self._count = lru_cache(maxsize=64)(self._build_count)

    def page(
        self, values: dict[str, Any], order: Order, after: SortKey | None, limit: int, typed: str
    ) -> tuple[AnySelect, dict[str, Any]]:
        """A page's statement, and the values it is read with (values: the filter's)."""
        statement = self._page(frozenset(values), order, after is not None)
        return self._searched(statement, typed), values | keyset_values(after, limit)

    def count(self, values: dict[str, Any], typed: str) -> tuple[AnySelect, dict[str, Any]]:
        return self._searched(self._count(frozenset(values)), typed), values

    def rows(
        self,
        session: Session,
        values: dict[str, Any],
        order: Order,
        after: SortKey | None,
        limit: int,
        typed: str,
    ) -> Result[*tuple[Any, ...]]:
        """A page's rows, read over the session's connection: no ORM loading, plain columns,
        the sort value last (see keyset_template)."""
        statement, bound = self.page(values, order, after, limit, typed)
        return session.connection().execute(statement, bound)

    def total(self, session: Session, values: dict[str, Any], typed: str) -> int:
        statement, bound = self.count(values, typed)
        return int(session.connection().execute(statement, bound).scalar_one())

    def _build_page(self, given: frozenset[str], order: Order, after: bool) -> AnySelect:
        return keyset_template(
            self._filtered(select(*self._columns), given),
            self._sorts[order.column],
            self._key,
            after=after,
            descending=order.descending,
        )

    def _build_count(self, given: frozenset[str]) -> AnySelect:
        return self._filtered(select(func.count()), given)

    def _filtered(self, statement: AnySelect, given: frozenset[str]) -> AnySelect:
        return where_given(self._source(statement), self._conditions, given)


def given_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values a filter gives, by the names of their conditions (None: not filtered by)."""
    return {name: value for name, value in values.items() if value is not None}


def _column(sortable: Sortable) -> ColumnElement[Any]:
    return sortable.expression if isinstance(sortable, QueryableAttribute) else sortable


def day_start(day: date) -> datetime:
    """The first moment of a day, in UTC, as the key figures count periods."""
    return datetime.combine(day, time.min, tzinfo=UTC)


def day_after(day: date) -> datetime:
    return day_start(day + timedelta(days=1))
