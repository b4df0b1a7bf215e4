"""The store's clock: where every stamp, every "now" and every "today" of a store comes from."""

from collections.abc import Callable
from datetime import UTC, datetime

#: Returns the current time, aware and in UTC. A store is given one when it is opened (tests give
#: a fixed one); its writer stamps the audit trail and its clock ticks from it, and services ask
#: the store for today through it.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The computer's clock."""
    return datetime.now(UTC)
