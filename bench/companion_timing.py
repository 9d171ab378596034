"""The real companion process for the benchmarks, timed from start to a healthy ``/health``."""

import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.detection.analysis import WARM_UP_DELAY_S  # noqa: E402
from tests.e2e.companion_process import STARTUP_TIMEOUT_S, Companion, health  # noqa: E402

POLL_S = 0.02
#: How long a benchmark lets a companion that has just started sit idle before it measures: the scanner compiles
#: the patterns no scan has needed yet in the background, beginning ``WARM_UP_DELAY_S`` after start-up and taking a
#: few seconds. The first scan after start is measured on its own (``performance.startup_runs``).
SETTLE_S = WARM_UP_DELAY_S + 6.0


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
def companion_process(data_dir: Path, log_path: Path, settle: bool = True):
    """Run the companion until the block ends; yield the ``TimedCompanion``, settled (``SETTLE_S``) unless told not."""
    companion = TimedCompanion(data_dir, log_path)
    try:
        if settle:
            time.sleep(SETTLE_S)
        yield companion
    finally:
        companion.stop()
