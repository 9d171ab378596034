"""Syslog for forwarded near-misses: RFC 5424 messages and the three ways to a daemon.

A forwarded record (``forwarding.forward_record``) holds codes and counts
only. It travels twice in each message, on purpose: as RFC 5424 structured
data (``[promptvagt@32473 site="chatgpt" …]``) for receivers that parse it
(rsyslog, syslog-ng, Graylog, Splunk), and as compact JSON in the message
part, which survives every relay that drops or flattens structured data
(Microsoft Sentinel's ``Syslog`` table keeps the message as ``SyslogMessage``,
and KQL reads it with ``parse_json``).

- ``syslog+tcp://HOST:PORT``: RFC 5424 with octet-counting framing (RFC
  6587). TCP has no application acknowledgement, so delivery is confirmed
  the way the socket allows (``TcpSender``); unconfirmed batches stay queued.
- ``syslog+udp://HOST:PORT``: one RFC 5424 datagram per event (RFC 5426).
  A daemon that is down on the same machine is noticed (ICMP "port
  unreachable"); across a network UDP cannot say, so prefer TCP.
- ``syslog``: the local daemon's socket (``/dev/log``, ``/var/run/syslog``).
  Local sockets are parsed as syslog(3) writes them (rsyslog's imuxsock,
  journald and macOS all expect that header), so the header is the
  traditional one with the tag ``promptvagt``; the message part is the same
  JSON. The daemon's own forwarding rules then decide the wire format.

The SD-ID's number 32473 is IANA's example enterprise number (RFC 5612),
used because Promptvagt has none of its own; receivers match on the name.
"""

import errno
import json
import os
import select
import socket
import time
from datetime import datetime

APP_NAME = "promptvagt"
MSGID = "nearmiss"
#: An adapter health report (``forwarding.health_record``, issue 12).
HEALTH_MSGID = "adapterhealth"
SD_ID = "promptvagt@32473"
FACILITY_USER = 1
#: Sending anyway is a warning; a near-miss the user resolved is a notice.
SEVERITY_WARNING, SEVERITY_NOTICE = 4, 5
LOCAL_SOCKETS = ("/dev/log", "/var/run/syslog", "/var/run/log")
#: Fields in the structured data, in this order; kinds follow as ``KIND="n"``.
SD_FIELDS = (
    "v", "id", "site", "page_kind", "verdict", "action", "detector",
    "extension_version", "companion_version", "org_unit", "findings",
)  # fmt: skip
HEALTH_SD_FIELDS = (
    "v", "type", "id", "host", "adapter", "problem", "extension_version", "companion_version", "org_unit",
)  # fmt: skip


def is_health(record: dict) -> bool:
    return record.get("type") == "adapter_health"


class SendError(OSError):
    """The daemon did not take the batch; it stays queued. The message names no data."""


def severity(record: dict) -> int:
    # A page the guard cannot see fails open, as sending anyway does: a warning.
    return SEVERITY_WARNING if is_health(record) or record["action"] == "sent_anyway" else SEVERITY_NOTICE


def message_json(record: dict) -> str:
    """The record as one line of ASCII JSON (non-ASCII letters of an org unit escaped)."""
    return json.dumps(record, ensure_ascii=True, separators=(",", ":"), sort_keys=False)


def structured_data(record: dict) -> str:
    """``[promptvagt@32473 v="1" id="…" … DK_CPR="1"]`` with RFC 5424 escaping."""
    fields = HEALTH_SD_FIELDS if is_health(record) else SD_FIELDS
    params = [(name, record[name]) for name in fields if record.get(name) not in (None, "")]
    params += sorted(record.get("kinds", {}).items())
    return "[" + SD_ID + "".join(f' {name}="{_sd_escape(str(value))}"' for name, value in params) + "]"


def rfc5424(record: dict) -> bytes:
    """One RFC 5424 message: ``<PRI>1 TIME - promptvagt - nearmiss [SD] JSON``.

    HOSTNAME and PROCID are the NILVALUE ``-``: Promptvagt sends no computer
    name (a collector adds its own, see docs/privacy.md).
    """
    pri = FACILITY_USER * 8 + severity(record)
    header = f"<{pri}>1 {record['time']} - {APP_NAME} - {HEALTH_MSGID if is_health(record) else MSGID}"
    return f"{header} {structured_data(record)} {message_json(record)}".encode("utf-8")


def local_message(record: dict) -> bytes:
    """The syslog(3) form for the local daemon's socket: ``<PRI>Mmm dd hh:mm:ss promptvagt: JSON``."""
    pri = FACILITY_USER * 8 + severity(record)
    # syslog(3) stamps local time without a year; the record's own time is in the JSON.
    now = datetime.now().strftime("%b %d %H:%M:%S")
    return f"<{pri}>{now[:4]}{now[4:6].lstrip('0').rjust(2)}{now[6:]} {APP_NAME}: {message_json(record)}".encode()


def _sd_escape(value: str) -> str:
    # RFC 5424 §6.3.3: inside PARAM-VALUE, '"', '\' and ']' are escaped.
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


