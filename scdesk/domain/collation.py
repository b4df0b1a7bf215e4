"""The order a reader expects names in, whatever their script: the Unicode Collation Algorithm
with its default table, which puts Urdu's پ after ب and ٹ after ت (code points put them after
every Arabic letter) and Devanagari's conjuncts with their first letter."""

from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

from pyuca.collator import Collator_10_0_0

T = TypeVar("T")


@cache
def _collator() -> Collator_10_0_0:
    return Collator_10_0_0()  # reads its table once (about 0.1 s), when first needed


def sort_key(text: str) -> tuple[int, ...]:
    """A key that sorts texts as their readers expect; letter case sorts after the letters."""
    key: tuple[int, ...] = _collator().sort_key(text)
    return key


def collated(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """The items in the order of their names, as sort_key orders them; names all in plain
    Latin letters sort without the collation table (ignoring case, as it does), sparing an
    English report the time to read it."""
    found = list(items)
    if all(name(item).isascii() for item in found):
        return sorted(found, key=lambda item: (name(item).casefold(), name(item)))
    return sorted(found, key=lambda item: sort_key(name(item)))
