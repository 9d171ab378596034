"""Scans run on one lane thread while it is free; a second scan at the same time does not wait for it."""

import json
import threading

import pytest

from companion import create_app
from companion.transport.scan_lane import ScanLane

from .nearmiss import CPR
from .test_server import Running, post


def thread_name():
    return threading.current_thread().name


def test_a_scan_runs_on_the_lane_thread_and_the_next_one_too():
    lane = ScanLane()
    first, second = lane.run(thread_name), lane.run(thread_name)
    assert first == second and first.startswith("promptvagt-scan")


def test_a_scan_while_the_lane_is_busy_runs_beside_it_on_the_callers_thread():
    lane = ScanLane()
    started, release = threading.Event(), threading.Event()

    def long_scan():
        started.set()
        assert release.wait(10)
        return thread_name()

    names = {}
    holder = threading.Thread(target=lambda: names.setdefault("long", lane.run(long_scan)))
    holder.start()
    assert started.wait(10)
    names["short"] = lane.run(thread_name)  # returns at once: the long scan is still running
    release.set()
    holder.join(10)
    assert names["long"].startswith("promptvagt-scan")
    assert names["short"] == threading.current_thread().name
    assert lane.run(thread_name).startswith("promptvagt-scan")  # the lane is free again


def test_an_error_in_a_scan_reaches_the_caller_and_frees_the_lane():
    lane = ScanLane()

    def fails():
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        lane.run(fails)
    assert lane.run(thread_name).startswith("promptvagt-scan")


class ThreadRecordingScanner:
    """The real scanner, noting which thread ran each scan."""

    def __init__(self, scanner):
        self.scanner = scanner
        self.threads = []

    def scan(self, text):
        self.threads.append(thread_name())
        return self.scanner.scan(text)

    def __getattr__(self, name):
        return getattr(self.scanner, name)


def test_scans_through_waitress_run_on_the_lane_whichever_request_thread_took_them(scanner, tmp_path):
    recording = ThreadRecordingScanner(scanner)
    running = Running(create_app({"DATA_DIR": str(tmp_path)}, scanner=recording))
    try:
        for _ in range(6):
            status, data = post(running, json.dumps({"text": f"cpr {CPR}"}).encode())
            assert status == 200 and json.loads(data)["verdict"] == "block"
    finally:
        running.stop()
    assert len(recording.threads) == 6
    assert all(name.startswith("promptvagt-scan") for name in recording.threads)
