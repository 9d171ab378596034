"""The near-miss API: ``POST /api/v1/events``, ``GET /api/v1/events`` and ``GET /api/v1/stats``.

An event says what kind of data almost left and what the user did about it,
never the data. Input is checked field by field; a refusal is a JSON 4xx with
a Danish and an English message that names the field but not its value
(400 for a malformed body, 422 for a well-formed value that is not allowed).
"""

import re
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request

from ..nearmiss import store
from .http import BadRequest, _json_object
from ..nearmiss.db import get_db
from ..nearmiss.filters import FilterError, parse_filter, parse_utc, utc_text
from ..nearmiss.privacy import Refused, check_masked, check_reason
from ..nearmiss.vocabulary import (
    ACTION_LABELS,
    DETECTOR_LABELS,
    ENTITY_LABELS,
    PAGE_KIND_LABELS,
    SEVERITY_LABELS,
    SITE_LABELS,
    VERDICT_LABELS,
)

bp = Blueprint("events", __name__)

CHOICES = {
    "site": SITE_LABELS,
    "page_kind": PAGE_KIND_LABELS,
    "verdict": VERDICT_LABELS,
    "action": ACTION_LABELS,
    "detector": DETECTOR_LABELS,
}
REQUIRED = {"id", "time", "findings", "extension_version", *CHOICES}
FIELDS = REQUIRED | {"reason"}
FINDING_FIELDS = {"entity_type", "severity", "masked"}
MAX_FINDINGS = 200
#: Client clocks drift; a day ahead is a wrong clock, not a time zone.
MAX_CLOCK_AHEAD = timedelta(days=1)
#: Chrome's extension version format: one to four dot-separated integers.
EXTENSION_VERSION = re.compile(r"\d{1,5}(?:\.\d{1,5}){0,3}")
FIELD_NAME = re.compile(r"[A-Za-z_]{1,40}")


@bp.post("/api/v1/events")
def create_event():
    """Store a near-miss; 201 when new, 200 when the id was stored before."""
    event, findings = validate_event(_json_object(), current_app.extensions["promptvagt.scanner"])
    retention = current_app.config["RETENTION_DAYS"]
    if retention > 0 and parse_utc(event["time"]) < datetime.now(timezone.utc) - timedelta(days=retention):
        # Queued so long that retention would delete it at once: acknowledge
        # it (so the extension stops resending) but keep nothing.
        return jsonify(id=event["id"], created=False, expired=True), 200
    db = get_db()
    created = store.insert_event(db, event, findings)
    # Purging on write keeps retention working on a companion that runs for
    # months without a restart; with the index on time it costs little.
    store.purge_expired(db, retention)
    return jsonify(id=event["id"], created=created), 201 if created else 200


