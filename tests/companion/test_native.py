"""Native messaging: framing, limits, bad input, callers, and the same bodies as the HTTP API.

In-process against ``NativeHost`` with byte streams, and once as the real
process the browser starts, to show that stdout carries protocol only and
that the host ends when stdin closes.
"""

import io
import json
import os
import struct
import subprocess
import sys

import pytest

from companion.config import EXTENSION_ID, FIREFOX_ADDON_ID, from_environment
from companion.detection.analysis import Scanner
from companion.detection.nlp import load_pipeline
from companion.transport import native
from companion.transport.native import CallerRefused, NativeHost, check_caller
from companion.transport.warmup import ScannerSlot

from .nearmiss import CPR, NAME, event

ORIGIN = f"chrome-extension://{EXTENSION_ID}/"
PROMPT = f"Borgeren {NAME} har cpr {CPR}"


def frame(message) -> bytes:
    data = message if isinstance(message, bytes) else json.dumps(message).encode("utf-8")
    return struct.pack("=I", len(data)) + data


def frames(data: bytes) -> list[dict]:
    """Split a host's stdout into messages; fail on anything that is not a whole frame."""
    out, at = [], 0
    while at < len(data):
        assert len(data) - at >= 4, "stdout holds bytes that are not a frame"
        (length,) = struct.unpack("=I", data[at : at + 4])
        body = data[at + 4 : at + 4 + length]
        assert len(body) == length, "stdout holds a cut-off frame"
        out.append(json.loads(body.decode("utf-8")))
        at += 4 + length
    return out


class Trickle:
    """A stdin that hands out at most one byte per read, as a raw pipe may."""

    def __init__(self, data: bytes):
        self._data = io.BytesIO(data)

    def read(self, size=-1):
        return self._data.read(1 if size != 0 else 0)


@pytest.fixture
def config(tmp_path):
    return {**from_environment({}), "DATA_DIR": str(tmp_path)}


@pytest.fixture
def run_host(config, scanner):
    """``run_host(stdin_bytes, slot=None) -> (exit code, replies by id, raw stdout)``."""

    def run(data, slot=None, stdin=None):
        stdout = io.BytesIO()
        host = NativeHost(config, slot or ScannerSlot.ready(scanner), stdin or io.BytesIO(data), stdout)
        code = host.run()
        replies = frames(stdout.getvalue())
        return code, replies, stdout.getvalue()

    return run


def by_id(replies):
    return {reply["id"]: reply for reply in replies}


# -- the same bodies as HTTP --------------------------------------------------------------


def test_scan_and_health_bodies_are_the_http_apis(run_host, client):
    code, replies, _ = run_host(
        frame({"id": 1, "type": "scan", "body": {"text": PROMPT, "site": "chatgpt"}}) + frame({"id": "h", "type": "health"})
    )
    assert code == 0
    replies = by_id(replies)
    over_http = client.post("/api/v1/scan", json={"text": PROMPT, "site": "chatgpt"}).get_json()
    scan = replies[1]
    assert scan["status"] == 200
    assert {**scan["body"], "elapsed_ms": 0} == {**over_http, "elapsed_ms": 0}
    assert scan["body"]["verdict"] == "block"
    assert replies["h"] == {"id": "h", "status": 200, "body": client.get("/health").get_json()}


def test_event_is_stored_once_with_the_http_statuses(run_host, config, client):
    body = event(kinds=("DK_CPR", "PERSON"))
    code, replies, _ = run_host(frame({"id": 1, "type": "event", "body": body}))
    assert by_id(replies)[1] == {"id": 1, "status": 201, "body": {"id": body["id"], "created": True}}
    # A second host on the same data folder: the repeat is acknowledged, not stored again.
    _, replies, _ = run_host(frame({"id": 2, "type": "event", "body": body}))
    assert by_id(replies)[2]["status"] == 200
    assert by_id(replies)[2]["body"]["created"] is False
    client.application.config["DATA_DIR"] = config["DATA_DIR"]
    assert client.get("/api/v1/events").get_json()["total"] == 1


@pytest.mark.parametrize(
    "body, status",
    [
        ({"text": 12}, 400),
        ({"text": "hej", "extra": 1}, 400),
        ({"site": "chatgpt"}, 400),
        ({"text": "x" * 200_001}, 413),
    ],
)
def test_scan_refusals_match_http(run_host, client, body, status):
    _, replies, _ = run_host(frame({"id": 7, "type": "scan", "body": body}))
    reply = by_id(replies)[7]
    over_http = client.post("/api/v1/scan", json=body)
    assert (reply["status"], reply["body"]) == (over_http.status_code, over_http.get_json()) == (status, reply["body"])


