"""Native messaging: the browser starts ``promptvagt native-host ORIGIN`` and talks over stdin/stdout.

Each message is a 32-bit length in native byte order, then that many bytes
of UTF-8 JSON. A request is ``{"id", "type", "body"?}`` with ``type`` one of
``scan``, ``scan_file``, ``event``, ``adapter_health``, ``health``, ``dashboard``; the reply
is ``{"id", "status", "body"}``, where ``status`` and ``body`` are exactly what the HTTP
API answers (``POST /api/v1/scan``, ``POST /api/v1/scan-file``, ``POST /api/v1/events``,
``POST /api/v1/adapter-health``, ``GET /health``), because both go through ``requests.py``. ``dashboard`` answers
``{"url"}``: the dashboard started on demand (``ondemand.py``).

Rules that keep the channel sound:
- stdout carries protocol and nothing else: file descriptor 1 is pointed at
  stderr before anything is imported that might print, and replies go to a
  private duplicate of the original stdout;
- a request that cannot be read (not JSON, not an object, too big, unknown
  type) gets a JSON error reply with ``status`` 4xx, and the next one is read
  as usual; only a broken frame (the stream ends inside a message, or a
  length no browser sends) ends the host;
- a reply over ``MAX_REPLY_BYTES`` (browsers refuse 1 MB and more) is
  replaced by a 413 error reply, so the extension falls back instead of
  losing the port;
- the host ends when stdin closes (the browser closed the port), after the
  requests in hand are answered (an event being stored is committed);
- nothing is logged but types, statuses and counts; never a prompt.

Requests are handled on a few threads, so a health check or an event does
not wait behind a long scan; replies can come out of order and carry their
request's ``id``.
"""

import json
import logging
import os
import struct
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

from ..config import FIREFOX_ADDON_ID, allowed_origins, spacy_model_candidates
from . import requests
from .requests import BadRequest
from .server import FILE_MAX_BODY
from .warmup import NotReady, ScannerSlot

log = logging.getLogger(__name__)

HOST_NAME = "dk.promptvagt.companion"
HEADER = struct.Struct("=I")  # native byte order, as Chrome and Firefox write it
#: Chrome and Firefox refuse messages from a host of 1 MB or more.
MAX_REPLY_BYTES = 1024 * 1024 - 1
#: Requests up to this size are read: the HTTP limit for ``scan file`` (a file in base64);
#: a scan's text is limited by MAX_SCAN_CHARS as over HTTP.
MAX_REQUEST_BYTES = FILE_MAX_BODY
#: Chrome sends at most 64 MiB; a longer length means the stream is not a browser's.
MAX_FRAME_BYTES = 64 * 1024 * 1024
TYPES = ("scan", "scan_file", "event", "adapter_health", "health", "dashboard")
REQUEST_FIELDS = {"id", "type", "body"}
WORKERS = 4
MAX_ID_CHARS = 100


class CallerRefused(Exception):
    """The host was started for a caller it was not installed for."""


class BrokenFrame(Exception):
    """The stream cannot be read as messages any more."""


# -- who may start the host --------------------------------------------------------------


def check_caller(args, config) -> str:
    """Return the caller (origin or add-on id) if it may use the host; else raise ``CallerRefused``.

    Chromium browsers pass the caller's origin (``chrome-extension://<id>/``),
    on Windows followed by ``--parent-window=<n>``; Firefox passes the path of
    the host manifest and then the add-on's id.
    """
    if not args:
        raise CallerRefused("no caller given")
    first = args[0]
    if first.startswith("chrome-extension://"):
        if first.rstrip("/") in {o.rstrip("/") for o in allowed_origins(config)}:
            return first
        raise CallerRefused("origin not allowed")
    if len(args) >= 2 and args[1] == FIREFOX_ADDON_ID:
        return args[1]
    raise CallerRefused("caller not allowed")


# -- framing ------------------------------------------------------------------------------


