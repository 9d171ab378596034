"""``promptvagt report``: the coordinator's report as one Danish HTML file in the dashboard's style.

``nearmiss/report.py`` reads and counts and decides which cells to hide;
this module only puts words and the dashboard's stylesheet around it. The
file is self-contained (the stylesheet inline, no script, nothing loaded
from elsewhere), so it can be mailed or put on an intranet as it is.
"""

from datetime import date, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..nearmiss import danish
from ..nearmiss.report import Counts, Table, build_tables
from ..nearmiss.suppression import MIN_COUNT
from ..nearmiss.vocabulary import ACTION_LABELS, ENTITY_LABELS, RESOLVED_ACTIONS, SITE_LABELS, label

HERE = Path(__file__).resolve().parent
HIDDEN = "–"
NO_UNIT_LABEL = "(ingen enhed)"
DIMENSION_HEADINGS = {"week": "Uge", "unit": "Enhed", "site": "Tjeneste", "kind": "Type", "action": "Handling"}


def render(counts: Counts, sources: list[str], min_count: int = MIN_COUNT, today: date | None = None) -> str:
    """Return the report as HTML."""
    tables = build_tables(counts, min_count)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("report.html").render(
        tables=[_view(t) for t in tables],
        figures=_figures(tables[0], counts.total),
        counts=counts,
        sources=sources,
        min_count=min_count,
        period=_period(tables[0]),
        made=danish.date_text(today or datetime.now().date()),
        css=(HERE / "static" / "promptvagt.css").read_text(encoding="utf-8"),
        danish=danish,
    )


def cell_text(table: Table, i: int, j: int) -> str:
    """The shown text of a cell: a Danish number, or the dash when it is hidden."""
    return HIDDEN if (i, j) in table.hidden else danish.number(table.matrix[i][j])


def _view(table: Table) -> dict:
    matrix = table.matrix
    body = [
        {"label": _label(table.row_dimension, value), "cells": [cell_text(table, i, j) for j in range(len(matrix[0]))]}
        for i, value in enumerate(table.rows)
    ]
    totals = [cell_text(table, len(table.rows), j) for j in range(len(matrix[0]))]
    return {
        "id": table.id,
        "title": table.title,
        "note": table.note,
        "row_heading": DIMENSION_HEADINGS[table.row_dimension],
        "columns": [_label(table.column_dimension, c) for c in table.columns],
        "body": body,
        "totals": totals,
        "hidden": len(table.hidden),
    }


def _figures(week_by_action: Table, total: int) -> dict:
    """Key figures, only where the table shows the numbers they come from (no back door to a hidden cell)."""
    r, c = len(week_by_action.rows), len(week_by_action.columns)
    shown = (r, c) not in week_by_action.hidden and total > 0
    per_action = {
        action: None if (r, j) in week_by_action.hidden else week_by_action.matrix[r][j]
        for j, action in enumerate(week_by_action.columns)
    }
    resolved = [per_action.get(a) for a in RESOLVED_ACTIONS]
    sent = per_action.get("sent_anyway")
    return {
        "total": danish.number(total) if shown else f"færre end {MIN_COUNT}" if total else "0",
        "resolved": danish.percent(sum(resolved), total) if shown and None not in resolved else HIDDEN,
        "sent_anyway": danish.percent(sent, total) if shown and sent is not None else HIDDEN,
    }


def _period(week_by_action: Table) -> str:
    if not week_by_action.rows:
        return "ingen hændelser"
    first, last = week_by_action.rows[0], week_by_action.rows[-1]
    return f"{danish.week_label(first)} {first.year} til {danish.week_label(last)} {last.year}"


def _label(dimension: str, value) -> str:
    if dimension == "week":
        return f"{danish.week_label(value)} ({danish.short_date(value)} {value.year})"
    if dimension == "unit":
        return value or NO_UNIT_LABEL
    if dimension == "site":
        return label(SITE_LABELS, value)
    if dimension == "action":
        return label(ACTION_LABELS, value)
    return label(ENTITY_LABELS, value)
