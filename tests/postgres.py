"""A throwaway PostgreSQL server for the tests: Debian's binaries, a fresh cluster in a temporary
folder, reached through a Unix socket only, stopped and removed at the end of the session.

initdb refuses to run as root, so as root the server runs as the `postgres` user that Debian's
package creates. Durability is switched off (fsync, synchronous_commit): the cluster dies with the
test session anyway.
"""

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, text

SERVER_USER = "postgres"


class ServerUnavailableError(RuntimeError):
    pass


def binaries() -> Path:
    """The folder with initdb and pg_ctl: Debian keeps them per version, newest wins."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    raise ServerUnavailableError(
        "PostgreSQL's initdb was not found: run scripts/system-packages (Debian's postgresql)"
    )


@dataclass
class Server:
    folder: Path
    bin: Path
    as_user: Sequence[str]

    @property
    def sockets(self) -> Path:
        return self.folder / "sockets"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@/{database}?host={self.sockets}"

    def execute(self, statement: str) -> None:
        """Run statement outside a transaction (CREATE DATABASE needs that) on `postgres`."""
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str | None = None) -> str:
        like = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{like}")
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        command = [*self.as_user, str(self.bin / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServerUnavailableError(f"{program} failed: {done.stderr}{tail}")


def copy_database(url: URL, name: str) -> URL:
    """A copy of the database at url (no one may be connected to it) under a new name."""
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {url.database}"))
    finally:
        engine.dispose()
    return url.set(database=name)


def start_server() -> Server:
    bin_dir = binaries()
    folder = Path(tempfile.mkdtemp(prefix="scdesk-postgres-"))
    (folder / "sockets").mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam(SERVER_USER)
        for made in (folder, folder / "sockets"):
            os.chown(made, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", SERVER_USER, "--"]
    server = Server(folder, bin_dir, as_user)
    data = folder / "data"
    server._run("initdb", "-D", str(data), "-U", SERVER_USER, "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync")  # fmt: skip
    server._run("pg_ctl", "-D", str(data), "-l", str(folder / "server.log"), "-w", "-s",
                "-o", f"-k {folder / 'sockets'} -c listen_addresses='' -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off", "start")  # fmt: skip
    return server