@bp.get("/api/v1/events")
def list_events():
    """Return one page of events, newest first, with the filters of ``filters.py``."""
    flt = _filter()
    db = get_db()
    total = store.count_events(db, flt)
    return jsonify(
        events=store.list_events(db, flt),
        total=total,
        page=flt.page,
        per_page=flt.per_page,
        pages=max(1, -(-total // flt.per_page)),
        filter=flt.query_args(page=1),
    )


@bp.get("/api/v1/events/<event_id>")
def get_event(event_id):
    event = store.get_event(get_db(), event_id.lower())
    if event is None:
        return jsonify(error="not_found", message="Hændelsen findes ikke. No such event."), 404
    return jsonify(event)


@bp.get("/api/v1/stats")
def stats():
    """Return totals and counts per week, kind, site and action for a period."""
    return jsonify(store.stats(get_db(), _filter()))


def validate_event(body: dict, scanner) -> tuple[dict, list[dict]]:
    """Check a posted event; return the row to store and its findings, or raise ``BadRequest``."""
    _check_shape(body, FIELDS, REQUIRED, where="")
    event = {"received": utc_text(datetime.now(timezone.utc))}
    event["id"] = _uuid(body["id"])
    event["time"] = _time(body["time"])
    for name, allowed in CHOICES.items():
        event[name] = _choice(body, name, allowed)
    if not EXTENSION_VERSION.fullmatch(body["extension_version"]):
        raise _unprocessable("'extension_version' skal være et versionsnummer som 1.2.3 (must look like 1.2.3).")
    event["extension_version"] = body["extension_version"]
    event["reason"] = _reason(body.get("reason"), event["action"], scanner)
    findings = _findings(body["findings"], scanner)
    return event, findings


def _filter():
    try:
        return parse_filter(request.args)
    except FilterError as error:
        raise BadRequest(error.message) from None


def _check_shape(body: dict, fields: set, required: set, where: str) -> None:
    """Refuse unknown or missing fields and wrong JSON types (400)."""
    unknown = sorted(set(body) - fields)
    if unknown:
        # Field names are echoed only when they look like names: a client could
        # put a CPR number in a key, and values are never echoed.
        names = ", ".join(n if FIELD_NAME.fullmatch(n) else "?" for n in unknown[:5])
        raise BadRequest(f"Ukendte felter {where}(unknown fields): {names}.")
    missing = sorted(required - set(body))
    if missing:
        raise BadRequest(f"Feltet '{where}{missing[0]}' mangler (missing field).")
    for name in sorted(set(body) & fields):
        value = body[name]
        if name == "findings":
            ok = isinstance(value, list)
            kind = "en liste (a list)"
        elif name == "reason":
            ok = value is None or isinstance(value, str)
            kind = "tekst eller null (a string or null)"
        else:
            ok = isinstance(value, str)
            kind = "tekst (a string)"
        if not ok:
            raise BadRequest(f"Feltet '{where}{name}' skal være {kind}.")


def _uuid(value: str) -> str:
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value.lower():
        raise _unprocessable("'id' skal være et UUID som crypto.randomUUID() laver ('id' must be a UUID).")
    return str(parsed)


def _time(value: str) -> str:
    try:
        moment = parse_utc(value)
    except ValueError:
        raise _unprocessable(
            "'time' skal være et ISO 8601-tidspunkt med tidszone, fx 2024-05-06T09:30:00.000Z "
            "('time' must be ISO 8601 with a time zone)."
        ) from None
    if moment > datetime.now(timezone.utc) + MAX_CLOCK_AHEAD:
        raise _unprocessable("'time' ligger i fremtiden ('time' is in the future).")
    return utc_text(moment)


def _choice(body: dict, name: str, allowed: dict, where: str = "") -> str:
    if body[name] not in allowed:
        raise _unprocessable(f"Ukendt værdi for '{where}{name}'; brug en af: {', '.join(allowed)} (unknown value).")
    return body[name]


def _reason(value, action: str, scanner) -> str | None:
    if value is None or not value.strip():
        return None
    if action != "sent_anyway":
        raise _unprocessable(
            "'reason' hører kun til action 'sent_anyway' ('reason' is only for action 'sent_anyway')."
        )
    try:
        return check_reason(value, scanner)
    except Refused as refusal:
        raise _unprocessable(refusal.message) from None


def _findings(items: list, scanner) -> list[dict]:
    if len(items) > MAX_FINDINGS:
        raise _unprocessable(f"Højst {MAX_FINDINGS} fund pr. hændelse (at most {MAX_FINDINGS} findings).")
    findings = []
    for n, item in enumerate(items):
        where = f"findings[{n}]."
        if not isinstance(item, dict):
            raise BadRequest(f"'findings[{n}]' skal være et objekt (must be an object).")
        _check_shape(item, FINDING_FIELDS, FINDING_FIELDS, where=where)
        entity_type = _choice(item, "entity_type", ENTITY_LABELS, where)
        severity = _choice(item, "severity", SEVERITY_LABELS, where)
        try:
            masked = check_masked(entity_type, item["masked"], scanner)
        except Refused as refusal:
            raise _unprocessable(f"'{where}masked' {refusal.message}.") from None
        findings.append({"entity_type": entity_type, "severity": severity, "masked": masked})
    return findings


def _unprocessable(message: str) -> BadRequest:
    return BadRequest(message, status=422)
