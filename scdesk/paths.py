"""Where the data lives: --data-dir, else SCDESK_DATA_DIR, else the platform's user data folder."""

import os
from pathlib import Path

import platformdirs

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
