"""Run scans on one long-lived thread while it is free.

How fast a scan runs depends on which thread runs it. Spread over waitress's
eight request threads, 1,000-character scans took 1 ms longer at the median
and 4–5 ms longer at p95 than the same scans handed to one thread (measured
with the same scanner in one process; two threads were as fast as one, four
already slower): most likely each thread's share of the working memory
(the allocator's per-thread caches, the interpreter's frames) has gone cold
by its next turn. So both transports hand a scan to the lane's own thread.

A scan that arrives while another holds the lane runs on its request's
thread, beside it, as before the lane: a long text never makes a short one
wait, and two tabs scanning at once share the processor as they always did.
"""

import threading
from concurrent.futures import ThreadPoolExecutor


class ScanLane:
    def __init__(self):
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="promptvagt-scan")
        self._free = threading.Lock()

    def run(self, scan, *args):
        """Return ``scan(*args)``, run on the lane's thread if it is free, else on this one."""
        if not self._free.acquire(blocking=False):
            return scan(*args)
        try:
            return self._thread.submit(scan, *args).result()
        finally:
            self._free.release()


#: One lane for the process: the HTTP API and native messaging scan with the same pipeline.
LANE = ScanLane()
