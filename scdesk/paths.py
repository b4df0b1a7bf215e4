"""Where the data lives (--data-dir, else SCDESK_DATA_DIR, else the platform's user data folder),
and whether a path given to scdesk is a file it may read."""

import os
import stat
from pathlib import Path

import platformdirs

from scdesk.i18n import translate

APP_NAME = "scdesk"
DATA_DIR_VARIABLE = "SCDESK_DATA_DIR"


def data_dir(given: str | os.PathLike[str] | None = None) -> Path:
    if given:
        return Path(given).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True)


def log_dir(data: Path) -> Path:
    return data / "logs"


def not_a_file(path: Path) -> str | None:
    """Why path cannot be read as a file saved on the disk (it is a folder, a device such as
    /dev/zero, a pipe or a socket), or None when it can. Asked before anything is read: reading
    a device may never end, and opening a pipe waits for a writer. A missing or unreadable file
    is left for whoever opens it to report."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    name = path.name or str(path)
    if stat.S_ISDIR(mode):
        text = translate("Files", "{name} is a folder, not a file: choose the file itself.")
    else:
        text = translate(
            "Files",
            "{name} is not a file saved on the disk (it is a device, a pipe or a socket): "
            "choose a file.",
        )
    return text.format(name=name)
