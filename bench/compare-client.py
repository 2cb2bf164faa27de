#!/usr/bin/env python3
"""The API side of bench/compare, for any implementation of the HTTP contract (stdlib only).

  compare-client.py BASE_URL TARGET_DIR register        the bench user (409: already there)
  compare-client.py BASE_URL TARGET_DIR login           a fresh access token into TARGET_DIR/token
  compare-client.py BASE_URL TARGET_DIR seed N          N entries bench/k0000000... through PUTs
  compare-client.py BASE_URL TARGET_DIR verify N        reads seeded entries back, exits 1 if wrong

TARGET_DIR/login holds the username and password; the Lua scenarios read it and the token.
Entries are written exactly as the bulk SQL load in bench/compare writes them, so verify checks
either way of seeding.
"""
import http.client
import json
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

USERNAME = "compare_bench"
PASSWORD = "Tulip-Harbor-93!x"  # unlike the username: Django measures similarity
EMAIL = "compare_bench@bench.example.com"
LIST_LIMIT = 50


def key(n):
    return f"bench/k{n:07d}"


def value(n):
    """100 bytes; bench/compare's SQL load builds the same string."""
    return f"value-{n:07d}-" + "x" * 86


class Api:
    """One keep-alive connection per thread: seeding is then bound by the server, not by TCP."""

    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.local = threading.local()
        self.token = None

    def call(self, method, path, body=None, token=None):
        headers = {}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        for attempt in range(3):  # a server may close a keep-alive connection at any time
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                conn.request(method, path, body=data, headers=headers)
                response = conn.getresponse()
                raw = response.read()
                break
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
                time.sleep(0.2)
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return response.status, parsed


def register(api, target):
    status, body = api.call("POST", "/api/v1/auth/register",
                            {"username": USERNAME, "email": EMAIL, "password": PASSWORD})
    if status not in (201, 409):
        sys.exit(f"register: {status} {body}")
    (target / "login").write_text(f"{USERNAME}\n{PASSWORD}\n")


def login(api, target):
    """Retries a 503 for a minute: right after a login storm a server may still refuse to queue
    another password check, and bench/compare logs in exactly then to wait for the storm to end."""
    deadline = time.monotonic() + 60
    while True:
        status, body = api.call("POST", "/api/v1/auth/login", {"username": USERNAME, "password": PASSWORD})
        if status != 503 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    if status != 200:
        sys.exit(f"login: {status} {body}")
    (target / "token").write_text(body["access_token"] + "\n")
    return body["access_token"]


def seed(api, target, count):
    token = login(api, target)

    def put(n):
        return api.call("PUT", "/api/v1/dictionary/" + key(n), {"value": value(n)}, token)[0]

    started = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(put, range(count), chunksize=64))
    failed = [s for s in statuses if s not in (200, 201)]
    if failed:
        sys.exit(f"seed: {len(failed)} of {count} PUTs failed, e.g. with status {failed[0]}")
    print(f"{time.monotonic() - started:.1f}")


def verify(api, target, count):
    """The first, last and some random entries read back as seeded, and a page lists 50 in order."""
    token = login(api, target)
    problems = []
    for n in sorted({0, count - 1, *random.sample(range(count), min(count, 20))}):
        status, body = api.call("GET", "/api/v1/dictionary/" + key(n), token=token)
        if status != 200 or body.get("value") != value(n) or body.get("owner") != USERNAME:
            problems.append(f"GET {key(n)}: {status} {body}")
        elif body.get("version", 0) < 1:
            problems.append(f"GET {key(n)}: version {body.get('version')}")
    prefix = key(0)[:-3]  # bench/k0000: the first 1,000 keys
    status, body = api.call("GET", f"/api/v1/dictionary?prefix={prefix}&limit={LIST_LIMIT}", token=token)
    expected = [key(n) for n in range(min(count, LIST_LIMIT))]
    if status != 200 or [item["key"] for item in body.get("items", [])] != expected:
        problems.append(f"list {prefix}: {status} {str(body)[:300]}")
    elif count > LIST_LIMIT and not body.get("nextCursor"):
        problems.append(f"list {prefix}: no nextCursor on a full page")
    if problems:
        sys.exit("verify: " + "; ".join(problems[:3]))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    api, target, command = Api(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    target.mkdir(parents=True, exist_ok=True)
    if command == "register":
        register(api, target)
    elif command == "login":
        login(api, target)
    elif command == "seed":
        seed(api, target, int(sys.argv[4]))
    elif command == "verify":
        verify(api, target, int(sys.argv[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
