"""Check and answer the requests both transports carry: scan, event, adapter health and health.

The HTTP API (``http.py``, ``events.py``) and native messaging (``native.py``)
decode a JSON body, hand it to the functions here and send back the body they
return, so a scan or an event is checked by exactly one piece of code
whichever way it came. A refusal is a ``BadRequest`` carrying the status the
HTTP API answers with (400 malformed, 413 too long, 415 not JSON, 422 well
formed but not allowed); native messaging puts the same status and body in
its reply.

Messages are Danish, then English, and name a field but never its value: a
prompt must not end up in a log or an error report.
"""

import base64
import binascii
import json
import re
import uuid
from datetime import datetime, timedelta, timezone

from .. import __version__
from ..files import extract as file_extract
from ..files.scan import scan_file as scan_file_text
from ..nearmiss import store
from ..nearmiss.filters import parse_utc, utc_text
from ..nearmiss.privacy import Refused, check_masked, check_reason
from ..nearmiss.vocabulary import (
    ACTION_LABELS,
    ADAPTER_LABELS,
    DETECTOR_LABELS,
    ENTITY_LABELS,
    HEALTH_PROBLEM_LABELS,
    PAGE_KIND_LABELS,
    SEVERITY_LABELS,
    SITE_LABELS,
    VERDICT_LABELS,
)
from .scan_lane import LANE
from .warmup import scan_with_stage

SCAN_FIELDS = {"text": str, "site": str, "url": str, "source": str}
SOURCES = {"typed", "paste", "file"}
FILE_FIELDS = {"name": str, "data": str, "type": str, "site": str, "url": str}
MAX_FILE_NAME_CHARS = 255
FIELD_NAME = re.compile(r"[A-Za-z_]{1,40}")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

EVENT_CHOICES = {
    "site": SITE_LABELS,
    "page_kind": PAGE_KIND_LABELS,
    "verdict": VERDICT_LABELS,
    "action": ACTION_LABELS,
    "detector": DETECTOR_LABELS,
}
EVENT_REQUIRED = {"id", "time", "findings", "extension_version", *EVENT_CHOICES}
EVENT_FIELDS = EVENT_REQUIRED | {"reason"}
FINDING_REQUIRED = {"entity_type", "severity"}
#: ``masked`` comes from extensions before issue 13: still checked (a raw
#: value there is a bug worth a 422), never stored (nearmiss/store.py).
FINDING_FIELDS = FINDING_REQUIRED | {"masked"}
MAX_FINDINGS = 200
#: Client clocks drift; a day ahead is a wrong clock, not a time zone.
MAX_CLOCK_AHEAD = timedelta(days=1)
HEALTH_FIELDS = {"id", "time", "host", "adapter", "problem", "extension_version"}
#: A host name as the browser's location.hostname gives it (lower case, ASCII
#: or punycode): a chatbot's address, never a value from a page.
HOST_NAME = re.compile(r"(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+")
#: Chrome's extension version format: one to four dot-separated integers.
EXTENSION_VERSION = re.compile(r"\d{1,5}(?:\.\d{1,5}){0,3}")


