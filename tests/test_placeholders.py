"""No sentence a user reads shows an unfilled `{placeholder}`.

A translated literal with placeholders is a template, filled near where it is written: by
`.format(...)` on the translation itself, on a name it was bound to in the same function, in
a function it is handed to that formats that parameter (`_refuse(text, path)`), or, when a
function returns it, at each call of that function. Every placeholder must be given there by
keyword, and never by the template itself (`text.format(text=text)` shows the sentence inside
itself). A template used any other way would be shown as written, braces and all.
"""

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.test_single_source import _ONE_ARGUMENT, _TWO_ARGUMENTS, PACKAGE, ROOT

Scope = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.Module


def placeholders(text: str) -> set[str]:
    """The names a template asks for; a positional field counts as the empty name."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _translated(node: ast.AST) -> str | None:
    """The literal text of a translation call, or None when node is not one."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    index = 1 if name in _TWO_ARGUMENTS else 0 if name in _ONE_ARGUMENT else None
    if index is None or len(node.args) <= index:
        return None
    text = node.args[index]
    return text.value if isinstance(text, ast.Constant) and isinstance(text.value, str) else None


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


@dataclass
class Module:
    """One module's tree, with each node's parent."""

    path: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node

    def scope(self, node: ast.AST) -> Scope:
        found = self.parents.get(node)
        while not isinstance(found, Scope):
            assert found is not None
            found = self.parents.get(found)
        return found


def _dominates(module: Module, assign: ast.stmt, node: ast.AST) -> bool:
    """Whether every path to node passes through assign: node is in a statement after it in
    the same block."""
    parent = module.parents[assign]
    for _, value in ast.iter_fields(parent):
        if isinstance(value, list) and assign in value:
            later = value[value.index(assign) + 1 :]
            return any(node in ast.walk(statement) for statement in later)
    return False


def _reaching(module: Module, assign: ast.Assign, name: str) -> Iterator[ast.Name]:
    """The uses of name in assign's function that the value bound there may reach."""
    scope = module.scope(assign)
    bindings = sorted(
        (
            node
            for node in ast.walk(scope)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ),
        key=lambda node: (node.lineno, node.col_offset),
    )
    for use in ast.walk(scope):
        if not (isinstance(use, ast.Name) and use.id == name and isinstance(use.ctx, ast.Load)):
            continue
        if (use.lineno, use.col_offset) <= (assign.lineno, assign.col_offset):
            continue
        between = [
            b
            for b in bindings
            if (assign.lineno, assign.col_offset) < (b.lineno, b.col_offset)
            and (b.lineno, b.col_offset) < (use.lineno, use.col_offset)
        ]
        if not any(_dominates(module, b, use) for b in between):
            yield use


