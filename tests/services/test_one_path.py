"""Every user action has one path: each public service function is called from scdesk itself
(the GUI, the command line, another service), never only from tests or benchmarks."""

import ast
from pathlib import Path

import scdesk

_PACKAGE = Path(scdesk.__file__).parent


def _public_functions(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and not node.name.startswith("_")
    }


def _names_used(module: Path) -> set[str]:
    """Every name a module refers to (not the names it defines): plain names, attributes and
    imported names."""
    used: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
        elif isinstance(node, ast.ImportFrom):
            used.update(alias.name for alias in node.names)
    return used


def test_every_public_service_function_has_a_caller_in_scdesk() -> None:
    used: set[str] = set()
    for module in _PACKAGE.rglob("*.py"):
        used |= _names_used(module)
    unused = sorted(
        f"{module.stem}.{name}"
        for module in (_PACKAGE / "services").glob("*.py")
        for name in _public_functions(module) - used
    )
    assert unused == []


def test_the_check_finds_a_function_nothing_calls(tmp_path: Path) -> None:
    module = tmp_path / "lonely.py"
    module.write_text("def called() -> None: ...\n\ndef lonely() -> None:\n    called()\n")
    assert _public_functions(module) - _names_used(module) == {"lonely"}
