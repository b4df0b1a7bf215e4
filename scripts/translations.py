"""Keep the translations in resources/translations/scdesk_<lang>.ts in step with the code.

    python scripts/translations.py update          collect every message, keep what is translated
    python scripts/translations.py check           exit 1 if a file is out of step or unfinished
    python scripts/translations.py pending LANG    the unfinished messages of LANG, as JSON
    python scripts/translations.py fill LANG FILE  write the translations of FILE (JSON as pending
                                                   gives, each with "translation" or "forms")

pyside6-lupdate collects the messages of the whole package: self.tr() in the GUI and the
translate() of Qt-free code alike. It does not know that a translate() call with a count has plural
forms, so a message whose source holds %n is given them here; and it rewrites a file's plural forms
away when it does not see them, so each file is rebuilt from lupdate's list with the translations
the file already has.
"""

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
#: How a "#:" comment before a message starts when it is a note for translators (lupdate takes
#: every "#:" comment, and the code documents its attributes with them too).
NOTE = "Translators:"
#: The number of plural forms Qt gives each of these languages.
FORMS = 2

Key = tuple[str, str, str]


def _lupdate() -> str:
    return shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))


def _collected(language: str) -> ET.Element:
    """Every message of the package, as lupdate finds them, in a fresh file."""
    sources = sorted(str(p) for p in (ROOT / "scdesk").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"scdesk_{language}.ts"
        target.write_text(_header(language) + "</TS>\n", encoding="utf-8")
        subprocess.run(  # noqa: S603 - lupdate over our own sources
            [
                _lupdate(),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *sources,
                "-ts",
                str(target),
            ],
            check=True,
        )
        return ET.parse(target).getroot()  # noqa: S314 - lupdate's output


def _header(language: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n'
    )


def _key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    return {
        _key(context.findtext("name") or "", message): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _files() -> list[Path]:
    return sorted(p for p in FOLDER.glob("scdesk_*.ts"))


def _rebuilt(path: Path) -> str:
    """The file's text with lupdate's messages and the translations it already has."""
    old_root = ET.parse(path).getroot()  # noqa: S314 - our own file
    language = old_root.get("language") or "en"
    old = _messages(old_root)
    root = _collected(language)
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            if language == "en" and "%n" not in (message.findtext("source") or ""):
                context.remove(message)  # English needs only its plural forms
                continue
            _carry(message, old.get(_key(name, message)))
            note = message.find("extracomment")
            if note is not None and not (note.text or "").startswith(NOTE):
                message.remove(note)  # a "#:" comment documenting code, not this message
        if context.find("message") is None:
            root.remove(context)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return _header(language) + body.split(">", 1)[1].lstrip("\n") + "\n"


def _carry(message: ET.Element, old: ET.Element | None) -> None:
    """Give lupdate's message the translation the old file had, with plural forms where its
    source counts something."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    previous = old.find("translation") if old is not None else None
    numerus = "%n" in (message.findtext("source") or "")
    translation.clear()
    if numerus:
        message.set("numerus", "yes")
        forms = [f.text or "" for f in previous.iter("numerusform")] if previous is not None else []
        if not any(forms) and previous is not None and previous.text and previous.text.strip():
            forms = [previous.text.strip()]
        forms = (forms + [forms[-1] if forms else ""] * FORMS)[:FORMS]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        done = all(forms)
    else:
        text = (
            previous.text if previous is not None and previous.find("numerusform") is None else None
        )
        translation.text = text or ""
        done = bool(text) and previous is not None and previous.get("type") is None
    if not done:
        translation.set("type", "unfinished")


def update() -> None:
    for path in _files():
        path.write_text(_rebuilt(path), encoding="utf-8")


def check() -> int:
    """1 when a file differs from what update writes, or holds an unfinished message."""
    failed = 0
    for path in _files():
        text = path.read_text(encoding="utf-8")
        if _rebuilt(path) != text:
            print(f"{path.name}: out of step with the code; run scripts/translations.py update")
            failed = 1
        unfinished = text.count('type="unfinished"')
        if unfinished:
            print(f"{path.name}: {unfinished} unfinished messages")
            failed = 1
    return failed


def pending(language: str) -> None:
    root = ET.parse(FOLDER / f"scdesk_{language}.ts").getroot()  # noqa: S314 - our own file
    found = []
    for (context, source, comment), message in _messages(root).items():
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            entry = {"context": context, "source": source}
            if comment:
                entry["comment"] = comment
            note = message.findtext("extracomment")
            if note:
                entry["note"] = note
            if message.get("numerus") == "yes":
                entry["plural"] = "yes"
            found.append(entry)
    json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(language: str, given: Path) -> None:
    path = FOLDER / f"scdesk_{language}.ts"
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    messages = _messages(root)
    for entry in json.loads(given.read_text(encoding="utf-8")):
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        message = messages.get(key)
        if message is None:
            print(f"not a message of the code: {key}", file=sys.stderr)
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.clear()
        if message.get("numerus") == "yes":
            forms = entry.get("forms") or [entry.get("translation", "")] * FORMS
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            done = all(forms)
        else:
            translation.text = entry.get("translation", "")
            done = bool(translation.text)
        if not done:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    header = _header(root.get("language") or language)
    path.write_text(header + body.split(">", 1)[1].lstrip("\n") + "\n", encoding="utf-8")


def main(arguments: list[str]) -> int:
    match arguments:
        case ["update"]:
            update()
        case ["check"]:
            return check()
        case ["pending", language]:
            pending(language)
        case ["fill", language, given]:
            fill(language, Path(given))
        case _:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
