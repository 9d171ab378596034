"""The near-miss API: ``POST /api/v1/events``, ``GET /api/v1/events``, ``GET /api/v1/stats``,
and ``POST /api/v1/adapter-health`` (a page the extension could not guard, issue 12).

An event says what kind of data almost left and what the user did about it,
never the data. Input is checked field by field in ``requests.py`` (shared
with native messaging); a refusal is a JSON 4xx with a Danish and an English
message that names the field but not its value (400 for a malformed body, 422
for a well-formed value that is not allowed).
"""

from flask import Blueprint, current_app, jsonify, request

from ..nearmiss import store
from ..nearmiss.db import get_db
from ..nearmiss.filters import FilterError, parse_filter
from . import requests
from .http import _json_object
from .requests import BadRequest, validate_event  # noqa: F401  (validate_event: tests and tools import it here)

bp = Blueprint("events", __name__)


@bp.post("/api/v1/events")
def create_event():
    """Store a near-miss; 201 when new, 200 when the id was stored before."""
    status, reply = requests.record_event(
        _json_object(),
        current_app.extensions["promptvagt.scanner"],
        get_db(),
        current_app.config["RETENTION_DAYS"],
    )
    return jsonify(reply), status


@bp.post("/api/v1/adapter-health")
def create_health_report():
    """Store an adapter health report; 201 when new, 200 when the id was stored before."""
    status, reply = requests.record_health(_json_object(), get_db(), current_app.config["RETENTION_DAYS"])
    return jsonify(reply), status


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


def _filter():
    try:
        return parse_filter(request.args)
    except FilterError as error:
        raise BadRequest(error.message) from None
