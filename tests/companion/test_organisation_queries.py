"""The Datasette/sqlite-utils recipe in docs/organisation.md, run as written.

The shell block loads an rsyslog file of forwarded events and a per-PC
aggregated export with the real ``sed`` and ``sqlite-utils`` commands; every
SQL block of that section must then run and agree with ``promptvagt report``'s
own counting. (Datasette runs the same SQLite; it is not started here.)
"""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from companion.nearmiss import db as database
from companion.nearmiss import exports, store
from companion.nearmiss.filters import parse_filter
from companion.nearmiss.report import read_inputs
from companion.nearmiss.syslog import rfc5424

from .nearmiss import event, seed

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "organisation.md").read_text(encoding="utf-8")
SECTION = DOC[DOC.index("### Datasette") :]
_spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "report.py")
bench_report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_report)


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", SECTION, flags=re.S)


@pytest.fixture
def organisation(tmp_path, scanner):
    records = list(bench_report.generate(400, pcs=20, units=4, weeks=4))
    lines = [rfc5424(r).decode() for r in records] + [rfc5424(records[0]).decode()]  # one resent duplicate
    (tmp_path / "promptvagt.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = database.open_database(tmp_path / "pc.db")
    database.migrate(db)
    seed(db, scanner, [event(kinds=("DK_CPR", "PERSON")), event(action="sent_anyway"), event(site="gemini")])
    (tmp_path / "pc-017.csv").write_text(
        "".join(exports.aggregate_csv(store.aggregate_rows(db, parse_filter({"days": "30"})))), encoding="utf-8"
    )
    db.close()
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    [script] = blocks("sh")
    for line in script.splitlines():
        if line.startswith("datasette "):
            continue  # serving it is not the point here
        done = subprocess.run(["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, (line, done.stderr)
    return tmp_path


@pytest.mark.skipif(shutil.which("sed") is None, reason="needs sed")
def test_every_query_of_the_recipe_runs_and_agrees_with_the_report(organisation):
    db = sqlite_utils.Database(organisation / "organisation.db")
    assert db["haendelser"].count == 400  # the duplicate was ignored on its id
    results = [list(db.query(sql)) for sql in blocks("sql")]
    assert len(results) == 4 and all(results[i] for i in (0, 1, 3))
    counts = read_inputs([organisation / "promptvagt.log"])
    per_unit = {}
    for (week, unit, site, action), n in counts.events.items():
        per_unit[unit] = per_unit.get(unit, 0) + n
    by_unit = {}
    for row in list(db.query("select org_unit, count(*) as n from haendelser group by org_unit")):
        by_unit[row["org_unit"]] = row["n"]
    assert by_unit == per_unit
    assert sum(r["haendelser"] for r in results[0]) <= 400
    assert {r["type"] for r in results[3]} >= {"CPR-nummer", "Navn"}
