"""Each sentence a user reads is written in one module, so a rule and its wording cannot drift.

What counts as a sentence: a literal passed to a translation call (`translate(context, "...")`
below ui, `QCoreApplication.translate(context, "...")` and `self.tr("...")` in ui) that ends
with a full stop, a question mark or an exclamation mark. Those are the refusals, warnings and
questions a rule or an action gives; a second copy of one is a second copy of its rule (the GUI
checking consent on its own, two services each refusing a person listed twice), which drifts
from the first. Labels, headings and column titles ("Name", "Status", "Reading…") end without a
stop and may repeat: each widget or report names its own columns, and a translator gives the
same word once per context anyway.

The words for stored choices (enum values) are defined in one module too: every translation in
the "Labels" and "Choices" contexts is in scdesk/domain/labels.py, and every language name (the
"Languages" context) in scdesk/domain/languages.py.

The sentence is looked up where it is defined, never where it is shown: a module that needs a
rule's sentence calls the rule's function (the domain's `..._problems`), and one that needs a
shared sentence calls the function that returns it (`domain.errors.gone_sentence`).
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "scdesk"
#: The names translation calls go by: scdesk.i18n.translate (also aliased `t` in tables of
#: words), QCoreApplication.translate, and QObject.tr.
_TWO_ARGUMENTS = {"translate", "t"}
_ONE_ARGUMENT = {"tr"}
_ENDINGS = (".", "?", "!")


#: The translation contexts whose words live in one module each.
HOMES = {
    "Labels": "scdesk/domain/labels.py",
    "Choices": "scdesk/domain/labels.py",
    "Languages": "scdesk/domain/languages.py",
}


def translated_literals(source: str) -> list[str]:
    """The literal texts passed to translation calls in a module's source."""
    return [text for _, text in translation_calls(source)]


def translation_calls(source: str) -> list[tuple[str | None, str]]:
    """(context, text) of each translation call with a literal text; the context is None for
    tr(), whose context is its class."""
    found: list[tuple[str | None, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        index = 1 if name in _TWO_ARGUMENTS else 0 if name in _ONE_ARGUMENT else None
        if index is None or len(node.args) <= index:
            continue
        text = node.args[index]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        context = node.args[0] if index == 1 else None
        named = context.value if isinstance(context, ast.Constant) else None
        found.append((named if isinstance(named, str) else None, text.value))
    return found


def is_sentence(text: str) -> bool:
    return text.strip().endswith(_ENDINGS) and len(text.split()) >= 3


def sentences_by_module(root: Path) -> dict[str, set[str]]:
    """Each sentence, with the modules (paths from the package's parent) that define it."""
    where: dict[str, set[str]] = defaultdict(set)
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root.parent).as_posix()
        for text in translated_literals(path.read_text(encoding="utf-8")):
            if is_sentence(text):
                where[text].add(module)
    return where


def test_the_collector_finds_sentences_in_translate_and_tr_calls_but_not_labels() -> None:
    source = (
        'translate("Rules", "{label} is required.")\n'
        'self.tr("Delete this meeting?")\n'
        'QCoreApplication.translate("Labels", "Name")\n'
        'self.tr("Reading…")\n'
    )
    found = [text for text in translated_literals(source) if is_sentence(text)]
    assert found == ["{label} is required.", "Delete this meeting?"]


def test_every_sentence_a_user_reads_is_defined_in_one_module_only() -> None:
    repeated = {
        text: sorted(modules)
        for text, modules in sentences_by_module(PACKAGE).items()
        if len(modules) > 1
    }
    assert repeated == {}


def test_the_words_for_choices_and_languages_are_defined_in_their_one_module() -> None:
    strays = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        for context, _ in translation_calls(path.read_text(encoding="utf-8")):
            if context in HOMES and HOMES[context] != module:
                strays.add((module, context))
    assert strays == set()
