"""A real syslog daemon for tests: Debian's rsyslogd on unprivileged loopback ports, writing to files.

It listens on TCP and UDP (the same port number) and on a Unix datagram
socket in the test's folder (standing in for /dev/log), and writes each
message twice: exactly as received (``raw.log``, the bytes the test
searches) and as rsyslog parsed it (``parsed.log``: input, app name, message
id, structured data and message, separated by ``|``). It never touches the
machine's own syslog: no /dev/log, no kernel log, its own work directory.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from .companion_process import free_port

CONFIG = """\
global(workDirectory="{work}")
module(load="imtcp")
module(load="imudp")
module(load="imuxsock" SysSock.Use="off")
input(type="imtcp" address="127.0.0.1" port="{port}")
input(type="imudp" address="127.0.0.1" port="{port}")
input(type="imuxsock" Socket="{socket}")
template(name="raw" type="string" string="%rawmsg%\\n")
template(name="parsed" type="string" string="%inputname%|%app-name%|%msgid%|%structured-data%|%msg%\\n")
action(type="omfile" file="{raw}" template="raw")
action(type="omfile" file="{parsed}" template="parsed")
"""


def rsyslogd_path() -> str | None:
    return shutil.which("rsyslogd") or next((p for p in ("/usr/sbin/rsyslogd",) if os.path.exists(p)), None)


class Rsyslog:
    """``start()``, ``stop()`` (SIGTERM, as ``systemctl stop`` does), ``raw_lines()``, ``parsed_lines()``."""

    def __init__(self, folder: Path, port: int | None = None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "work").mkdir(exist_ok=True)
        self.port = port or free_port()
        self.socket = self.folder / "log.sock"
        self.raw = self.folder / "raw.log"
        self.parsed = self.folder / "parsed.log"
        self.pid_file = self.folder / "rsyslogd.pid"
        self.config = self.folder / "rsyslog.conf"
        self.config.write_text(
            CONFIG.format(work=self.folder / "work", port=self.port, socket=self.socket, raw=self.raw, parsed=self.parsed)
        )
        self.process = None

    def start(self, timeout: float = 15.0) -> "Rsyslog":
        with open(self.folder / "rsyslogd.out", "ab") as out:
            self.process = subprocess.Popen(
                [rsyslogd_path(), "-n", "-f", str(self.config), "-i", str(self.pid_file)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"rsyslogd exited with {self.process.returncode}; see {self.folder}/rsyslogd.out")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                if self.socket.exists():
                    return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("rsyslogd did not open its ports")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def raw_lines(self) -> list[str]:
        return self.raw.read_text(encoding="utf-8").splitlines() if self.raw.exists() else []

    def parsed_lines(self) -> list[str]:
        return self.parsed.read_text(encoding="utf-8").splitlines() if self.parsed.exists() else []

    def wait_for_lines(self, count: int, timeout: float = 30.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while len(self.raw_lines()) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.raw_lines()
