"""Generated near-misses for ``promptvagt report``, and how the report copes with a million of them.

    .venv/bin/python bench/report.py [--events 1000000] [--pcs 50] [--units 8] [--weeks 26]

Writes the events as a SIEM would export forwarded records (JSON Lines, one
``forwarding.forward_record`` per line, with 0.5 % resent duplicates), then
runs ``promptvagt report`` on them in a child process and prints the time and
the child's peak memory (maximum resident set size). Not a test: a figure
for docs/organisation.md. ``generate`` is also what the report's tests use.
"""

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.nearmiss.forwarding import forward_record  # noqa: E402

UNITS = (
    "Børn og Unge", "Borgerservice", "Jobcenter", "Sundhed og Omsorg", "Teknik og Miljø",
    "Kultur og Fritid", "Økonomi og HR", "Socialområdet", "Digitalisering", "Borgmesterens Afdeling",
)  # fmt: skip
SITES = {"chatgpt": 50, "copilot": 20, "m365": 12, "gemini": 12, "lechat": 6}
ACTIONS = {"redacted": 45, "edited": 25, "cancelled": 14, "sent_anyway": 16}
KINDS = {"PERSON": 45, "DK_CPR": 25, "HEALTH_DATA": 10, "CONFIDENTIAL_MARKER": 8, "EMAIL_ADDRESS": 6,
         "PHONE_NUMBER": 3, "DK_ADDRESS": 3}  # fmt: skip


def generate(events: int, pcs: int = 50, units: int = 8, weeks: int = 12, seed: int = 13, end=None):
    """Yield forwarded records: ``pcs`` PCs spread over ``units`` units, some PCs busier than others."""
    rng = random.Random(seed)
    end = end or datetime(2026, 11, 27, 15, tzinfo=timezone.utc)
    start = end - timedelta(weeks=weeks)
    span = int((end - start).total_seconds() // 60)
    unit_of_pc = [UNITS[pc % units] for pc in range(pcs)]
    pc_weights = list(accumulate(rng.paretovariate(1.5) for _ in range(pcs)))
    tables = {id(t): (list(t), list(accumulate(t.values()))) for t in (SITES, ACTIONS, KINDS)}

    def pick(table):
        values, weights = tables[id(table)]
        return rng.choices(values, cum_weights=weights)[0]

    for _ in range(events):
        pc = rng.choices(range(pcs), cum_weights=pc_weights)[0]
        moment = start + timedelta(minutes=rng.randrange(span))
        kinds = {}
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            kind = pick(KINDS)
            kinds[kind] = kinds.get(kind, 0) + 1
        action = pick(ACTIONS)
        event = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "time": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "site": pick(SITES),
            "page_kind": "custom_assistant" if rng.random() < 0.05 else "chat",
            "verdict": "block" if "DK_CPR" in kinds or "CONFIDENTIAL_MARKER" in kinds else "warn",
            "action": action,
            "detector": "companion" if rng.random() < 0.97 else "fallback",
            "extension_version": "0.2.0",
        }
        yield forward_record(event, kinds, unit_of_pc[pc], "0.1.0")


def write_jsonl(path: Path, records, duplicate_share: float = 0.005, seed: int = 7) -> int:
    """Write records one per line; repeat a few (a SIEM holding a resent event twice). Return bytes written."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            out.write(line)
            if rng.random() < duplicate_share:
                out.write(line)
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pcs", type=int, default=50)
    parser.add_argument("--units", type=int, default=8)
    parser.add_argument("--weeks", type=int, default=26)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        events = Path(folder) / "events.jsonl"
        began = time.perf_counter()
        size = write_jsonl(events, generate(args.events, args.pcs, args.units, args.weeks))
        print(f"generated {args.events:,} events ({size / 1e6:.0f} MB) in {time.perf_counter() - began:.1f} s")
        output = Path(folder) / "rapport.html"
        load = os.getloadavg()[0]  # the machine is shared: say how busy it was
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "companion.cli", "report", str(events), "-o", str(output)],
            cwd=ROOT, capture_output=True, text=True,
        )  # fmt: skip
        elapsed = time.perf_counter() - began
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_mb, cpu_s = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        if done.returncode != 0:
            sys.exit(done.stderr)
        print(done.stderr.strip())
        print(
            f"promptvagt report: {elapsed:.1f} s wall clock ({cpu_s:.1f} s CPU), peak memory {peak_mb:.0f} MB, "
            f"report {output.stat().st_size / 1e3:.0f} kB; load average before: {load:.1f} on {os.cpu_count()} cores"
        )


if __name__ == "__main__":
    main()