def test_event_refusal_matches_http_and_names_no_value(run_host, client):
    body = event(findings=[{"entity_type": "DK_CPR", "severity": "block", "masked": CPR}])
    _, replies, raw = run_host(frame({"id": 3, "type": "event", "body": body}))
    reply = by_id(replies)[3]
    over_http = client.post("/api/v1/events", json=body)
    assert reply["status"] == over_http.status_code == 422
    assert reply["body"] == over_http.get_json()
    assert CPR.encode() not in raw


# -- framing and bad input ----------------------------------------------------------------


def test_messages_split_across_reads_are_put_together(run_host):
    data = frame({"id": 1, "type": "health"}) + frame({"id": 2, "type": "scan", "body": {"text": "Hej"}})
    code, replies, _ = run_host(None, stdin=Trickle(data))
    assert code == 0
    assert sorted(r["id"] for r in replies) == [1, 2]


def test_message_over_the_limit_is_refused_and_the_next_is_read(run_host, monkeypatch):
    monkeypatch.setattr(native, "MAX_REQUEST_BYTES", 1_000)
    big = frame({"id": 1, "type": "scan", "body": {"text": f"{PROMPT} " + "x" * 2_000}})
    code, replies, raw = run_host(big + frame({"id": 2, "type": "health"}))
    assert code == 0
    too_big, health = replies if replies[0]["id"] is None else replies[::-1]
    assert too_big["status"] == 413 and "1000" in too_big["body"]["message"]
    assert health["id"] == 2 and health["status"] == 200
    assert CPR.encode() not in raw


@pytest.mark.parametrize(
    "message, fragment",
    [
        (b'{"id": 1, "type": "scan", "body": {"text": "cpr 070761-0913"', "ikke gyldig JSON"),
        (b"\xff\xfe{}", "ikke gyldig UTF-8"),
        (b'["scan"]', "JSON-objekt"),
        (b'"health"', "JSON-objekt"),
    ],
)
def test_unreadable_message_gets_an_error_and_the_next_is_read(run_host, message, fragment):
    code, replies, raw = run_host(frame(message) + frame({"id": 9, "type": "health"}))
    assert code == 0
    error, health = (replies[0], replies[1]) if replies[0]["id"] is None else (replies[1], replies[0])
    assert error["status"] == 400 and fragment in error["body"]["message"]
    assert health["status"] == 200
    assert b"070761" not in raw


@pytest.mark.parametrize(
    "message, fragment",
    [
        ({"id": 4, "type": "shutdown"}, "Ukendt type"),
        ({"id": 4}, "'type' mangler"),
        ({"id": 4, "type": "scan", "body": ["text"]}, "'body'"),
        ({"id": 4, "type": "scan", "text": "hej"}, "Ukendte felter"),
        ({"id": 4, "type": "health", "body": {"verbose": True}}, "Ukendte felter"),
    ],
)
def test_bad_request_is_answered_with_its_id(run_host, message, fragment):
    _, replies, _ = run_host(frame(message))
    [reply] = replies
    assert reply["id"] == 4 and reply["status"] == 400 and fragment in reply["body"]["message"]


@pytest.mark.parametrize("request_id", [None, [1], {"a": 1}, True, "x" * 101])
def test_bad_id_is_refused(run_host, request_id):
    _, [reply], _ = run_host(frame({"id": request_id, "type": "health"}))
    assert reply["id"] is None and reply["status"] == 400


def test_reply_over_the_browser_limit_becomes_a_413(run_host, monkeypatch):
    monkeypatch.setattr(native, "MAX_REPLY_BYTES", 300)
    _, [reply], raw = run_host(frame({"id": 5, "type": "scan", "body": {"text": f"{PROMPT}. {PROMPT}."}}))
    assert reply == {"id": 5, "status": 413, "body": reply["body"]}
    assert reply["body"]["error"] == "reply_too_large"
    assert CPR.encode() not in raw and b"0707XX" not in raw


def test_stream_cut_inside_a_message_ends_the_host_after_answering_what_came_before(run_host):
    cut = frame({"id": 2, "type": "health"})[:-3]
    code, replies, _ = run_host(frame({"id": 1, "type": "health"}) + cut)
    assert code == 1
    assert [r["id"] for r in replies] == [1]


def test_impossible_length_ends_the_host(run_host):
    code, replies, _ = run_host(struct.pack("=I", native.MAX_FRAME_BYTES + 1) + b"{}")
    assert (code, replies) == (1, [])


def test_empty_stdin_is_a_clean_end(run_host):
    assert run_host(b"")[:2] == (0, [])


