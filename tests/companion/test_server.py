"""The real waitress server in a thread: loopback addresses, size limits, slow clients, quiet failures.

These run through the same ``server.create_server`` as ``promptvagt serve``,
so they test waitress's own limits (which act before the app sees anything)
as configured, not just Flask's.
"""

import http.client
import json
import logging
import select
import socket
import threading
import time

import pytest
from flask import Response
from waitress import wasyncore

from companion import create_app

from companion.transport import server

from .nearmiss import CPR


def test_default_listens_on_both_loopback_addresses():
    assert server.listen_addresses("127.0.0.1", 8640, lambda port: True) == ["127.0.0.1:8640", "[::1]:8640"]
    assert server.listen_addresses("localhost", 8640, lambda port: True) == ["127.0.0.1:8640", "[::1]:8640"]


def test_without_ipv6_it_falls_back_to_ipv4_with_a_warning(caplog):
    assert server.listen_addresses("127.0.0.1", 8640, lambda port: False) == ["127.0.0.1:8640"]
    assert "IPv6" in caplog.text


def test_explicit_addresses_are_kept():
    assert server.listen_addresses("::1", 8640) == ["[::1]:8640"]
    assert server.listen_addresses("10.0.0.5", 8640) == ["10.0.0.5:8640"]


def test_waitress_limits_are_tight():
    options = server.WAITRESS_OPTIONS
    assert server.APP_MAX_BODY < options["max_request_body_size"] < options["inbuf_overflow"]
    assert options["max_request_header_size"] <= 64 * 1024
    assert options["channel_timeout"] <= 30 and options["connection_limit"] <= 100
    assert options["expose_tracebacks"] is False


class Running:
    """waitress in a thread, stopped from that same thread (closing its sockets from
    another thread would pull them out from under a running poll)."""

    def __init__(self, app, ipv6=False, port=0):
        self.server = server.create_server(app, "127.0.0.1", port, lambda port: ipv6)
        self.port = port or self.server.effective_port
        app.config["PORT"] = self.port
        self.map = getattr(self.server, "map", None) or self.server._map
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self.stopping.is_set():
            wasyncore.loop(timeout=0.05, map=self.map, use_poll=True, count=1)
        self.server.task_dispatcher.shutdown()
        wasyncore.close_all(self.map)

    def connection(self, host="127.0.0.1", timeout=10):
        return http.client.HTTPConnection(host, self.port, timeout=timeout)

    def raw(self, data: bytes, timeout=10) -> bytes:
        """Send bytes piece by piece and stop once the server answers.

        The server may answer and close before it has read everything; data
        it never read makes the kernel reset the connection, which would
        throw the answer away. Pausing after each piece lets it read all.
        """
        answer = b""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            try:
                for start in range(0, len(data), 8192):
                    sock.sendall(data[start : start + 8192])
                    if select.select([sock], [], [], 0.02)[0]:
                        break
                while chunk := sock.recv(65536):
                    answer += chunk
            except (ConnectionError, TimeoutError):
                pass
        return answer

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=5)


@pytest.fixture
def served(scanner, tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path)}, scanner=scanner)

    @app.get("/test-only/stream-fails")
    def stream_fails():
        def chunks():
            yield "first line\n"
            raise ValueError(f"the draft was: cpr {CPR}")

        return Response(chunks(), mimetype="text/plain")

    running = Running(app)
    yield running
    running.stop()


def status_of(answer: bytes) -> bytes:
    return answer.split(b" ", 2)[1] if answer.startswith(b"HTTP/1.") else answer[:20]


def post(running, body: bytes, content_type="application/json"):
    conn = running.connection()
    conn.request("POST", "/api/v1/scan", body=body, headers={"Content-Type": content_type})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


def test_scan_through_waitress(served):
    status, data = post(served, json.dumps({"text": f"cpr {CPR}"}).encode())
    assert status == 200 and json.loads(data)["verdict"] == "block"


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        (b"{not json", "application/json", 400),
        (b'{"text": "\xff\xfe"}', "application/json", 400),
        (b"[" * 200_000, "application/json", 400),
        (b'{"text": "hej"}', "text/plain", 415),
        (json.dumps({"text": "x" * 200_001}).encode(), "application/json", 413),
    ],
)
def test_bad_bodies_get_json_4xx(served, body, content_type, status):
    got, data = post(served, body, content_type)
    assert got == status
    assert json.loads(data)["error"]


def test_body_over_the_app_limit_gets_json_413_with_the_limit(served):
    got, data = post(served, b"x" * (server.APP_MAX_BODY + 10))
    assert got == 413
    assert str(server.APP_MAX_BODY) in json.loads(data)["message"]


def test_huge_declared_body_is_refused_without_being_read(served):
    started = time.monotonic()
    answer = served.raw(
        b"POST /api/v1/scan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000000000\r\n\r\n",
        timeout=5,
    )
    assert status_of(answer) == b"413"
    assert time.monotonic() - started < 5


def test_endless_chunked_body_is_cut_off(served):
    chunk = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/scan HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        answer = b""
        try:
            for _ in range(2 * server.WAITRESS_OPTIONS["max_request_body_size"] // 65536):
                sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            answer = sock.recv(65536)
        except ConnectionResetError:
            pass
    assert answer == b"" or status_of(answer) == b"413"


def test_oversized_headers_get_431(served):
    answer = served.raw(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n")
    assert status_of(answer) == b"431"


def test_a_stalled_client_does_not_block_others(served):
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as stalled:
        # Promise 100 bytes, send 10, then go quiet.
        stalled.sendall(b"POST /api/v1/scan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n0123456789")
        conn = served.connection(timeout=5)
        conn.request("GET", "/health")
        assert conn.getresponse().status == 200
        conn.close()


def test_failure_while_streaming_logs_no_data(served, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    conn = served.connection()
    conn.request("GET", "/test-only/stream-fails")
    try:
        conn.getresponse().read()
    except (http.client.HTTPException, ConnectionError):
        pass  # waitress cuts the response short, as it should
    conn.close()
    deadline = time.monotonic() + 5
    while "Exception while serving" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "Exception while serving" in caplog.text
    assert "ValueError" in caplog.text
    out, err = capfd.readouterr()
    for text in (caplog.text, out, err):
        assert CPR not in text and "the draft was" not in text


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback on this machine")
def test_companion_answers_on_ipv6_loopback(scanner, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app({"DATA_DIR": str(tmp_path)}, scanner=scanner)
    running = Running(app, ipv6=True, port=port)
    try:
        assert sorted(h for h, _ in running.server.effective_listen) == ["127.0.0.1", "::1"]
        for host in ("127.0.0.1", "::1"):
            conn = running.connection(host, timeout=5)
            conn.request("GET", "/health")
            assert conn.getresponse().status == 200
            conn.close()
    finally:
        running.stop()
