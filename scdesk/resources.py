"""Where the app's resource files (icons, fonts, translations, sample data) are, frozen or not."""

import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

#: The folder, under root(), that build_installer.spec copies into the bundle.
RESOURCES = "resources"


def root() -> Path:
    """The folder holding resources/: the bundle's when frozen, else the checkout's root.

    PyInstaller puts data beside the code in sys._MEIPASS (dist/scdesk/_internal; on macOS the
    .app's Contents/Frameworks, which links to Contents/Resources); in a checkout, resources/
    sits next to the scdesk package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(relative: str) -> Path:
    """The path of resources/<relative>, such as "fonts/NotoSans-Regular.ttf".

    Names are relative, "/"-separated and stay inside resources/ on every platform, so a name
    that works on Linux works on Windows and macOS too. Anything else (an absolute path, a
    drive, a backslash, a ".." component) is a programming error and raises ValueError.
    """
    path = PurePosixPath(relative)
    if path.is_absolute() or PureWindowsPath(relative).anchor or "\\" in relative:
        raise ValueError(f"a resource name is relative to {RESOURCES}/ and uses '/': {relative!r}")
    if ".." in path.parts:
        raise ValueError(f"a resource name may not contain '..': {relative!r}")
    return root().joinpath(RESOURCES, *path.parts)
