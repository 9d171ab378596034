"""``promptvagt report`` (issue 13): inputs, counting, and small-cell suppression that totals cannot undo.

The suppression is checked against linear algebra, independently of how
``suppression.py`` finds its cells: a hidden cell is safe when no
combination of the shown rows and columns computes it (its unit vector is
not in the row space of the table's equations restricted to hidden cells).
"""

import csv
import importlib.util
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.cli import main
from companion.dashboard import report as report_page
from companion.nearmiss import db as database
from companion.nearmiss import exports, store
from companion.nearmiss.filters import parse_filter
from companion.nearmiss.report import Counts, build_tables, read_inputs
from companion.nearmiss.suppression import suppress, with_totals

from .nearmiss import event, seed

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "report.py")
bench_report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_report)


def computable(matrix, hidden) -> set:
    """Hidden cells whose value follows from the shown numbers (the oracle)."""
    rows, cols = len(matrix), len(matrix[0])
    cells = sorted(hidden)
    if not cells:
        return set()
    equations = []
    for i in range(rows):  # each row: inner cells minus the row total (the total row: cells minus grand total)
        equations.append([(p[0] == i) * (-1 if p[1] == cols - 1 else 1) for p in cells])
    for j in range(cols):
        equations.append([(p[1] == j) * (-1 if p[0] == rows - 1 else 1) for p in cells])
    a = np.array(equations, dtype=float)
    rank = np.linalg.matrix_rank(a)
    found = set()
    for n, cell in enumerate(cells):
        unit = np.zeros((1, len(cells)))
        unit[0, n] = 1
        if np.linalg.matrix_rank(np.vstack([a, unit])) == rank:
            found.add(cell)
    return found


def assert_protected(matrix, hidden, min_count=5):
    shown_small = [(i, j) for i, row in enumerate(matrix) for j, v in enumerate(row) if 0 < v < min_count and (i, j) not in hidden]
    assert not shown_small, f"cells under {min_count} shown: {shown_small}"
    assert not computable(matrix, hidden), "a hidden cell can be computed from the totals"


# -- the suppression itself ---------------------------------------------------------------


def test_oracle_sees_what_a_lone_hidden_cell_gives_away():
    matrix = with_totals([[3, 10], [20, 30]])
    assert computable(matrix, {(0, 0)}) == {(0, 0)}
    assert computable(matrix, {(0, 0), (0, 1), (1, 0), (1, 1)}) == set()


@pytest.mark.parametrize(
    "cells",
    [
        [[3, 10], [20, 30]],
        [[3, 10, 7], [20, 30, 9], [6, 6, 6]],
        [[1, 1], [1, 1]],  # everything small: all hidden
        [[0, 0, 4], [50, 60, 70]],  # a row total under 5
        [[100, 2, 100, 100], [100, 100, 100, 100], [100, 100, 100, 3]],
        [[4]],
        # Two hidden blocks joined only through one cell would make it computable.
        [[2, 9, 9, 9], [9, 2, 9, 9], [9, 9, 9, 9], [9, 9, 9, 9]],
    ],
)
def test_small_cells_and_their_giveaways_are_hidden(cells):
    assert_protected(with_totals(cells), suppress(cells))


def test_zeros_stay_visible_and_big_tables_keep_most_cells():
    cells = [[0, 40, 50], [60, 70, 80], [90, 100, 110]]
    assert suppress(cells) == set()
    cells[1][1] = 2
    hidden = suppress(cells)
    assert (1, 1) in hidden and len(hidden) == 4  # the smallest block that protects it


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 7).flatmap(
        lambda width: st.lists(st.lists(st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6, 9, 20, 150]), min_size=width, max_size=width), min_size=1, max_size=9)
    )
)
def test_no_table_gives_a_small_cell_away(cells):
    assert_protected(with_totals(cells), suppress(cells))


# -- inputs ---------------------------------------------------------------------------------


def records(n=40, **kwargs):
    return list(bench_report.generate(n, **kwargs))


def test_forwarded_events_in_every_export_shape_count_the_same(tmp_path):
    sent = records(60)
    (tmp_path / "a.json").write_text(json.dumps(sent[:15]))
    with open(tmp_path / "b.jsonl", "w") as out:
        out.writelines(json.dumps(r) + "\n" for r in sent[15:30])
    with open(tmp_path / "c.csv", "w", newline="") as out:  # a SIEM's CSV, kinds as in the Event Log
        writer = csv.DictWriter(out, ["TimeGenerated", "id", "time", "site", "action", "org_unit", "kinds"])
        writer.writeheader()
        for r in sent[30:45]:
            kinds = " ".join(f"{k}={v}" for k, v in r["kinds"].items())
            writer.writerow({"TimeGenerated": "x", **{k: r[k] for k in ("id", "time", "site", "action", "org_unit")}, "kinds": kinds})
    with open(tmp_path / "d.log", "w") as out:  # rsyslog's file: RFC 5424 lines
        from companion.nearmiss.syslog import rfc5424

        out.writelines(rfc5424(r).decode() + "\n" for r in sent[45:])
    counts = read_inputs([tmp_path / name for name in ("a.json", "b.jsonl", "c.csv", "d.log", "b.jsonl")])
    assert counts.total == 60 and counts.duplicates == 15 and counts.unreadable == 0
    expected = Counts()
    for r in sent:
        expected.add_event(r)
    assert counts.events == expected.events and counts.kinds == expected.kinds


