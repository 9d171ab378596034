"""The HTTP API the extension calls: ``POST /api/v1/scan`` and ``GET /health``.

The checks and the answers are in ``requests.py``, shared with native
messaging; this module turns them into HTTP. Errors are JSON with a Danish
and an English explanation, and never repeat the text that was sent: a prompt
must not end up in a log or an error report.
"""

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from . import requests
from .requests import BadRequest
from .server import FILE_MAX_BODY

bp = Blueprint("api", __name__)


@bp.post("/api/v1/scan")
def scan():
    scanner = current_app.extensions["promptvagt.scanner"]
    return jsonify(requests.scan(_json_object(), scanner, current_app.config["MAX_SCAN_CHARS"]))


@bp.post("/api/v1/scan-file")
def scan_file():
    # A file is bigger than a prompt: this route alone takes bodies up to FILE_MAX_BODY.
    request.max_content_length = FILE_MAX_BODY
    scanner = current_app.extensions["promptvagt.scanner"]
    return jsonify(requests.scan_file(_json_object(), scanner))


@bp.get("/health")
def health():
    return jsonify(requests.health(current_app.extensions["promptvagt.scanner"]))


@bp.app_errorhandler(BadRequest)
def _bad_request(error):
    return jsonify(error.body()), error.status


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
    return requests.decode_json(request.get_data(cache=False))
