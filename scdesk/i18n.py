"""The one process-wide translation hook: Qt-free code calls translate(), the GUI installs Qt's."""

from collections.abc import Callable

Translator = Callable[[str, str, str, int], str]


def _identity(context: str, text: str, note: str, n: int) -> str:
    del context, note
    return text.replace("%n", str(n)) if n >= 0 else text


_backend: Translator = _identity


def install(backend: Translator) -> None:
    """Route later translate() calls through backend (QCoreApplication.translate in the GUI)."""
    global _backend
    _backend = backend


def translate(context: str, text: str, note: str = "", n: int = -1) -> str:
    """Translate text in context; pyside6-lupdate collects the literal arguments of these calls."""
    return _backend(context, text, note, n)