def test_internal_error_logs_the_type_only(run_host, scanner, caplog):
    class Failing:
        pipeline = scanner.pipeline
        recognizer_names = []

        def scan(self, text):
            raise ValueError(f"could not scan {text}")

    _, [reply], raw = run_host(frame({"id": 1, "type": "scan", "body": {"text": PROMPT}}), slot=Failing())
    assert reply["status"] == 500 and reply["body"]["error"] == "internal"
    assert CPR not in caplog.text and NAME not in caplog.text
    assert "ValueError" in caplog.text
    assert CPR.encode() not in raw


# -- while the model loads ----------------------------------------------------------------


@pytest.fixture(scope="module")
def rules_scanner():
    return Scanner(load_pipeline(()))


def test_while_starting_health_says_so_and_scans_are_marked_rules_only(run_host, rules_scanner):
    slot = ScannerSlot()
    slot._set(rules_scanner, full=False)
    _, replies, _ = run_host(
        frame({"id": 1, "type": "health"}) + frame({"id": 2, "type": "scan", "body": {"text": PROMPT}}), slot=slot
    )
    replies = by_id(replies)
    assert replies[1]["body"]["status"] == "starting"
    assert replies[1]["body"]["model"] is None
    assert "indlæses" in replies[1]["body"]["reason"]
    scan = replies[2]["body"]
    assert scan["rules_only"] is True
    assert scan["verdict"] == "block"  # the CPR number: the rules protect from the first second


def test_health_answers_before_any_scanner_exists(run_host):
    _, [reply], _ = run_host(frame({"id": 1, "type": "health"}), slot=ScannerSlot())
    assert reply["body"]["status"] == "starting"
    assert reply["body"]["recognizers"] == []


def test_full_scanner_drops_the_mark(run_host, rules_scanner, scanner):
    slot = ScannerSlot()
    slot._set(rules_scanner, full=False)
    slot._set(scanner, full=True)
    _, [reply], _ = run_host(frame({"id": 1, "type": "scan", "body": {"text": PROMPT}}), slot=slot)
    assert "rules_only" not in reply["body"]


# -- callers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [ORIGIN],
        [ORIGIN.rstrip("/")],
        [ORIGIN, "--parent-window=4242"],  # Chrome on Windows
        ["/home/u/.mozilla/native-messaging-hosts/dk.promptvagt.companion.json", FIREFOX_ADDON_ID],
    ],
)
def test_allowed_callers(config, args):
    assert check_caller(args, config)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/"],
        ["https://chatgpt.com/"],
        ["/path/manifest.json", "someone-else@example.org"],
        [FIREFOX_ADDON_ID],
    ],
)
def test_refused_callers(config, args):
    with pytest.raises(CallerRefused):
        check_caller(args, config)


def test_store_ids_come_from_configuration(config):
    store_origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    config["EXTENSION_ORIGINS"] = f"chrome-extension://{EXTENSION_ID},{store_origin}"
    assert check_caller([store_origin + "/"], config)


# -- the real process ---------------------------------------------------------------------


def host_process(tmp_path, *args):
    env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(tmp_path / "data")}
    return subprocess.Popen(
        [sys.executable, "-m", "companion.cli", "native-host", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def test_real_process_writes_only_protocol_and_ends_with_stdin(tmp_path):
    body = event(kinds=("DK_CPR",))
    data = (
        frame({"id": 1, "type": "health"})
        + frame({"id": 2, "type": "scan", "body": {"text": PROMPT}})
        + frame(b"not json " + CPR.encode())
        + frame({"id": 3, "type": "event", "body": body})
    )
    process = host_process(tmp_path, ORIGIN)
    stdout, stderr = process.communicate(data, timeout=120)
    assert process.returncode == 0
    replies = frames(stdout)  # fails on any stray byte
    statuses = {reply["id"]: reply["status"] for reply in replies}
    assert statuses == {1: 200, 2: 200, None: 400, 3: 201}
    assert CPR.encode() not in stdout
    assert CPR.encode() not in stderr and NAME.encode() not in stderr


def test_real_process_refuses_a_foreign_origin_without_a_byte_on_stdout(tmp_path):
    process = host_process(tmp_path, "chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/")
    stdout, stderr = process.communicate(frame({"id": 1, "type": "health"}), timeout=60)
    assert process.returncode == 2
    assert stdout == b""
    assert b"afviser" in stderr


def test_dashboard_request_answers_the_on_demand_address(config, scanner):
    class Dashboard:
        def url(self):
            return "http://127.0.0.1:5555/?adgang=secret"

        def stop(self):
            pass

    stdout = io.BytesIO()
    NativeHost(config, ScannerSlot.ready(scanner), io.BytesIO(frame({"id": 1, "type": "dashboard"})), stdout,
               dashboard=Dashboard()).run()
    assert frames(stdout.getvalue()) == [{"id": 1, "status": 200, "body": {"url": "http://127.0.0.1:5555/?adgang=secret"}}]
