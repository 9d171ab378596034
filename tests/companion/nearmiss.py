"""Test helpers for the near-miss log: one valid event body and one seed function."""

import uuid
from datetime import datetime, timedelta, timezone

from companion.nearmiss import store
from companion.transport.events import validate_event
from companion.nearmiss.filters import utc_text

#: Real-looking values that must never reach the database, a response or a log.
CPR = "070761-0913"
NAME = "Hanne Jensen"
ADDRESS = "Vestergade 12, 8000 Aarhus C"

FINDINGS = {
    "DK_CPR": {"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX"},
    "PERSON": {"entity_type": "PERSON", "severity": "warn", "masked": "H. J."},
    "EMAIL_ADDRESS": {"entity_type": "EMAIL_ADDRESS", "severity": "warn", "masked": "h…@aarhus.dk"},
    "CONFIDENTIAL_MARKER": {"entity_type": "CONFIDENTIAL_MARKER", "severity": "block", "masked": "FORTROLIGT"},
}


def event(kinds=("DK_CPR",), ago=timedelta(hours=1), **fields) -> dict:
    """Return a valid POST body; ``kinds`` picks findings, ``ago`` sets the time."""
    body = {
        "id": str(uuid.uuid4()),
        "time": (datetime.now(timezone.utc) - ago).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "site": "chatgpt",
        "page_kind": "chat",
        "verdict": "block",
        "action": "redacted",
        "findings": [dict(FINDINGS[k]) for k in kinds],
        "detector": "companion",
        "extension_version": "0.1.0",
    }
    body.update(fields)
    return body


def seed(db, scanner, bodies) -> list[dict]:
    """Validate and store events as the API would, without HTTP; return the stored rows."""
    stored = []
    for body in bodies:
        row, findings = validate_event(body, scanner)
        store.insert_event(db, row, findings)
        stored.append(row)
    return stored


def days_ago(days: float) -> str:
    return utc_text(datetime.now(timezone.utc) - timedelta(days=days))
