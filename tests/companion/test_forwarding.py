"""Forwarding near-misses (issue 13): targets, the record that leaves the PC, RFC 5424, the Windows
Event Log records, the durable queue, the senders against local sockets, and the machine policy.

The real syslog daemon (rsyslog) is in tests/e2e/test_forwarding_rsyslog.py; the Windows branch is tested
here through its records and a fake advapi32, and has not been run on Windows.
"""

import json
import os
import re
import socket
import threading
import time
import types
from datetime import timedelta

import pytest

from companion import create_app, policy
from companion.nearmiss import eventlog, forwarding, store, syslog
from companion.nearmiss.forwarding import Forwarder, Target, parse_target
from companion.nearmiss.syslog import SendError

from .nearmiss import CPR, NAME, event, seed


def queue_ids(db):
    return [row[0] for row in db.execute("select event_id from forward_queue order by rowid")]


RECORD = {
    "v": 1, "id": "5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10", "time": "2024-05-06T09:30:00Z", "site": "chatgpt",
    "page_kind": "chat", "verdict": "block", "action": "redacted", "detector": "companion",
    "extension_version": "0.2.0", "companion_version": "0.1.0", "org_unit": "Børn og Unge", "findings": 3,
    "kinds": {"DK_CPR": 1, "PERSON": 2},
}  # fmt: skip


# -- targets and the record ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", None),
        ("off", None),
        ("syslog", Target("local")),
        ("eventlog", Target("eventlog")),
        ("syslog+tcp://logs.kommune.dk:6514", Target("tcp", "logs.kommune.dk", 6514)),
        ("syslog+udp://10.0.0.5:514", Target("udp", "10.0.0.5", 514)),
        ("syslog+tcp://[::1]:514", Target("tcp", "::1", 514)),
        ("syslog+unix:///run/rsyslog/log.sock", Target("local", "/run/rsyslog/log.sock")),
    ],
)
def test_targets(text, expected):
    assert parse_target(text) == expected
    if expected is not None:
        assert parse_target(str(expected)) == expected


@pytest.mark.parametrize(
    "text", ["syslog+tcp://logs", "tcp://logs:514", "syslog+tcp://logs:99999", "syslog+tcp://:514", "http://x:1/a"]
)
def test_unusable_targets_are_refused_in_danish(text):
    with pytest.raises(ValueError, match="Ukendt mål for videresendelse"):
        parse_target(text)


def test_the_record_holds_codes_and_counts_only(db, scanner):
    body = event(kinds=("DK_CPR", "PERSON"), action="sent_anyway", reason="Kursusmateriale")
    [row] = seed(db, scanner, [body])
    [pending] = forwarding.pending(_enabled(db, body), 10)
    record = forwarding.forward_record(pending, pending["kinds"], "Børn og Unge", "0.1.0")
    assert set(record) == {
        "v", "id", "time", "site", "page_kind", "verdict", "action", "detector",
        "extension_version", "companion_version", "org_unit", "findings", "kinds",
    }  # fmt: skip
    assert record["kinds"] == {"DK_CPR": 1, "PERSON": 1} and record["findings"] == 2
    assert record["time"].endswith(":00Z") and record["time"][:16] == row["time"][:16]
    assert "Kursusmateriale" not in json.dumps(record)  # the reason stays on the PC


def _enabled(db, body):
    """Queue an already stored event (as the trigger would have with forwarding on)."""
    db.execute("insert into forward_queue (event_id, queued) values (?, 'x')", [body["id"]])
    return db


@pytest.mark.parametrize(
    "label, expected",
    [("Børn og Unge", "Børn og Unge"), ("  Teknik &  Miljø ", "Teknik & Miljø"), ("", None), (None, None),
     ("x" * 65, None), ('Jobcenter"] evil', None), ("Ældre\nPleje", "Ældre Pleje"), ("-rm", None)],
)  # fmt: skip
def test_org_unit_labels(label, expected):
    assert forwarding.clean_org_unit(label) == expected


