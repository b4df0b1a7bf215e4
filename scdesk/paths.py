"""Where the data lives (--data-dir, else SCDESK_DATA_DIR, else the platform's user data folder),
whether a path given to scdesk is a file it may read, and the locks that tell two scdesk
windows or commands on one data folder apart."""

import errno
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

import platformdirs

from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
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


def locks_dir(data: Path) -> Path:
    return data / "locks"


@contextmanager
def held_alone(path: Path) -> Iterator[bool]:
    """Whether this process alone holds the lock at path while the block runs (False: another
    scdesk window or command holds it). The operating system releases it when the process ends,
    so a crash or a power cut leaves no stale lock behind, only an unlocked file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+b") as handle:
        handle.seek(0)  # Windows locks bytes from here: the same byte in every process
        try:
            _lock(handle.fileno())
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            _unlock(handle.fileno())
    with suppress(OSError):  # another process may have it open (Windows): left, unlocked
        path.unlink()


if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


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
    name = shown(path.name or str(path))
    if stat.S_ISDIR(mode):
        text = translate("Files", "{name} is a folder, not a file: choose the file itself.")
    else:
        text = translate(
            "Files",
            "{name} is not a file saved on the disk (it is a device, a pipe or a socket): "
            "choose a file.",
        )
    return text.format(name=name)


def not_replaceable(path: Path) -> str | None:
    """Why scdesk may not write a file at path: something other than a plain file is there (a
    device such as /dev/null, a folder, a pipe) or a link, which would lead the write out of the
    folder chosen. None when nothing is there, or a plain file the write replaces."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    text = translate(
        "Files",
        "{name} is not a plain file scdesk may replace (it is a link, a folder or a device): "
        "choose another name.",
    )
    return text.format(name=shown(path.name or str(path)))


@contextmanager
def written_whole(path: Path) -> Iterator[BinaryIO]:
    """A file written whole or not at all. It is written beside path as <name>.partial, created
    afresh (never through a link, never over anything else of that name), flushed to the disk
    and then renamed over path; on any failure or interruption the partial file is removed, so
    a full USB stick or a Cancel leaves the old file, or nothing, and no half file."""
    refused = not_replaceable(path)
    if refused is not None:
        raise UserError(refused)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.unlink(missing_ok=True)  # one left by a crash, or a link of that name
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    except OSError as error:
        raise UserError(cannot_write(path, error)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, OSError):  # the disk's answer to a write: the user's to act on
            raise UserError(cannot_write(path, error)) from None
        raise


def cannot_read(path: Path, error: OSError) -> str:
    """Why the file at path could not be read, in one sentence with the system's reason."""
    text = translate("Files", "{file} cannot be read: {reason}.")
    return text.format(file=shown(path.name or str(path)), reason=error.strerror)


def cannot_write(path: Path, error: OSError) -> str:
    """Why the file at path was not written, in one sentence: a missing folder, a full disk or
    the system's own reason."""
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        text = translate("Files", "{name} was not written: the folder {folder} does not exist.")
    elif error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        text = translate(
            "Files", "{name} was not written: there is no room left on the disk. Nothing was kept."
        )
    else:
        text = translate("Files", "{name} was not written: {reason}.")
    return text.format(name=shown(path.name), folder=shown(str(path.parent)), reason=error.strerror)
