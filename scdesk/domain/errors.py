"""The errors a user can act on, each carrying the sentence to show, and the sentences that
several layers give for the same failure."""

from scdesk.i18n import translate


class UserError(Exception):
    """A refusal the user can act on: str(error) is the whole sentence shown, already translated."""


class NotFoundError(UserError):
    """The record asked for does not exist here (or was deleted)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(gone_sentence() if message is None else message)


class OtherKindError(UserError):
    """An id given for a new record names a record of another kind (a city's id in a list of
    people): creating with it would make two records out of one id."""

    def __init__(self) -> None:
        text = translate(
            "Errors",
            "This id belongs to another kind of record: check that the file and the column are "
            "the right ones.",
        )
        super().__init__(text)


class StoreUnavailableError(UserError):
    """The disk, not the code, is at fault: full, read-only, locked by another program, damaged."""


def gone_sentence() -> str:
    """A record that was open or asked for is not here (any more)."""
    return translate("Errors", "This record no longer exists here: it may have been deleted.")


def disk_full_sentence() -> str:
    return translate(
        "Store", "The disk is full: free some space, then try again. Nothing was saved."
    )


def damaged_store_sentence() -> str:
    return translate(
        "Store", "The records file is damaged: restore it from a backup (scdesk check tells how)."
    )


def not_a_store_sentence() -> str:
    return translate(
        "Store", "This file is not an scdesk records file, or it is damaged beyond reading."
    )


def store_in_use_sentence() -> str:
    return translate(
        "Store",
        "The records are in use by another scdesk window or program: close it and try again.",
    )