# -- RFC 5424 and the local daemon's format -------------------------------------------------


def test_rfc5424_message():
    message = syslog.rfc5424(RECORD).decode("utf-8")
    header, sd, msg = re.fullmatch(r"(<\d+>1 \S+ - promptvagt - nearmiss) (\[.*\]) (\{.*\})", message).groups()
    assert header == "<13>1 2024-05-06T09:30:00Z - promptvagt - nearmiss"  # user.notice, no host name
    assert sd.startswith('[promptvagt@32473 v="1" id="5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10" site="chatgpt"')
    assert 'org_unit="Børn og Unge" findings="3" DK_CPR="1" PERSON="2"]' in sd
    assert json.loads(msg) == RECORD and msg.isascii()
    warning = syslog.rfc5424({**RECORD, "action": "sent_anyway"}).decode()
    assert warning.startswith("<12>1 ")


def test_structured_data_escapes_what_rfc5424_requires():
    sd = syslog.structured_data({**RECORD, "org_unit": 'a"b]c\\d'})
    assert 'org_unit="a\\"b\\]c\\\\d"' in sd


def test_empty_values_are_left_out_of_the_structured_data():
    sd = syslog.structured_data({**RECORD, "org_unit": None, "kinds": {}, "findings": 0})
    assert "org_unit" not in sd and 'findings="0"' in sd


def test_local_daemon_gets_the_syslog3_header():
    message = syslog.local_message(RECORD).decode()
    assert re.fullmatch(r"<13>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d promptvagt: \{.*\}", message)
    assert json.loads(message.split(": ", 1)[1]) == RECORD


# -- Windows Event Log (records only: not run on Windows) -----------------------------------


def test_event_log_records():
    entry = eventlog.event_record(RECORD)
    assert entry["event_id"] == 1001 and entry["event_type"] == eventlog.EVENTLOG_INFORMATION_TYPE
    assert json.loads(entry["strings"][0]) == RECORD
    fields = dict(zip(eventlog.FIELDS, entry["strings"][1:]))
    assert fields["kinds"] == "DK_CPR=1 PERSON=2" and fields["org_unit"] == "Børn og Unge"
    assert fields["findings"] == "3" and fields["action"] == "redacted"
    sent = eventlog.event_record({**RECORD, "action": "sent_anyway", "org_unit": None})
    assert sent["event_id"] == 1004 and sent["event_type"] == eventlog.EVENTLOG_WARNING_TYPE
    assert dict(zip(eventlog.FIELDS, sent["strings"][1:]))["org_unit"] == ""
    assert {eventlog.event_record({**RECORD, "action": a})["event_id"] for a in eventlog.EVENT_IDS} == {
        1001, 1002, 1003, 1004,
    }  # fmt: skip


class FakeAdvapi:
    def __init__(self, accept=True):
        self.accept = accept
        self.reported, self.closed = [], 0

    def RegisterEventSourceW(self, server, source):  # noqa: N802 (the Win32 name)
        assert server is None and source == "Promptvagt"
        return 42

    def ReportEventW(self, handle, kind, category, event_id, sid, count, size, strings, data):  # noqa: N802
        assert handle == 42 and sid is None and data is None
        self.reported.append((event_id, kind, [strings[i] for i in range(count)]))
        return self.accept

    def DeregisterEventSource(self, handle):  # noqa: N802
        self.closed += 1
        return True


def test_event_log_sender_writes_one_record_per_event():
    api = FakeAdvapi()
    eventlog.EventLogSender(api).send([RECORD, {**RECORD, "action": "cancelled"}])
    assert [(i, k) for i, k, _ in api.reported] == [(1001, 4), (1003, 4)]
    assert json.loads(api.reported[0][2][0]) == RECORD and api.closed == 1