@dataclass
class Checker:
    modules: list[Module]
    problems: list[str] = field(default_factory=list)

    def formatters(self) -> dict[str, tuple[int, ast.Call]]:
        """Functions that format one of their parameters: name, the parameter's position,
        and the format call."""
        found: dict[str, tuple[int, ast.Call]] = {}
        for module in self.modules:
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.FunctionDef):
                    continue
                names = [a.arg for a in node.args.args]
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "format"
                        and isinstance(call.func.value, ast.Name)
                        and call.func.value.id in names
                    ):
                        found[node.name] = (names.index(call.func.value.id), call)
        return found

    def check(self) -> list[str]:
        self._formatters = self.formatters()
        self._followed: set[tuple[int, str]] = set()
        for module in self.modules:
            for node in ast.walk(module.tree):
                text = _translated(node)
                if isinstance(node, ast.Call) and text and (wanted := placeholders(text)):
                    where = f"{module.path} line {node.lineno}: {text!r}"
                    self._follow(module, node, wanted, where, depth=0)
        return list(dict.fromkeys(self.problems))

    def _fills(self, call: ast.Call, wanted: set[str], where: str, bound: str | None) -> None:
        if any(keyword.arg is None for keyword in call.keywords):
            return  # **values: the caller's own tests see what it fills
        given = {keyword.arg for keyword in call.keywords if keyword.arg}
        if call.args:
            given.add("")
        if missing := wanted - given:
            self.problems.append(f"{where} leaves {sorted(missing)} unfilled")
        for keyword in call.keywords:
            value = keyword.value
            if bound is not None and isinstance(value, ast.Name) and value.id == bound:
                self.problems.append(f"{where} fills {keyword.arg} with the template itself")

    def _follow(
        self, module: Module, node: ast.AST, wanted: set[str], where: str, depth: int
    ) -> None:
        """Check every place the template held by node is filled (each place once: a name
        given a new value made from itself, `text = text + more`, leads back to itself)."""
        if (id(node), where) in self._followed:
            return
        self._followed.add((id(node), where))
        parent = module.parents.get(node)
        while isinstance(parent, ast.IfExp | ast.BoolOp):
            node, parent = parent, module.parents.get(parent)
        if isinstance(parent, ast.Attribute) and parent.attr == "format":
            call = module.parents[parent]
            assert isinstance(call, ast.Call)
            self._fills(call, wanted, where, None)
        elif isinstance(parent, ast.Call) and node in parent.args:
            self._handed(parent, parent.args.index(node), wanted, where)
        elif (
            isinstance(parent, ast.Assign)
            and len(parent.targets) == 1
            and isinstance(parent.targets[0], ast.Name)
        ):
            name = parent.targets[0].id
            uses = list(_reaching(module, parent, name))
            if not uses:
                self.problems.append(f"{where} is never filled")
            for use in uses:
                self._follow_name(module, use, name, wanted, where, depth)
        elif isinstance(parent, ast.Return) and depth < 2:
            function = module.scope(parent)
            assert isinstance(function, ast.FunctionDef)
            private = function.name.startswith("_")  # called in its own module only
            calls = [
                (other, call)
                for other in ([module] if private else self.modules)
                for call in ast.walk(other.tree)
                if isinstance(call, ast.Call) and _called(call) == function.name
            ]
            if not calls:
                self.problems.append(f"{where} is returned by {function.name}, never called")
            for other, call in calls:
                self._follow(other, call, wanted, where, depth + 1)
        else:
            self.problems.append(f"{where} is used where its placeholders cannot be checked")

    def _follow_name(
        self, module: Module, use: ast.Name, name: str, wanted: set[str], where: str, depth: int
    ) -> None:
        parent = module.parents.get(use)
        if isinstance(parent, ast.Attribute) and parent.attr == "format":
            call = module.parents[parent]
            assert isinstance(call, ast.Call)
            self._fills(call, wanted, where, name)
        elif not isinstance(parent, ast.keyword):  # a keyword of its own format call
            self._follow(module, use, wanted, where, depth)

    def _handed(self, call: ast.Call, index: int, wanted: set[str], where: str) -> None:
        """A template handed to a function: that function must fill it."""
        formatter = self._formatters.get(_called(call) or "")
        if formatter is None or formatter[0] != index:
            self.problems.append(f"{where} is handed to {_called(call)}, which does not fill it")
            return
        self._fills(formatter[1], wanted, where, None)


def template_problems(sources: dict[str, str]) -> list[str]:
    """Each translated template with placeholders that may be shown unfilled."""
    modules = [Module(path, ast.parse(source)) for path, source in sources.items()]
    return Checker(modules).check()


def test_the_check_finds_unfilled_and_self_filled_templates() -> None:
    source = (
        "def a(text):\n"
        "    text = translate('Sync', 'No device matches {text}.')\n"
        "    return text.format(text=text)\n"
        "def b(name):\n"
        "    return translate('Sync', '{name} and {count} left.').format(name=name)\n"
        "def c():\n"
        "    return translate('Sync', '{name} is shown as written.')\n"
        "def d(name):\n"
        "    return translate('Sync', '{name} is filled.').format(name=name)\n"
        "def e(ok, name):\n"
        "    if ok:\n"
        "        text = translate('Sync', '{name} is fine, {more}.')\n"
        "    else:\n"
        "        text = translate('Sync', '{name} is not.')\n"
        "    return text.format(name=name)\n"
        "def f(path):\n"
        "    raise _refuse(translate('Sync', '{file} and {what} are not read.'), path)\n"
        "def _refuse(text, path):\n"
        "    return Error(text.format(file=path))\n"
    )
    problems = template_problems({"m.py": source})
    assert sorted(problem.split(":")[0] for problem in problems) == [
        "m.py line 12",
        "m.py line 17",
        "m.py line 2",
        "m.py line 5",
        "m.py line 7",
    ]
    assert any("fills text with the template itself" in problem for problem in problems)


def test_every_translated_template_is_filled_where_it_is_used() -> None:
    sources = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert template_problems(sources) == []
