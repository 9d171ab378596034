"""Start the real companion (``promptvagt serve``) as a separate process for a test."""

import json
import os
import socket
import subprocess
import sys
import time
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


@contextmanager
def running_companion(data_dir: Path, log_path: Path, port: int | None = None):
    """Run the companion until the block ends; yield its base URL.

    Its output goes to ``log_path`` so tests can prove that no prompt text
    reached the log.
    """
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "companion.cli", "serve", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT_S
            while health(url) is None:
                if process.poll() is not None:
                    raise RuntimeError(f"companion exited with {process.returncode}; see {log_path}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"companion not healthy after {STARTUP_TIMEOUT_S}s; see {log_path}")
                time.sleep(0.1)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
