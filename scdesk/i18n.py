"""The one process-wide translation hook: Qt-free code calls translate(), the GUI installs Qt's."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translator = Callable[[str, str, str, int], str]


def _identity(context: str, text: str, note: str, n: int) -> str:
    del context, note
    return text.replace("%n", str(n)) if n >= 0 else text


_backend: Translator = _identity
#: A translator for one piece of work in this thread only (a report in a committee's language),
#: taking precedence over the process-wide backend while it is set.
_local: ContextVar[Translator | None] = ContextVar("scdesk_translator", default=None)


def current() -> Translator:
    """The process-wide backend translate() goes through now."""
    return _backend


def install(backend: Translator) -> None:
    """Route later translate() calls through backend (QCoreApplication.translate in the GUI)."""
    global _backend
    _backend = backend


@contextmanager
def translating(backend: Translator) -> Iterator[None]:
    """Translate through backend inside the block, in this thread only: a report in Urdu made on
    a worker thread leaves the GUI's language alone, and the GUI's language leaves the report's."""
    token = _local.set(backend)
    try:
        yield
    finally:
        _local.reset(token)


def translate(context: str, text: str, note: str = "", n: int = -1) -> str:
    """Translate text in context; pyside6-lupdate collects the literal arguments of these calls."""
    backend = _local.get() or _backend
    return backend(context, text, note, n)
