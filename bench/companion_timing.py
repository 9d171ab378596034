"""The real companion process for the benchmarks, timed from start to a healthy ``/health``."""

import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e.companion_process import STARTUP_TIMEOUT_S, Companion, health  # noqa: E402

POLL_S = 0.02


class TimedCompanion(Companion):
    """``tests.e2e.companion_process.Companion`` that polls every 20 ms and keeps ``startup_s``."""

    def _wait_until_healthy(self) -> None:
        started = time.perf_counter()  # the process was started just before
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while health(self.url) is None:
            if self.process.poll() is not None:
                raise RuntimeError(f"companion exited with {self.process.returncode}; see {self.log_path}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"companion not healthy after {STARTUP_TIMEOUT_S}s; see {self.log_path}")
            time.sleep(POLL_S)
        self.startup_s = time.perf_counter() - started

    @property
    def pid(self) -> int:
        return self.process.pid


@contextmanager
def companion_process(data_dir: Path, log_path: Path):
    """Run the companion until the block ends; yield the ``TimedCompanion``."""
    companion = TimedCompanion(data_dir, log_path)
    try:
        yield companion
    finally:
        companion.stop()
