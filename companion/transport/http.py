"""The HTTP API the extension calls: ``POST /api/v1/scan`` and ``GET /health``.

Errors are JSON with a Danish and an English explanation, and never repeat the
text that was sent: a prompt must not end up in a log or an error report.
"""

import json
import re

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from .. import __version__

bp = Blueprint("api", __name__)

SCAN_FIELDS = {"text": str, "site": str, "url": str, "source": str}
SOURCES = {"typed", "paste", "file"}
FIELD_NAME = re.compile(r"[A-Za-z_]{1,40}")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class BadRequest(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


@bp.post("/api/v1/scan")
def scan():
    body = _json_object()
    _check_fields(body, SCAN_FIELDS, required={"text"})
    if "source" in body and body["source"] not in SOURCES:
        raise BadRequest(f"'source' skal være en af {sorted(SOURCES)} (must be one of them).")
    limit = current_app.config["MAX_SCAN_CHARS"]
    if len(body["text"]) > limit:
        raise BadRequest(
            f"Teksten er for lang: højst {limit} tegn pr. scanning. "
            f"Text too long: at most {limit} characters per scan.",
            status=413,
        )
    scanner = current_app.extensions["promptvagt.scanner"]
    return jsonify(scanner.scan(body["text"]).to_dict(body["text"]))


@bp.get("/health")
def health():
    scanner = current_app.extensions["promptvagt.scanner"]
    pipeline = scanner.pipeline
    return jsonify(
        status="degraded" if pipeline.degraded_reason else "ok",
        reason=pipeline.degraded_reason,
        model={"name": pipeline.name, "version": pipeline.version} if pipeline.name else None,
        recognizers=scanner.recognizer_names,
        version=__version__,
    )


@bp.app_errorhandler(BadRequest)
def _bad_request(error):
    return jsonify(error="bad_request", message=error.message), error.status


@bp.app_errorhandler(HTTPException)
def _http_error(error):
    messages = {
        404: "Ukendt adresse. Not found.",
        405: "Metoden er ikke tilladt her. Method not allowed.",
        413: "Forespørgslen er for stor. Request body too large.",
    }
    message = messages.get(error.code, error.name)
    if error.code == 413 and current_app.config.get("MAX_CONTENT_LENGTH"):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        message = f"Forespørgslen er for stor: højst {limit} byte. Request body too large: at most {limit} bytes."
    return jsonify(error=error.name.lower().replace(" ", "_"), message=message), error.code


@bp.app_errorhandler(Exception)
def _internal_error(error):
    # Log the type only: the exception text may quote the prompt.
    current_app.logger.error("Internal error: %s", type(error).__name__)
    return jsonify(error="internal", message="Intern fejl. Internal error."), 500


def _json_object() -> dict:
    if request.mimetype != "application/json":
        raise BadRequest("Send JSON (Content-Type: application/json).", status=415)
    try:
        body = json.loads(request.get_data(cache=False).decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest("Forespørgslen er ikke gyldig UTF-8. Body is not valid UTF-8.") from None
    except (ValueError, RecursionError):
        raise BadRequest("Forespørgslen er ikke gyldig JSON. Body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise BadRequest("Forventede et JSON-objekt. Expected a JSON object.")
    return _without_lone_surrogates(body)


def _without_lone_surrogates(value):
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
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_lone_surrogates(v) for v in value]
    return value


def _check_fields(body: dict, fields: dict, required: set) -> None:
    unknown = sorted(set(body) - set(fields))
    if unknown:
        # Names are echoed only when they look like field names: a client
        # could put a CPR number in a key, and the answer never repeats data.
        names = ", ".join(n if FIELD_NAME.fullmatch(n) else "?" for n in unknown[:5])
        raise BadRequest(f"Ukendte felter (unknown fields): {names}.")
    for name in sorted(required - set(body)):
        raise BadRequest(f"Feltet '{name}' mangler (missing field).")
    for name, kind in fields.items():
        if name in body and not isinstance(body[name], kind):
            raise BadRequest(f"Feltet '{name}' skal være tekst (must be a string).")
