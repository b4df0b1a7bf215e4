"""The errors a user can act on, each carrying the sentence to show."""


class UserError(Exception):
    """A refusal the user can act on: str(error) is the whole sentence shown, already translated."""


class NotFoundError(UserError):
    """The record asked for does not exist here (or was deleted)."""


class StoreUnavailableError(UserError):
    """The disk, not the code, is at fault: full, read-only, locked by another program, damaged."""
