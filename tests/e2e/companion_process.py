"""Start the real companion (``promptvagt serve``) as a separate process for a test."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

STARTUP_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def health(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=1) as response:
            return json.load(response)
    except OSError:
        return None


class Companion:
    """A started companion process: ``url``, ``port``, ``process``; ``stop()`` or ``kill()`` it."""

    def __init__(self, data_dir: Path, log_path: Path, port: int | None = None, env=None, args=()):
        """:param env: more environment variables; :param args: more ``serve`` options."""
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir), **(env or {})}
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "companion.cli", "serve", "--port", str(self.port), *args],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        try:
            self._wait_until_healthy()
        except BaseException:
            self.stop()
            raise

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while health(self.url) is None:
            if self.process.poll() is not None:
                raise RuntimeError(f"companion exited with {self.process.returncode}; see {self.log_path}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"companion not healthy after {STARTUP_TIMEOUT_S}s; see {self.log_path}")
            time.sleep(0.1)

    def stop(self) -> None:
        """End it the polite way (SIGTERM), then by force."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """End it at once (SIGKILL on POSIX): no cleanup, no flush, as a crash would."""
        self.process.kill()
        self.process.wait()


@contextmanager
def running_companion(data_dir: Path, log_path: Path, port: int | None = None, never_logged=()):
    """Run the companion until the block ends; yield its base URL.

    Its output goes to ``log_path``; afterwards none of the ``never_logged``
    values (the prompts' CPR numbers, names …) may be found there.
    """
    companion = Companion(data_dir, log_path, port)
    try:
        yield companion.url
    finally:
        companion.stop()
    assert_never_logged(log_path, never_logged)


def assert_never_logged(log_path: Path, values) -> None:
    """Privacy: none of ``values`` (CPR numbers, names … from the prompts) is in the log."""
    log = log_path.read_text(encoding="utf-8", errors="replace")
    assert not [value for value in values if value in log], "prompt text found in the companion log"


def post_event(url: str, body: dict) -> int:
    """POST a near-miss as the extension's worker does (no Origin header from Python); return the status."""
    request = urllib.request.Request(
        f"{url}/api/v1/events", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        error.close()  # a refusal holds its socket open until closed
        return error.code
