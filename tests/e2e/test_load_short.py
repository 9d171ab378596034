"""Twenty clients for five seconds against the real companion process: not one error.

The same load as ``bench/load.py`` (which writes docs/load.md from a 30 s
run), kept short for CI. Timings depend on the machine, so only errors fail
the test; the figures are printed for the log.
"""

import importlib.util
import json
from pathlib import Path

from .companion_process import Companion, assert_never_logged

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("promptvagt_bench_load", REPO / "bench" / "load.py")
load = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(load)

SECRET_VALUES = ["070761-0913", "0707610913", "Hanne Jensen", "Vestergade 12"]


def test_twenty_clients_for_five_seconds_without_errors(tmp_path):
    log_path = tmp_path / "companion.log"
    companion = Companion(tmp_path / "data", log_path)
    try:
        result = load.run_load(companion.url, clients=20, duration=5)
    finally:
        companion.stop()
    print(json.dumps({k: v for k, v in result.items() if k != "kinds"}))
    assert result["errors"] == 0, result["error_kinds"]
    assert all(figures["ok"] > 0 for figures in result["kinds"].values())
    # The drafts hold a CPR number, a name and an address: none may reach the log.
    assert_never_logged(log_path, SECRET_VALUES)
