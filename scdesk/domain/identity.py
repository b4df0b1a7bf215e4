"""Ids derived from what a record links, so two devices recording the same link make one record."""

from uuid import UUID, uuid5

_NAMESPACE = UUID("5d0e3a56-3f0c-4b7c-9a59-7f5e0c8a2b11")


def derived_id(kind: str, *parts: object) -> UUID:
    """The same kind and parts give the same id on every device (an attendance, a tag)."""
    text = ":".join([kind, *(_part(p) for p in parts)])
    return uuid5(_NAMESPACE, text)


def _part(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value.strip().casefold()
    return str(getattr(value, "value", value))