class BadRequest(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status

    def body(self) -> dict:
        return {"error": "bad_request", "message": self.message}


# -- bodies -------------------------------------------------------------------------------


def decode_json(raw: bytes) -> dict:
    """Decode a request body: UTF-8, JSON, an object; unpaired surrogates become U+FFFD."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest("Forespørgslen er ikke gyldig UTF-8. Body is not valid UTF-8.") from None
    except (ValueError, RecursionError):
        raise BadRequest("Forespørgslen er ikke gyldig JSON. Body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise BadRequest("Forventede et JSON-objekt. Expected a JSON object.")
    return without_lone_surrogates(body)


def without_lone_surrogates(value):
    """Replace unpaired UTF-16 surrogates (``"\\ud800"`` in JSON) by U+FFFD.

    JavaScript strings may hold them (an emoji cut in half by an editor or a
    length limit) and JSON.stringify sends them as escapes, but they cannot be
    encoded, so scanning or storing them would fail. One code unit replaces
    one, so the finding offsets stay right and the rest of the text is still
    scanned.
    """
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {without_lone_surrogates(k): without_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_lone_surrogates(v) for v in value]
    return value


def check_fields(body: dict, fields: dict, required: set) -> None:
    """Refuse unknown and missing fields and values of the wrong type (400)."""
    unknown = sorted(set(body) - set(fields))
    if unknown:
        raise BadRequest(f"Ukendte felter (unknown fields): {_names(unknown)}.")
    for name in sorted(required - set(body)):
        raise BadRequest(f"Feltet '{name}' mangler (missing field).")
    for name, kind in fields.items():
        if name in body and not isinstance(body[name], kind):
            raise BadRequest(f"Feltet '{name}' skal være tekst (must be a string).")


def _names(unknown: list) -> str:
    # Names are echoed only when they look like field names: a client could
    # put a CPR number in a key, and the answer never repeats data.
    return ", ".join(n if FIELD_NAME.fullmatch(n) else "?" for n in unknown[:5])


# -- scan and health ----------------------------------------------------------------------


def scan(body: dict, scanner, max_chars: int) -> dict:
    """Check a scan request and return the result body (``rules_only`` while the model loads)."""
    check_fields(body, SCAN_FIELDS, required={"text"})
    if "source" in body and body["source"] not in SOURCES:
        raise BadRequest(f"'source' skal være en af {sorted(SOURCES)} (must be one of them).")
    if len(body["text"]) > max_chars:
        raise BadRequest(
            f"Teksten er for lang: højst {max_chars} tegn pr. scanning. "
            f"Text too long: at most {max_chars} characters per scan.",
            status=413,
        )
    result, stage = LANE.run(scan_with_stage, scanner, body["text"])
    reply = result.to_dict(body["text"])
    if stage == "starting":
        reply["rules_only"] = True
    return reply


def scan_file(body: dict, scanner) -> dict:
    """Check a ``scan file`` request (``data`` is the file in base64) and return its result body."""
    check_fields(body, FILE_FIELDS, required={"name", "data"})
    if len(body["name"]) > MAX_FILE_NAME_CHARS:
        raise BadRequest(f"'name' er for langt: højst {MAX_FILE_NAME_CHARS} tegn ('name' too long).")
    limit = file_extract.MAX_FILE_BYTES
    if len(body["data"]) > 4 * (limit // 3 + 1):
        raise BadRequest(
            f"Filen er for stor: højst {limit // (1024 * 1024)} MB. File too large: at most {limit} bytes.",
            status=413,
        )
    try:
        data = base64.b64decode(body["data"], validate=True)
    except (binascii.Error, ValueError):
        raise BadRequest("'data' skal være base64 ('data' must be base64).") from None
    return scan_file_text(data, body["name"], lambda text: LANE.run(scan_with_stage, scanner, text))


def health(scanner) -> dict:
    """Return the health body: ``starting`` while the model loads, ``degraded`` without one."""
    pipeline = scanner.pipeline
    if getattr(scanner, "starting", False):
        status, reason = "starting", scanner.starting_reason
    else:
        status, reason = ("degraded" if pipeline.degraded_reason else "ok"), pipeline.degraded_reason
    return {
        "status": status,
        "reason": reason,
        "model": {"name": pipeline.name, "version": pipeline.version} if pipeline.name else None,
        "recognizers": scanner.recognizer_names,
        "version": __version__,
    }


# -- near-miss events ---------------------------------------------------------------------


def record_event(body: dict, scanner, db, retention_days: int) -> tuple[int, dict]:
    """Check and store a near-miss; return (201 new | 200 stored before, reply body)."""
    event, findings = validate_event(body, scanner)
    if retention_days > 0 and parse_utc(event["time"]) < datetime.now(timezone.utc) - timedelta(days=retention_days):
        # Queued so long that retention would delete it at once: acknowledge
        # it (so the extension stops resending) but keep nothing.
        return 200, {"id": event["id"], "created": False, "expired": True}
    created = store.insert_event(db, event, findings)
    # Purging on write keeps retention working on a companion that runs for
    # months without a restart; with the index on time it costs little.
    store.purge_expired(db, retention_days)
    return (201 if created else 200), {"id": event["id"], "created": created}


def validate_event(body: dict, scanner) -> tuple[dict, list[dict]]:
    """Check a posted event; return the row to store and its findings, or raise ``BadRequest``."""
    _check_shape(body, EVENT_FIELDS, EVENT_REQUIRED, where="")
    event = {"received": utc_text(datetime.now(timezone.utc))}
    event["id"] = _uuid(body["id"])
    event["time"] = _time(body["time"])
    for name, allowed in EVENT_CHOICES.items():
        event[name] = _choice(body, name, allowed)
    if not EXTENSION_VERSION.fullmatch(body["extension_version"]):
        raise _unprocessable("'extension_version' skal være et versionsnummer som 1.2.3 (must look like 1.2.3).")
    event["extension_version"] = body["extension_version"]
    event["reason"] = _reason(body.get("reason"), event["action"], scanner)
    findings = _findings(body["findings"], scanner)
    return event, findings


# -- adapter health (issue 12) ----------------------------------------------------------------


def record_health(body: dict, db, retention_days: int) -> tuple[int, dict]:
    """Check and store an adapter health report; return (201 new | 200 stored before, reply body)."""
    report = validate_health(body)
    if retention_days > 0 and parse_utc(report["time"]) < datetime.now(timezone.utc) - timedelta(days=retention_days):
        return 200, {"id": report["id"], "created": False, "expired": True}
    created = store.insert_health(db, report)
    return (201 if created else 200), {"id": report["id"], "created": created}


def validate_health(body: dict) -> dict:
    """Check a posted health report (a page the extension could not guard); return the row to store.

    Every field is a code, a host name, a time or a version: the shape leaves
    no room for text from the page.
    """
    _check_shape(body, HEALTH_FIELDS, HEALTH_FIELDS, where="")
    report = {"received": utc_text(datetime.now(timezone.utc))}
    report["id"] = _uuid(body["id"])
    report["time"] = _time(body["time"])
    if not HOST_NAME.fullmatch(body["host"]):
        raise _unprocessable("'host' skal være et værtsnavn som chatgpt.com ('host' must be a host name).")
    report["host"] = body["host"]
    report["adapter"] = _choice(body, "adapter", ADAPTER_LABELS)
    report["problem"] = _choice(body, "problem", HEALTH_PROBLEM_LABELS)
    if not EXTENSION_VERSION.fullmatch(body["extension_version"]):
        raise _unprocessable("'extension_version' skal være et versionsnummer som 1.2.3 (must look like 1.2.3).")
    report["extension_version"] = body["extension_version"]
    return report


def _check_shape(body: dict, fields: set, required: set, where: str) -> None:
    """Refuse unknown or missing fields and wrong JSON types (400)."""
    unknown = sorted(set(body) - fields)
    if unknown:
        raise BadRequest(f"Ukendte felter {where}(unknown fields): {_names(unknown)}.")
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
        _check_shape(item, FINDING_FIELDS, FINDING_REQUIRED, where=where)
        entity_type = _choice(item, "entity_type", ENTITY_LABELS, where)
        severity = _choice(item, "severity", SEVERITY_LABELS, where)
        if "masked" in item:
            try:
                check_masked(entity_type, item["masked"], scanner)
            except Refused as refusal:
                raise _unprocessable(f"'{where}masked' {refusal.message}.") from None
        findings.append({"entity_type": entity_type, "severity": severity})
    return findings


def _unprocessable(message: str) -> BadRequest:
    return BadRequest(message, status=422)