def test_a_refused_event_log_write_keeps_the_batch():
    api = FakeAdvapi(accept=False)
    with pytest.raises(SendError, match="ReportEventW"):
        eventlog.EventLogSender(api).send([RECORD])
    assert api.closed == 1


def test_eventlog_elsewhere_than_windows_is_a_send_error_not_a_crash():
    if os.name == "nt":
        pytest.skip("on Windows the real Event Log is there")
    with pytest.raises(SendError, match="kun på Windows"):
        eventlog.EventLogSender()


# -- the durable queue --------------------------------------------------------------------


def test_new_events_are_queued_once_only_when_forwarding_is_on(db, scanner):
    before = event()
    seed(db, scanner, [before])
    forwarding.set_enabled(db, True)
    first, second = event(), event()
    seed(db, scanner, [first, second])
    seed(db, scanner, [first])  # the extension resends: stored once, queued once
    assert queue_ids(db) == [first["id"], second["id"]]
    assert forwarding.set_enabled(db, False) == 2  # off empties the queue
    seed(db, scanner, [event()])
    assert queue_ids(db) == []


def test_deleting_events_takes_them_out_of_the_queue(db, scanner):
    forwarding.set_enabled(db, True)
    old, new = event(ago=timedelta(days=200)), event()
    seed(db, scanner, [old, new])
    store.purge_expired(db, 180)
    assert queue_ids(db) == [new["id"]]
    store.delete_all(db)
    assert queue_ids(db) == []


class FakeSender:
    def __init__(self, fail_after=None):
        self.batches, self.fail_after, self.closed = [], fail_after, False

    def send(self, records):
        if self.fail_after is not None and len(self.batches) >= self.fail_after:
            raise SendError("down")
        self.batches.append([r["id"] for r in records])

    def close(self):
        self.closed = True


def test_forwarder_delivers_in_order_and_empties_the_queue(db, scanner, tmp_path):
    forwarding.set_enabled(db, True)
    bodies = [event() for _ in range(7)]
    seed(db, scanner, bodies)
    sender = FakeSender()
    forwarder = Forwarder(tmp_path / "promptvagt.db", Target("tcp", "x", 1), sender=sender, batch=3)
    assert forwarder.deliver() == 7
    assert [i for batch in sender.batches for i in batch] == [b["id"] for b in bodies]
    assert [len(b) for b in sender.batches] == [3, 3, 1]
    assert queue_ids(db) == []
    forwarder.stop()


def test_a_failed_batch_stays_queued_and_is_sent_again(db, scanner, tmp_path):
    forwarding.set_enabled(db, True)
    bodies = [event() for _ in range(5)]
    seed(db, scanner, bodies)
    forwarder = Forwarder(tmp_path / "promptvagt.db", Target("tcp", "x", 1), sender=FakeSender(fail_after=1), batch=2)
    with pytest.raises(SendError):
        forwarder.deliver()
    assert queue_ids(db) == [b["id"] for b in bodies[2:]]
    forwarder.sender = FakeSender()
    assert forwarder.deliver() == 3
    assert [i for batch in forwarder.sender.batches for i in batch] == [b["id"] for b in bodies[2:]]
    forwarder.stop()


def test_only_one_sender_per_database(db, scanner, tmp_path):
    forwarding.set_enabled(db, True)
    seed(db, scanner, [event()])
    first = Forwarder(tmp_path / "promptvagt.db", Target("tcp", "x", 1), sender=FakeSender())
    second = Forwarder(tmp_path / "promptvagt.db", Target("tcp", "x", 1), sender=FakeSender())
    assert first._lock.acquire()
    assert second.deliver() == 0 and second.sender.batches == []
    first.stop()
    assert second.deliver() == 1
    second.stop()


# -- the senders against real local sockets --------------------------------------------------


