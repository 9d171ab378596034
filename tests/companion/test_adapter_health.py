"""Adapter health reports (issue 12, "fails loudly"): the extension says it could not guard a page.

``POST /api/v1/adapter-health`` and native messaging's ``adapter_health`` go
through one check (``requests.validate_health``); the reports are stored apart
from near-misses, shown on the dashboard, age out with the retention, go with
"Slet alt", and leave the PC only as a value-free record when forwarding is on.
"""

import io
import json
import struct
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from companion.config import from_environment
from companion.nearmiss import db as database
from companion.nearmiss import eventlog, forwarding, store, syslog
from companion.nearmiss.filters import parse_filter
from companion.nearmiss.report import read_inputs
from companion.transport.native import NativeHost
from companion.transport.requests import validate_health
from companion.transport.warmup import ScannerSlot

from .nearmiss import CPR, event, seed


def report(ago=timedelta(hours=1), **fields) -> dict:
    """A valid report body: ChatGPT's composer was not found."""
    return {
        "id": str(uuid.uuid4()),
        "time": (datetime.now(timezone.utc) - ago).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "host": "chatgpt.com",
        "adapter": "chatgpt",
        "problem": "composer_missing",
        "extension_version": "0.2.0",
        **fields,
    }


def post(client, body):
    return client.post("/api/v1/adapter-health", json=body)


def test_a_report_is_201_then_200_for_its_repeat_and_is_no_near_miss(client):
    body = report()
    first = post(client, body)
    assert (first.status_code, first.get_json()) == (201, {"id": body["id"], "created": True})
    again = post(client, {**body, "problem": "send_escaped"})
    assert (again.status_code, again.get_json()["created"]) == (200, False)
    # Nothing almost left: the near-miss figures do not count it.
    assert client.get("/api/v1/stats").get_json()["total"] == 0
    with client.application.app_context():
        [row] = store.health_summary(database.get_db(), parse_filter({}))
    assert (row["host"], row["adapter"], row["problem"], row["reports"]) == ("chatgpt.com", "chatgpt", "composer_missing", 1)


@pytest.mark.parametrize(
    "changes, status, fragment",
    [
        ({"text": "hej"}, 400, "Ukendte felter"),
        ({"host": None}, 400, "'host' skal være tekst"),
        ({"adapter": 3}, 400, "'adapter' skal være tekst"),
        ({"id": "1"}, 422, "'id' skal være et UUID"),
        ({"time": "2024-05-06 09:30"}, 422, "'time' skal være"),
        ({"host": "chatgpt.com/c/1?q=x"}, 422, "'host' skal være et værtsnavn"),
        ({"host": "ChatGPT.com"}, 422, "'host' skal være et værtsnavn"),
        ({"host": f"{CPR} Hansen"}, 422, "'host' skal være et værtsnavn"),
        ({"host": "x" * 64 + ".dk"}, 422, "'host' skal være et værtsnavn"),
        ({"adapter": "bing"}, 422, "Ukendt værdi for 'adapter'"),
        ({"problem": "slow"}, 422, "Ukendt værdi for 'problem'"),
        ({"extension_version": "nyeste"}, 422, "'extension_version'"),
    ],
)
def test_refusals_name_the_field_never_the_value(client, changes, status, fragment):
    response = post(client, report(**changes))
    assert response.status_code == status
    message = response.get_json()["message"]
    assert fragment in message
    for value in changes.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in message


def test_missing_fields_are_400(client):
    body = report()
    del body["problem"]
    assert post(client, body).status_code == 400


def test_native_messaging_answers_as_http(tmp_path, scanner, client):
    config = {**from_environment({}), "DATA_DIR": str(tmp_path)}
    good, bad = report(), report(host="chatgpt.com/c/1")
    data = b"".join(
        struct.pack("=I", len(raw)) + raw
        for raw in (json.dumps({"id": n, "type": "adapter_health", "body": b}).encode() for n, b in ((1, good), (2, bad)))
    )
    stdout = io.BytesIO()
    assert NativeHost(config, ScannerSlot.ready(scanner), io.BytesIO(data), stdout).run() == 0
    replies, raw, at = {}, stdout.getvalue(), 0
    while at < len(raw):
        (length,) = struct.unpack("=I", raw[at : at + 4])
        reply = json.loads(raw[at + 4 : at + 4 + length])
        replies[reply["id"]] = reply
        at += 4 + length
    assert replies[1] == {"id": 1, "status": 201, "body": {"id": good["id"], "created": True}}
    over_http = post(client, bad)
    assert (replies[2]["status"], replies[2]["body"]) == (over_http.status_code, over_http.get_json())
    with database.open_database(tmp_path / "promptvagt.db") as db:
        assert [r["problem"] for r in store.health_summary(db, parse_filter({}))] == ["composer_missing"]


