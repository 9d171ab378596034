"""Privacy is the product: real-looking values sent where they do not belong never reach the disk.

The events below put a full CPR number, a name and an address into every
field a buggy or hostile client could abuse. Afterwards the raw bytes of the
database file and its write-ahead log must not contain any of them, nor may
a response or a log line.
"""

import logging
from pathlib import Path

import pytest

from companion.nearmiss import db as database

from .nearmiss import ADDRESS, CPR, NAME, event

SECRETS = [CPR, CPR.replace("-", ""), CPR[:6], NAME, "Hanne", "Jensen", ADDRESS, "Vestergade", "8000 Aarhus"]


def finding(entity_type, masked, severity="warn"):
    return {"findings": [{"entity_type": entity_type, "severity": severity, "masked": masked}]}


ABUSES = [
    finding("DK_CPR", CPR, "block"),
    finding("DK_CPR", CPR.replace("-", ""), "block"),
    finding("DK_CPR", f"{CPR[:4]}XX-{CPR[7:]}", "block"),
    finding("PERSON", NAME),
    finding("PERSON", "Hanne J."),
    finding("HEALTH_DATA", NAME),
    finding("CONFIDENTIAL_MARKER", NAME),
    finding("LOCATION", ADDRESS),
    finding("DK_ADDRESS", ADDRESS),
    finding("DK_ADDRESS", "Vestergade 12, 8000 …"),
    finding("EMAIL_ADDRESS", "hanne.jensen@aarhus.dk"),
    finding("PHONE_NUMBER", CPR),
    {"action": "sent_anyway", "reason": f"{NAME} har selv bedt om det"},
    {"action": "sent_anyway", "reason": f"Borgeren bor på {ADDRESS}"},
    {"action": "sent_anyway", "reason": f"Det var kun cpr {CPR}"},
    {"action": "sent_anyway", "reason": f"cpr {CPR.replace('-', ' ')}"},
    {"site": NAME},
    {"page_kind": ADDRESS},
    {"extension_version": CPR},
    {"id": CPR},
    {"time": CPR},
    {CPR: NAME},
]


@pytest.fixture
def log_records(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def test_abusive_events_are_refused_and_nothing_reaches_the_file(app, client, tmp_path, log_records):
    path = database.database_path(app.config)
    # Hold a connection open, as the dashboard or Datasette might: SQLite then
    # keeps the -wal file instead of folding it away when requests finish.
    keeper = database.open_database(path)
    try:
        # A control: an allowed reason must be findable, or the byte search proves nothing.
        control = event(kinds=("DK_CPR", "PERSON"), action="sent_anyway", reason="Kursusmateriale")
        assert client.post("/api/v1/events", json=control).status_code == 201
        for changes in ABUSES:
            response = client.post("/api/v1/events", json={**event(), **changes})
            assert response.status_code in (400, 422), changes
            body = response.get_data(as_text=True)
            leaked = [s for s in SECRETS if s in body]
            assert not leaked, f"response echoed a value ({response.get_json()['message'][:40]})"
        assert client.get("/api/v1/events").get_json()["total"] == 1

        files = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
        assert files[0].stat().st_size > 0 and files[1].exists()
        assert any(b"Kursusmateriale" in f.read_bytes() for f in files[:2])
        for file in files:
            if file.exists():
                data = file.read_bytes()
                found = [s for s in SECRETS if s.encode("utf-8") in data]
                assert not found, f"{file.name} holds a value it must not"
    finally:
        keeper.close()

    logged = "\n".join(record.getMessage() for record in log_records.records)
    assert not [s for s in SECRETS if s in logged], "a value reached the log"


def test_stored_rows_hold_kinds_and_severities_only(app, client):
    """Issue 13: not even a masked preview (``0707XX-XXXX`` keeps a birthday) is stored."""
    assert client.post("/api/v1/events", json=event(kinds=("DK_CPR", "PERSON", "EMAIL_ADDRESS"))).status_code == 201
    with app.app_context():
        db = database.get_db()
        rows = list(db.query("select * from findings order by position"))
        columns = set(db["events"].columns_dict) | set(db["findings"].columns_dict)
    assert [(r["entity_type"], r["severity"]) for r in rows] == [
        ("DK_CPR", "block"), ("PERSON", "warn"), ("EMAIL_ADDRESS", "warn"),
    ]  # fmt: skip
    # There is nowhere to put a prompt, a raw value or a mask.
    assert not {"text", "prompt", "value", "url", "masked"} & columns
    path = database.database_path(app.config)
    data = b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())
    assert not [m for m in ("0707XX-XXXX", "H. J.", "h…@aarhus.dk") if m.encode() in data]