def test_per_pc_aggregated_exports_take_their_unit_from_the_folder(tmp_path, scanner):
    db = database.open_database(tmp_path / "pc.db")
    database.migrate(db)
    seed(db, scanner, [event(kinds=("DK_CPR", "PERSON")), event(action="sent_anyway"), event(site="gemini")])
    flt = parse_filter({"days": "30"})
    rows = store.aggregate_rows(db, flt)
    unit = tmp_path / "indsamlet" / "Børn og Unge"
    unit.mkdir(parents=True)
    (unit / "pc-017.csv").write_text("".join(exports.aggregate_csv(rows)), encoding="utf-8")
    (unit / "pc-018.json").write_text(exports.aggregate_json(rows, {"from": "x", "to": "y"}), encoding="utf-8")
    counts = read_inputs([tmp_path / "indsamlet"])
    assert counts.from_aggregates and counts.files == 2
    # Per kind exact; the total of an aggregate counts an event once per kind.
    assert {k[1] for k in counts.events} == {"Børn og Unge"}
    assert sum(n for k, n in counts.kinds.items() if k[4] == "DK_CPR") == 6  # 3 events on each of 2 PCs
    assert sum(n for k, n in counts.kinds.items() if k[4] == "PERSON") == 2
    assert sum(n for k, n in counts.kinds.items() if k[3] == "sent_anyway") == 2
    assert counts.total == 8  # 6 events, the one with two kinds counted twice (the report says so)
    db.close()


def test_unreadable_input_is_counted_not_fatal_and_a_foreign_csv_is_refused(tmp_path):
    good = records(3)
    (tmp_path / "x.jsonl").write_text(json.dumps(good[0]) + "\n{broken\n" + json.dumps({"id": 1}) + "\n")
    counts = read_inputs([tmp_path / "x.jsonl"])
    assert counts.total == 1 and counts.unreadable == 2
    (tmp_path / "other.csv").write_text("navn,cpr\nHanne,070761-0913\n")
    result = CliRunner().invoke(main, ["report", str(tmp_path / "other.csv"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code != 0 and "070761" not in result.output and "Hanne" not in result.output


# -- the report --------------------------------------------------------------------------


class TableReader(HTMLParser):
    """Reads every ``<table>`` of the report as rows of cell texts."""

    def __init__(self):
        super().__init__()
        self.tables, self._cell = {}, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._current = self.tables.setdefault(dict(attrs)["id"], [])
        elif tag == "tr":
            self._current.append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._current[-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def test_report_for_50_pcs_in_8_units_hides_small_cells_and_their_giveaways(tmp_path):
    """The issue's "Done when": generated events from 50 PCs and 8 units; no cell under 5, no revealing total."""
    path = tmp_path / "siem.jsonl"
    bench_report.write_jsonl(path, bench_report.generate(1500, pcs=50, units=8, weeks=10))
    output = tmp_path / "rapport.html"
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(output)])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and 'lang="da"' in html and "Nær-ved-hændelser i organisationen" in html

    counts = read_inputs([path])
    assert len({k[1] for k in counts.events}) == 8
    tables = {t.id: t for t in build_tables(counts, 5)}
    reader = TableReader()
    reader.feed(html)
    assert set(reader.tables) == {f"tabel-{i}" for i in tables}
    hidden_somewhere = 0
    for table_id, table in tables.items():
        shown = reader.tables[f"tabel-{table_id}"][1:]  # without the heading row
        matrix = table.matrix
        assert len(shown) == len(matrix)
        for i, row in enumerate(shown):
            for j, text in enumerate(row[1:]):
                if text == "–":
                    assert (i, j) in table.hidden
                else:
                    value = int(text.replace(".", ""))
                    assert value == matrix[i][j] and not 0 < value < 5, (table_id, i, j, value)
        assert_protected(matrix, table.hidden)
        hidden_somewhere += len(table.hidden)
    assert hidden_somewhere > 0, "the generated data should need some suppression"

    # Linked tables: a unit's or a week's total is hidden everywhere or nowhere.
    def margin(table, dimension, value):
        if table.row_dimension == dimension:
            return (table.rows.index(value), len(table.columns)) in table.hidden
        return (len(table.rows), table.columns.index(value)) in table.hidden

    for dimension, pair in (("unit", ("enhed-handling", "uge-enhed")), ("week", ("uge-handling", "uge-enhed"))):
        a, b = tables[pair[0]], tables[pair[1]]
        for value in a.rows if a.row_dimension == dimension else a.columns:
            assert margin(a, dimension, value) == margin(b, dimension, value)

    # Only counts and labels: no event id, no time of day.
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", html) and "T09:" not in html


def test_a_tiny_organisation_gets_a_report_that_says_almost_nothing(tmp_path):
    path = tmp_path / "few.jsonl"
    bench_report.write_jsonl(path, bench_report.generate(3, pcs=2, units=2), duplicate_share=0)
    html = report_page.render(read_inputs([path]), ["few.jsonl"], today=date(2026, 12, 1))
    assert 'id="tal-i-alt">færre end 5<' in html and 'id="tal-sendt">–<' in html
    reader = TableReader()
    reader.feed(html)
    event_tables = [t for name, t in reader.tables.items() if name != "tabel-type-handling"]
    assert [c for t in event_tables for row in t[1:] for c in row[1:] if c not in ("–", "0")] == []


def test_min_count_can_only_be_raised(tmp_path):
    path = tmp_path / "e.jsonl"
    bench_report.write_jsonl(path, bench_report.generate(200))
    assert CliRunner().invoke(main, ["report", str(path), "--min-count", "3", "-o", str(tmp_path / "r.html")]).exit_code == 2
    result = CliRunner().invoke(main, ["report", str(path), "--min-count", "10", "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0
    reader = TableReader()
    reader.feed((tmp_path / "r.html").read_text(encoding="utf-8"))
    shown = [int(c.replace(".", "")) for t in reader.tables.values() for row in t[1:] for c in row[1:] if c != "–"]
    assert shown and not [n for n in shown if 0 < n < 10]