def test_summary_groups_per_host_and_problem_newest_first_within_the_period(db):
    for body in (
        report(ago=timedelta(days=2)),
        report(ago=timedelta(days=1), extension_version="0.2.1"),
        report(ago=timedelta(hours=2), host="gemini.google.com", adapter="gemini", problem="send_escaped"),
        report(ago=timedelta(days=45)),
    ):
        store.insert_health(db, validate_health(body))
    rows = store.health_summary(db, parse_filter({"days": "30"}))
    assert [(r["host"], r["problem"], r["reports"]) for r in rows] == [
        ("gemini.google.com", "send_escaped", 1),
        ("chatgpt.com", "composer_missing", 2),
    ]
    assert sorted(rows[1]["versions"].split(",")) == ["0.2.0", "0.2.1"]


def test_retention_and_delete_all_take_the_reports_too(db):
    store.insert_health(db, validate_health(report(ago=timedelta(days=100))))
    store.insert_health(db, validate_health(report()))
    store.purge_expired(db, 90)
    assert db.execute("select count(*) from adapter_health").fetchone()[0] == 1
    store.delete_all(db)
    assert db.execute("select count(*) from adapter_health").fetchone()[0] == 0


def test_expired_report_is_acknowledged_and_not_kept(client):
    client.application.config["RETENTION_DAYS"] = 30
    response = post(client, report(ago=timedelta(days=31)))
    assert (response.status_code, response.get_json()["expired"]) == (200, True)


def test_dashboard_shows_the_reports_in_danish(client):
    html = client.get("/").get_data(as_text=True)
    assert 'id="sundhed-ok"' in html
    post(client, report())
    post(client, report(host="chat.mistral.ai", adapter="lechat", problem="send_escaped"))
    html = client.get("/").get_data(as_text=True)
    table = html[html.index('id="sundhedsmeldinger"') :]
    assert "chatgpt.com" in table and "Skrivefeltet blev ikke fundet" in table
    assert "chat.mistral.ai" in table and "Sendt, mens Promptvagt holdt beskeden tilbage" in table


# -- forwarding ------------------------------------------------------------------------------


def test_forwarding_queues_a_report_and_sends_a_value_free_record(db, scanner):
    forwarding.set_enabled(db, True)
    body = report()
    store.insert_health(db, validate_health(body))
    seed(db, scanner, [event()])
    assert forwarding.queued(db) == 2
    [pending] = forwarding.pending_health(db, 10)
    record = forwarding.health_record(pending, "Børn og Unge", "0.1.0")
    assert record == {
        "v": 1, "type": "adapter_health", "id": body["id"], "time": record["time"], "host": "chatgpt.com",
        "adapter": "chatgpt", "problem": "composer_missing", "extension_version": "0.2.0",
        "companion_version": "0.1.0", "org_unit": "Børn og Unge",
    }  # fmt: skip
    assert record["time"].endswith(":00Z")
    message = syslog.rfc5424(record).decode()
    assert message.startswith("<12>1 ") and " - promptvagt - adapterhealth [promptvagt@32473 v=\"1\" type=\"adapter_health\"" in message
    assert json.loads(message[message.index("] {") + 2 :]) == record
    entry = eventlog.event_record(record)
    assert (entry["event_id"], entry["event_type"]) == (1101, eventlog.EVENTLOG_WARNING_TYPE)

    class Collect:
        def __init__(self):
            self.records = []

        def send(self, records):
            self.records += records

        def close(self):
            pass

    sender = Collect()
    path = db.conn.execute("pragma database_list").fetchone()[2]
    forwarder = forwarding.Forwarder(path, forwarding.Target("local"), sender=sender)
    try:
        assert forwarder.deliver() == 2
    finally:
        forwarder.stop()
    assert [r.get("type") for r in sender.records] == [None, "adapter_health"]
    assert forwarding.queued(db) == 0


def test_switching_forwarding_off_empties_the_health_queue(db):
    forwarding.set_enabled(db, True)
    store.insert_health(db, validate_health(report()))
    assert forwarding.set_enabled(db, False) == 1
    assert forwarding.queued(db) == 0


def test_the_report_reader_does_not_count_health_records(tmp_path):
    near_miss = {"v": 1, "id": str(uuid.uuid4()), "time": "2024-05-06T09:30:00Z", "site": "chatgpt",
                 "action": "redacted", "kinds": {"DK_CPR": 1}}  # fmt: skip
    health = forwarding.health_record(validate_health(report()), None, "0.1.0")
    (tmp_path / "siem.jsonl").write_text(json.dumps(near_miss) + "\n" + json.dumps(health) + "\n")
    counts = read_inputs([tmp_path / "siem.jsonl"])
    assert (counts.total, counts.health, counts.unreadable) == (1, 1, 0)
