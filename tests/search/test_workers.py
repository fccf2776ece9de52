"""Several gunicorn workers share one SQLite file and one Whoosh index, as deployed.

Each worker indexes what its requests commit; only one may hold Whoosh's write lock at a
time. Members posting at once must never see an error, and every post must become
searchable: an event whose index write had to wait is handled by a later dispatch.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from community.accounts import services as accounts
from community.extensions import db
from community.search import indexer
from tests.conftest import make_category, make_user

ROOT = Path(__file__).resolve().parents[2]
WORKERS, CLIENTS, TOPICS_EACH = 3, 8, 4


def _call(url: str, payload: dict | None = None, headers: dict | None = None):
    """(status, JSON body) of a GET, or of a POST when there is a payload."""
    data = json.dumps(payload).encode() if payload is not None else None
    request = urllib.request.Request(url, data=data, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(app):
    """gunicorn with several workers over the test's database and index folder."""
    port = _free_port()
    environment = {
        **os.environ,
        "COMMUNITY_DATA_DIR": app.config["DATA_DIR"],
        "COMMUNITY_SECRET_KEY": "test-secret",
        "COMMUNITY_RATELIMIT_ENABLED": "false",
        "COMMUNITY_ARGON2_MEMORY_KIB": "1024",
        "COMMUNITY_ARGON2_TIME_COST": "1",
    }
    log = Path(app.config["DATA_DIR"]) / "gunicorn.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", str(WORKERS), "-b", f"127.0.0.1:{port}",
             "--error-logfile", "-", "wsgi:app"],
            cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    _call(f"{base}/api/v1/topics")
                    break
                except OSError:
                    time.sleep(0.1)
            yield base, log
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_members_posting_at_once_through_several_workers_see_no_errors(app, server):
    base, log = server
    member, category = make_user(trust_level=3), make_category()
    _, secret = accounts.create_api_token(member, "load")
    db.session.commit()
    indexer.get_index()  # the index exists before the workers start writing to it
    headers, slug = {"Authorization": f"Bearer {secret}"}, category.slug

    def ask(number: int) -> tuple[int, str]:
        word = f"Sonderwort{number:03d}x"
        status, body = _call(
            f"{base}/api/v1/topics",
            {
                "title": f"Frage {number} zum {word}",
                "body": f"Mein {word} geht nicht.",
                "category": slug,
            },
            headers,
        )
        return (status if status == 201 else (status, body)), word

    with ThreadPoolExecutor(CLIENTS) as pool:
        answers = list(pool.map(ask, range(CLIENTS * TOPICS_EACH)))
    assert [status for status, _ in answers] == [201] * len(answers), log.read_text()

    def found(word: str) -> bool:
        query = urllib.parse.urlencode({"q": word})
        return bool(_call(f"{base}/api/v1/search?{query}")[1]["results"])

    # Each request indexed its own post before it answered (waiting for the lock if
    # another worker held it), so every post is searchable at once.
    assert [word for _, word in answers if not found(word)] == [], log.read_text()