class TcpCollector:
    """A tiny syslog receiver: octet-counted frames in, one list of messages out."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.messages, self.connections = [], []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn):
        buffer = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b" " in buffer:
                length, rest = buffer.split(b" ", 1)
                if len(rest) < int(length):
                    break
                self.messages.append(rest[: int(length)].decode())
                buffer = rest[int(length) :]

    def drop_connections(self):
        for conn in self.connections:
            conn.close()
        self.connections.clear()

    def close(self):
        self.drop_connections()
        self.server.close()


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_tcp_sender_delivers_and_reconnects_after_the_daemon_closed():
    collector = TcpCollector()
    sender = syslog.TcpSender("127.0.0.1", collector.port, confirm_s=0.05)
    try:
        sender.send([RECORD])
        collector.drop_connections()  # a daemon restart closes our connection
        time.sleep(0.05)
        sender.send([{**RECORD, "id": "second"}])
        wait_for(lambda: len(collector.messages) == 2)
        assert [json.loads(m.split(" ", 7)[7].split("] ", 1)[1])["id"] for m in collector.messages] == [
            RECORD["id"], "second",
        ]  # fmt: skip
    finally:
        sender.close()
        collector.close()


def test_tcp_sender_without_a_daemon_raises_a_send_error_without_data():
    port = socket.create_server(("127.0.0.1", 0))
    free = port.getsockname()[1]
    port.close()
    with pytest.raises(SendError) as raised:
        syslog.TcpSender("127.0.0.1", free).send([RECORD])
    assert "ECONNREFUSED" in str(raised.value) and RECORD["id"] not in str(raised.value)


def test_udp_sender_notices_a_closed_port_on_this_machine():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        port = receiver.getsockname()[1]
        sender = syslog.UdpSender("127.0.0.1", port)
        sender.send([RECORD])
        assert receiver.recv(65536) == syslog.rfc5424(RECORD)
    with pytest.raises(SendError):
        sender.send([RECORD])
        sender.send([RECORD])  # the refusal may be reported on the next send
    sender.close()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_local_sender(tmp_path):
    path = str(tmp_path / "log.sock")
    with pytest.raises(SendError, match="lokale syslog"):
        syslog.LocalSender(path).send([RECORD])
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as daemon:
        daemon.bind(path)
        syslog.LocalSender(path).send([RECORD])
        assert b"promptvagt: {" in daemon.recv(65536)


# -- the companion with forwarding on ------------------------------------------------------


def test_companion_forwards_what_the_api_stored_and_never_a_value(scanner, tmp_path, caplog):
    collector = TcpCollector()
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path), "FORWARD": f"syslog+tcp://127.0.0.1:{collector.port}",
         "ORG_UNIT": "Børn og Unge", "POLICY_FILE": str(tmp_path / "no-policy.json")},
        scanner=scanner,
    )  # fmt: skip
    forwarder = app.extensions["promptvagt.forwarder"]
    try:
        client = app.test_client()
        bodies = [event(kinds=("DK_CPR", "PERSON")), event(action="sent_anyway", reason="Kursusmateriale")]
        for body in bodies:
            assert client.post("/api/v1/events", json=body).status_code == 201
        assert client.post("/api/v1/events", json=bodies[0]).status_code == 200  # a resend
        refused = event(action="sent_anyway", reason=f"{NAME} {CPR}")
        assert client.post("/api/v1/events", json=refused).status_code == 422
        forwarder.wake()
        wait_for(lambda: len(collector.messages) >= 2)
        time.sleep(0.3)
        assert len(collector.messages) == 2
        received = "\n".join(collector.messages)
        assert [json.loads(m.rsplit("] ", 1)[1])["id"] for m in collector.messages] == [b["id"] for b in bodies]
        assert 'org_unit="Børn og Unge"' in received and 'DK_CPR="1" PERSON="1"' in received
        for secret in (CPR, NAME, "Kursusmateriale", "0707XX-XXXX", "H. J."):
            assert secret not in received
    finally:
        forwarder.stop()
        collector.close()
    assert not [r for r in caplog.records if CPR in r.getMessage() or NAME in r.getMessage()]


def test_forwarding_off_by_default_and_a_bad_target_stops_the_start(scanner, tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path)}, scanner=scanner)
    assert "promptvagt.forwarder" not in app.extensions
    with pytest.raises(ValueError, match="Ukendt mål"):
        create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "FORWARD": "ftp://x"}, scanner=scanner)


# -- the machine policy ---------------------------------------------------------------------


def test_policy_file_wins_over_the_environment_and_the_cli(scanner, tmp_path):
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps({"forward": "off", "orgUnit": "Teknik og Miljø", "other": 1}))
    config = {"FORWARD": "syslog", "ORG_UNIT": "", "POLICY_FILE": str(policy_file)}
    assert policy.apply(config) == {"forward": "off", "orgUnit": "Teknik og Miljø"}
    assert config["FORWARD"] == "off" and config["ORG_UNIT"] == "Teknik og Miljø"
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path), "FORWARD": "syslog", "POLICY_FILE": str(policy_file)},
        scanner=scanner,
    )
    assert "promptvagt.forwarder" not in app.extensions


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"forward": 5}'])
def test_unreadable_policies_are_ignored(tmp_path, content):
    path = tmp_path / "policy.json"
    path.write_text(content)
    assert policy.read_policy(path) == {}


def test_windows_policy_comes_from_the_registry():
    values = {"Forward": ("syslog+tcp://logs.kommune.dk:6514", 1), "OrgUnit": (5, 4)}

    class Key:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def open_key(root, path):
        assert root == "HKLM" and path == r"SOFTWARE\Policies\Promptvagt"
        return Key()

    def query(key, name):
        if name not in values:
            raise FileNotFoundError(name)
        return values[name]

    fake = types.SimpleNamespace(
        HKEY_LOCAL_MACHINE="HKLM", REG_SZ=1, REG_EXPAND_SZ=2, OpenKey=open_key, QueryValueEx=query
    )
    assert policy.read_policy(winreg=fake) == {"forward": "syslog+tcp://logs.kommune.dk:6514"}  # a DWORD is ignored

    def missing(root, path):
        raise FileNotFoundError(path)

    assert policy.read_policy(winreg=types.SimpleNamespace(**{**vars(fake), "OpenKey": missing})) == {}


def test_one_running_sender_per_database_in_a_process(tmp_path):
    """The native host and the dashboard it starts on demand share one sender."""
    config = {"DATA_DIR": str(tmp_path), "FORWARD": "syslog+udp://127.0.0.1:9", "ORG_UNIT": ""}
    first = forwarding.start(config)
    try:
        assert forwarding.start(dict(config)) is first and first.running
        other = forwarding.start({**config, "FORWARD": "syslog+udp://127.0.0.1:10"})
        assert other is not first and not first.running and other.running
        assert forwarding.start({**config, "FORWARD": ""}) is None and not other.running
    finally:
        first.stop()
        other.stop()


def test_the_native_host_forwards_what_it_stored(tmp_path):
    """The browser starts the native host, not ``serve``: it forwards too, while it runs."""
    import subprocess
    import sys

    from companion.config import EXTENSION_ID
    from companion.transport.native import encode_frame

    collector = TcpCollector()
    env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(tmp_path / "data"),
           "PROMPTVAGT_FORWARD": f"syslog+tcp://127.0.0.1:{collector.port}"}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "companion.cli", "native-host", f"chrome-extension://{EXTENSION_ID}/"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        body = event(kinds=("DK_CPR", "PERSON"))
        process.stdin.write(encode_frame({"id": 1, "type": "event", "body": body}))
        process.stdin.flush()
        wait_for(lambda: collector.messages, timeout=60)
        assert json.loads(collector.messages[0].rsplit("] ", 1)[1])["id"] == body["id"]
    finally:
        process.stdin.close()
        process.wait(timeout=60)
        process.stdout.close()
        process.stderr.close()
        collector.close()