def read_frame(stream):
    """Return the next message's bytes, ``None`` at a clean end, or an int: the length of a skipped message.

    A message longer than ``MAX_REQUEST_BYTES`` is read and dropped so the
    next one can be read; the caller answers it with 413.
    """
    header = _read_exactly(stream, HEADER.size, at_start=True)
    if header is None:
        return None
    (length,) = HEADER.unpack(header)
    if length > MAX_FRAME_BYTES:
        raise BrokenFrame("length beyond any browser's limit")
    if length > MAX_REQUEST_BYTES:
        remaining = length
        while remaining:
            chunk = stream.read(min(remaining, 1 << 16))
            if not chunk:
                raise BrokenFrame("stream ended inside a message")
            remaining -= len(chunk)
        return length
    return _read_exactly(stream, length, at_start=False)


def _read_exactly(stream, size: int, at_start: bool):
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            if at_start and not data:
                return None
            raise BrokenFrame("stream ended inside a message")
        data += chunk
    return data


def encode_frame(message: dict) -> bytes:
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return HEADER.pack(len(data)) + data


# -- the host -----------------------------------------------------------------------------


class NativeHost:
    """Answer requests from ``stdin`` on ``stdout`` until ``stdin`` ends."""

    def __init__(self, config, scanner, stdin, stdout, dashboard=None, open_db=None):
        """
        :param scanner: a ``ScannerSlot`` (or a ``Scanner``).
        :param dashboard: an ``OnDemandDashboard``, or None (then ``dashboard`` answers 503).
        :param open_db: returns a migrated near-miss database connection (one per event).
        """
        self.config = config
        self.scanner = scanner
        self.stdin = stdin
        self.stdout = stdout
        self.dashboard = dashboard
        self.open_db = open_db or _database_opener(config)
        self._write_lock = threading.Lock()
        self._closed = False
        self.handlers = {
            "scan": self._scan,
            "scan_file": self._scan_file,
            "event": self._event,
            "adapter_health": self._adapter_health,
            "health": self._health,
            "dashboard": self._dashboard,
        }

    def run(self) -> int:
        """Serve until stdin closes (0) or the stream breaks (1)."""
        code = 0
        with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="native") as pool:
            while not self._closed:
                try:
                    frame = read_frame(self.stdin)
                except BrokenFrame as error:
                    log.error("Native messaging stream broken: %s", error)
                    code = 1
                    break
                if frame is None:
                    break
                if isinstance(frame, int):
                    self._reply(None, 413, _too_large())
                    continue
                pool.submit(self._handle, frame)
            # Leaving the block waits for the requests in hand: an event being
            # stored is committed, and its reply is written if the port is open.
        if self.dashboard is not None:
            self.dashboard.stop()
        return code

    def _handle(self, frame: bytes) -> None:
        request_id = None
        try:
            message = requests.decode_json(frame)
            request_id = _request_id(message)
            kind = _request_type(message)
            body = message.get("body", {})
            if not isinstance(body, dict):
                raise BadRequest("'body' skal være et JSON-objekt ('body' must be a JSON object).")
            status, reply = self.handlers[kind](body)
        except BadRequest as error:
            status, reply = error.status, error.body()
        except NotReady:
            status, reply = 503, {"error": "starting", "message": "Companion starter stadig. Still starting."}
        except Exception as error:
            # The type only: an exception's text may quote the prompt.
            log.error("Internal error in a native request: %s", type(error).__name__)
            status, reply = 500, {"error": "internal", "message": "Intern fejl. Internal error."}
        self._reply(request_id, status, reply)

    def _reply(self, request_id, status: int, body: dict) -> None:
        frame = encode_frame({"id": request_id, "status": status, "body": body})
        if len(frame) - HEADER.size > MAX_REPLY_BYTES:
            log.warning("Reply of %d bytes over the native messaging limit; sent 413 instead", len(frame))
            frame = encode_frame({"id": request_id, "status": 413, "body": _reply_too_large()})
        with self._write_lock:
            if self._closed:
                return
            try:
                self.stdout.write(frame)
                self.stdout.flush()
            except (BrokenPipeError, OSError, ValueError):
                # The browser went away: stop reading; what is in hand still finishes.
                self._closed = True

    # -- the request types, each answering (status, body) as the HTTP API would --

    def _scan(self, body):
        return 200, requests.scan(body, self.scanner, self.config["MAX_SCAN_CHARS"])

    def _scan_file(self, body):
        return 200, requests.scan_file(body, self.scanner)

    def _event(self, body):
        with closing(self.open_db()) as db:
            return requests.record_event(body, self.scanner, db, self.config["RETENTION_DAYS"])

    def _adapter_health(self, body):
        with closing(self.open_db()) as db:
            return requests.record_health(body, db, self.config["RETENTION_DAYS"])

    def _health(self, body):
        requests.check_fields(body, {}, required=set())
        return 200, requests.health(self.scanner)

    def _dashboard(self, body):
        requests.check_fields(body, {}, required=set())
        if self.dashboard is None:
            return 503, {"error": "unavailable", "message": "Oversigten er ikke tilgængelig. Dashboard unavailable."}
        return 200, {"url": self.dashboard.url()}


