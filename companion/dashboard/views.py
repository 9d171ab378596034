"""The AI coordinator's dashboard: overview, event table, detail, exports and "delete all".

Server-rendered Danish pages with inline SVG charts and no JavaScript, so
the Content-Security-Policy can forbid scripts altogether and nothing is
loaded from outside the machine. Views only call ``store``; the same filters
as the API come from ``filters.parse_filter``.
"""

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for

from . import charts

from ..nearmiss import danish, exports, store
from ..nearmiss.db import database_path, get_db
from ..nearmiss.filters import PERIOD_CHOICES, FilterError, parse_filter
from ..transport.guard import CSRF_FIELD, csrf_token, same_origin_form_ok
from ..nearmiss.vocabulary import (
    ACTION_LABELS,
    ADAPTER_LABELS,
    DETECTOR_LABELS,
    ENTITY_LABELS,
    HEALTH_PROBLEM_LABELS,
    PAGE_KIND_LABELS,
    RESOLVED_ACTIONS,
    SEVERITY_LABELS,
    SITE_LABELS,
    VERDICT_LABELS,
    label,
)

bp = Blueprint("dashboard", __name__)

#: No scripts at all; styles and images only from the companion itself;
#: forms only back to it; never inside a frame (clickjacking "slet alt").
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Our form POSTs then carry a real Origin, which guard.py checks.
    "Referrer-Policy": "same-origin",
}
EXPORTS = {"haendelser", "opsummering"}


def init_app(app) -> None:
    app.after_request(_security_headers)


@bp.context_processor
def _template_globals():
    return {
        "labels": {
            "entity": ENTITY_LABELS,
            "site": SITE_LABELS,
            "action": ACTION_LABELS,
            "verdict": VERDICT_LABELS,
            "page_kind": PAGE_KIND_LABELS,
            "severity": SEVERITY_LABELS,
            "detector": DETECTOR_LABELS,
            "adapter": ADAPTER_LABELS,
            "problem": HEALTH_PROBLEM_LABELS,
        },
        "label": label,
        "danish": danish,
        "period_choices": PERIOD_CHOICES,
        "status": _status(),
    }


@bp.get("/")
def overview():
    flt = _filter()
    db = get_db()
    stats = store.stats(db, flt)
    kinds = [(label(ENTITY_LABELS, k), v["events"]) for k, v in stats["by_entity_type"].items()]
    actions = [(label(ACTION_LABELS, a), stats["by_action"].get(a, 0)) for a in ACTION_LABELS]
    sites = [(label(SITE_LABELS, s), n) for s, n in stats["by_site"].items()]
    return render_template(
        "overview.html",
        flt=flt,
        stats=stats,
        top_kinds=kinds[:3],
        custom_assistants=stats["by_page_kind"].get("custom_assistant", 0),
        health=store.health_summary(db, flt),
        deleted=request.args.get("slettet", type=int),
        charts=[
            charts.weekly_chart(stats["by_week"], flt.first_day, flt.last_day),
            charts.breakdown_chart("typer", "Hændelser pr. type oplysning", kinds),
            charts.breakdown_chart(
                "handlinger",
                "Hvad brugeren gjorde",
                actions,
                hatched={label(ACTION_LABELS, a) for a in ACTION_LABELS if a not in RESOLVED_ACTIONS},
            ),
            charts.breakdown_chart("tjenester", "Hændelser pr. AI-tjeneste", sites),
        ],
    )


@bp.get("/haendelser")
def events():
    flt = _filter()
    db = get_db()
    total = store.count_events(db, flt)
    return render_template(
        "events.html",
        flt=flt,
        events=store.list_events(db, flt),
        total=total,
        pages=max(1, -(-total // flt.per_page)),
    )


@bp.get("/haendelser/<event_id>")
def event(event_id):
    found = store.get_event(get_db(), event_id.lower())
    if found is None:
        return render_template("message.html", title="Hændelsen findes ikke", text=(
            "Den kan være slettet, fordi den var ældre end opbevaringsperioden, eller fordi loggen er tømt."
        )), 404
    return render_template("event.html", event=found)


@bp.get("/eksport/<what>.<fmt>")
def export(what, fmt):
    if what not in EXPORTS or fmt not in ("csv", "json"):
        text = "Vælg en eksport på siden Hændelser."
        return render_template("message.html", title="Ukendt eksport", text=text), 404
    flt = _filter()
    db = get_db()
    if what == "haendelser":
        rows = store.iter_events(db, flt)
        body = "".join(exports.events_csv(rows) if fmt == "csv" else exports.events_json(rows))
    else:
        rows = store.aggregate_rows(db, flt)
        period = {"from": flt.first_day.isoformat(), "to": flt.last_day.isoformat()}
        body = "".join(exports.aggregate_csv(rows)) if fmt == "csv" else exports.aggregate_json(rows, period)
    filename = f"promptvagt-{what}-{flt.first_day}_{flt.last_day}.{fmt}"
    return Response(
        body,
        content_type=exports.CSV_CONTENT_TYPE if fmt == "csv" else exports.JSON_CONTENT_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.route("/slet-alt", methods=["GET", "POST"])
def delete_all():
    db = get_db()
    count = store.summary(db)["events"]
    if request.method == "GET":
        return render_template("delete.html", count=count, csrf_field=CSRF_FIELD, csrf_token=csrf_token())
    if not same_origin_form_ok():
        # Not our own page, or a page from before a restart: do nothing.
        return render_template("message.html", title="Sletning afvist", text=(
            "Anmodningen kom ikke fra Promptvagts egen side, eller siden var for gammel. "
            "Åbn siden 'Slet alt' igen og prøv en gang til."
        )), 403
    if request.form.get("bekraeft") != "ja":
        return render_template(
            "delete.html", count=count, csrf_field=CSRF_FIELD, csrf_token=csrf_token(), missing_confirmation=True
        ), 400
    deleted = store.delete_all(db)
    current_app.logger.info("Near-miss log emptied from the dashboard (%d events)", deleted)
    return redirect(url_for("dashboard.overview", slettet=deleted), code=303)


@bp.errorhandler(FilterError)
def _bad_filter(error):
    return render_template("message.html", title="Filteret kan ikke bruges", text=error.message), 400


def _filter():
    return parse_filter(request.args)


def _status() -> dict:
    """Describe the detector and the log for the status box (as /health does)."""
    pipeline = current_app.extensions["promptvagt.scanner"].pipeline
    summary = store.summary(get_db())
    return {
        "model": f"{pipeline.name} {pipeline.version}" if pipeline.name else None,
        "degraded_reason": pipeline.degraded_reason,
        "events": summary["events"],
        "oldest": summary["oldest"],
        "retention_days": current_app.config["RETENTION_DAYS"],
        "database": str(database_path(current_app.config)),
    }


def _security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.blueprint == "dashboard":
        # Near-miss counts should not linger in a shared browser cache.
        response.headers["Cache-Control"] = "no-store"
    return response