class TcpSender:
    """RFC 5424 over TCP with octet counting, confirmed as far as TCP allows.

    A plain syslog-over-TCP sender loses what it wrote into a connection
    the daemon was closing. Here every batch is one write on a connection
    checked just before, and counts as delivered only when:

    - the peer's kernel has acknowledged every byte (Linux: the send queue
      is empty), and
    - the connection is still open ``confirm_s`` later, or was closed by a
      clean FIN (a daemon that stops after reading) and not by a reset.

    A daemon that closes with our batch unread answers with a reset; so does
    a socket that was already closed when the batch arrived. Either way the
    batch stays queued and is sent again on a new connection: stopping and
    starting the daemon loses nothing and doubles nothing. What TCP cannot
    show is a daemon that read a batch and then died before writing it (a
    kill -9, a power cut); receivers that must be exact deduplicate on
    ``id`` (docs/organisation.md).
    """

    def __init__(self, host: str, port: int, timeout_s: float = 5.0, confirm_s: float = 0.3):
        self.address = (host, port)
        self.timeout_s = timeout_s
        self.confirm_s = confirm_s
        self._sock = None

    def send(self, records: list[dict]) -> None:
        payload = b"".join(_octet_counted(rfc5424(r)) for r in records)
        sock = self._connection()
        try:
            sock.sendall(payload)
        except OSError:
            self.close()
            raise SendError("forbindelsen til syslog blev afbrudt under afsendelse (connection lost while sending)")
        if not self._confirmed(sock):
            self.close()
            raise SendError("syslog bekræftede ikke modtagelsen (the daemon did not confirm)")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _connection(self) -> socket.socket:
        if self._sock is not None and not _open(self._sock):
            self.close()
        if self._sock is None:
            try:
                self._sock = socket.create_connection(self.address, timeout=self.timeout_s)
            except OSError as error:
                raise SendError(f"syslog svarer ikke (no connection: {_kind(error)})") from None
        return self._sock

    def _confirmed(self, sock: socket.socket) -> bool:
        deadline = time.monotonic() + self.confirm_s
        while _unacknowledged(sock):
            if time.monotonic() > deadline + self.timeout_s:
                return False
            time.sleep(0.005)
        readable, _, _ = select.select([sock], [], [], max(0.0, deadline - time.monotonic()))
        if not readable:
            return True
        try:
            if _peek(sock) != b"":
                return True  # nothing after all, or a daemon that talks back: still there
        except OSError:
            return False  # reset: the batch was not read
        # A clean FIN. If it crossed our batch, the batch is answered by a
        # reset; give that a moment to arrive before believing the FIN.
        time.sleep(min(self.confirm_s, 0.2))
        try:
            return sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0 and _peek(sock) in (b"", None)
        except OSError:
            return False


class UdpSender:
    """RFC 5424 over UDP, one datagram per event; a refused port (same machine) keeps the batch queued."""

    def __init__(self, host: str, port: int, confirm_s: float = 0.1):
        self.address = (host, port)
        self.confirm_s = confirm_s
        self._sock = None

    def send(self, records: list[dict]) -> None:
        try:
            if self._sock is None:
                family = socket.AF_INET6 if ":" in self.address[0] else socket.AF_INET
                self._sock = socket.socket(family, socket.SOCK_DGRAM)
                self._sock.connect(self.address)
            for record in records:
                self._sock.send(rfc5424(record))
            # An ICMP "port unreachable" shows up as an error on the socket.
            if select.select([self._sock], [], [], self.confirm_s)[0]:
                _peek(self._sock)
        except OSError as error:
            self.close()
            raise SendError(f"syslog (udp) svarer ikke (not reachable: {_kind(error)})") from None

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


class LocalSender:
    """The local syslog daemon's datagram socket; no daemon means the batch stays queued."""

    def __init__(self, path: str | None = None):
        self.path = path or next((p for p in LOCAL_SOCKETS if os.path.exists(p)), LOCAL_SOCKETS[0])

    def send(self, records: list[dict]) -> None:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.settimeout(5)
                sock.connect(self.path)
                for record in records:
                    sock.send(local_message(record))
        except OSError as error:
            raise SendError(f"den lokale syslog svarer ikke (local daemon not reachable: {_kind(error)})") from None

    def close(self) -> None:
        pass


def _octet_counted(message: bytes) -> bytes:
    return str(len(message)).encode() + b" " + message


def _open(sock: socket.socket) -> bool:
    """Whether a connection we have not written to for a while is still usable."""
    try:
        return _peek(sock) != b""
    except OSError:
        return False


def _peek(sock: socket.socket) -> bytes | None:
    """Look without reading: ``b""`` at end of stream, None when nothing waits; a reset raises OSError.

    Non-blocking by switching the socket, not by MSG_DONTWAIT, which Windows lacks.
    """
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return None
    finally:
        sock.settimeout(timeout)


#: Linux's SIOCOUTQ: bytes in the send queue not yet acknowledged by the peer.
_SIOCOUTQ = 0x5411


def _unacknowledged(sock: socket.socket) -> bool:
    try:
        import fcntl
        import struct

        return struct.unpack("i", fcntl.ioctl(sock.fileno(), _SIOCOUTQ, b"\0\0\0\0"))[0] > 0
    except (ImportError, OSError):
        return False  # not Linux: rely on the confirmation window


def _kind(error: OSError) -> str:
    """Name an OS error without its message (which could, in principle, quote anything)."""
    return errno.errorcode.get(error.errno, type(error).__name__) if error.errno else type(error).__name__