def _request_id(message: dict):
    request_id = message.get("id")
    if isinstance(request_id, bool) or not isinstance(request_id, (str, int)) or len(str(request_id)) > MAX_ID_CHARS:
        raise BadRequest("'id' skal være tekst eller et tal ('id' must be a string or a number).")
    return request_id


def _request_type(message: dict) -> str:
    requests.check_fields({k: v for k, v in message.items() if k != "body"}, {"id": object, "type": str}, {"id", "type"})
    if message["type"] not in TYPES:
        raise BadRequest(f"Ukendt type; brug en af: {', '.join(TYPES)} (unknown type).")
    return message["type"]


def _too_large() -> dict:
    return {
        "error": "request_entity_too_large",
        "message": f"Beskeden er for stor: højst {MAX_REQUEST_BYTES} byte. "
        f"Message too large: at most {MAX_REQUEST_BYTES} bytes.",
    }


def _reply_too_large() -> dict:
    return {
        "error": "reply_too_large",
        "message": "Svaret er for stort til browseren; brug den indbyggede kontrol. "
        "The reply is too large for the browser; use the built-in check.",
    }


def _database_opener(config):
    from ..nearmiss.db import database_path, migrate, open_database

    migrated = threading.Lock()
    done = []

    def open_db():
        db = open_database(database_path(config))
        with migrated:
            if not done:
                migrate(db)
                done.append(True)
        return db

    return open_db


# -- the process --------------------------------------------------------------------------


def protocol_streams():
    """Return (stdin, stdout) as binary streams, and point fd 1 at stderr.

    Whatever prints by mistake (a library's warning, a stray ``print``) then
    lands in the browser's log instead of corrupting the channel.
    """
    sys.stdout.flush()
    protocol_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return sys.stdin.buffer, os.fdopen(protocol_fd, "wb", buffering=0)


def main(args, config) -> int:
    """Run the native host for the caller in ``args``; return the exit code."""
    stdin, stdout = protocol_streams()
    try:
        caller = check_caller(args, config)
    except CallerRefused as refusal:
        # Not a word on stdout: the browser closes the port and logs stderr.
        print(f"Promptvagt: afviser kalderen (refusing the caller): {refusal}", file=sys.stderr)
        return 2
    log.info("Native host started for %s", caller)
    forwarder = _start_forwarding(config)
    slot = ScannerSlot()
    slot.load_in_background(spacy_model_candidates(config))

    def make_app():
        from .. import create_app

        return create_app({"PORT": 0}, scanner=slot)

    from .ondemand import OnDemandDashboard

    dashboard = OnDemandDashboard(make_app, idle_s=config.get("DASHBOARD_IDLE_MINUTES", 15) * 60)
    host = NativeHost(config, slot, stdin, stdout, dashboard=dashboard)
    code = host.run()
    if forwarder is not None:
        forwarder.stop()
    log.info("Native host stopped")
    return code


def _start_forwarding(config):
    """Forward near-misses while the host runs, if the policy or the environment asks (issue 13)."""
    from .. import policy
    from ..nearmiss import forwarding

    policy.apply(config)
    try:
        return forwarding.start(config)
    except ValueError as error:  # an unusable target must not cost the user the scanner
        log.warning("%s", error)
        return None
