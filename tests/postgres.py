"""A PostgreSQL server for the tests that run on both databases.

In this order: the server named by COMMUNITY_TEST_POSTGRES_URL (an admin URL such as
postgresql://postgres@db:5432/postgres); the machine's own on 127.0.0.1:5432 (trust auth,
as on our CI machine); or a throwaway server started with Debian's initdb and pg_ctl in a
temporary folder. Without any of them the PostgreSQL variants are skipped, saying why.

Each test gets its own database, copied from one migrated template.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _reachable(url: URL) -> bool:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Throwaway:
    """A PostgreSQL server in a temporary folder, for as long as the test session runs."""

    def __init__(self):
        # Not under pytest's temporary folders: those are private to root, and the server
        # may run as the postgres user.
        self.folder = Path(tempfile.mkdtemp(prefix="community-postgres-"))
        self.port = _free_port()
        self.initdb, self.pg_ctl = _binary("initdb"), _binary("pg_ctl")
        # initdb refuses to run as root: run the server as the postgres system user then.
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def start(self) -> URL:
        if self.prefix:
            shutil.chown(self.folder, "postgres")
        data = self.folder / "data"
        run = dict(check=True, capture_output=True, text=True)
        subprocess.run(
            [*self.prefix, self.initdb, "-D", str(data), "-U", "postgres", "--auth=trust"], **run
        )
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [*self.prefix, self.pg_ctl, "-D", str(data), "-o", options, "-w", "-l",
             str(self.folder / "server.log"), "start"],
            **run,
        )  # fmt: skip
        return make_url(f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres")

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, self.pg_ctl, "-D", str(self.folder / "data"), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def find_server() -> tuple[URL | None, Throwaway | None, str]:
    """(admin URL, throwaway server to stop or None, why there is none)."""
    given = os.environ.get("COMMUNITY_TEST_POSTGRES_URL")
    if given:
        url = make_url(given).set(drivername="postgresql+psycopg")
        if _reachable(url):
            return url, None, ""
        return None, None, f"COMMUNITY_TEST_POSTGRES_URL={given} does not answer"
    if os.environ.get("COMMUNITY_TEST_POSTGRES") != "throwaway" and _reachable(
        make_url(DEFAULT_URL)
    ):
        return make_url(DEFAULT_URL), None, ""
    server = Throwaway()
    if not (server.initdb and server.pg_ctl):
        return (
            None,
            None,
            (
                "no PostgreSQL server at 127.0.0.1:5432 and no initdb/pg_ctl to start one "
                "(install Debian's postgresql package, or set COMMUNITY_TEST_POSTGRES_URL)"
            ),
        )
    try:
        url = server.start()
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(server.folder, ignore_errors=True)
        detail = getattr(error, "stderr", "") or str(error)
        return None, None, f"could not start a throwaway PostgreSQL server: {detail.strip()}"
    for _ in range(50):
        if _reachable(url):
            return url, server, ""
        time.sleep(0.1)
    server.stop()
    return None, None, "the throwaway PostgreSQL server did not answer"


class Databases:
    """Creates and drops the test databases on one server."""

    def __init__(self, admin_url: URL):
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.prefix = f"community_test_{os.getpid()}"
        self.created: list[str] = []

    def url(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        with self.engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {name}{clause}"))
        self.created.append(name)
        return self.url(name)

    def drop(self, name: str) -> None:
        with self.engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        if name in self.created:
            self.created.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            self.drop(name)
        self.engine.dispose()
