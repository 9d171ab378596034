"""Forwarding into a real syslog daemon (issue 13): Debian's rsyslogd, started here on loopback.

The companion runs as ``promptvagt serve --forward …`` (a separate process);
events are posted as the extension posts them. The daemon is stopped
(SIGTERM, as ``systemctl stop`` does) in the middle of a stream of events and
started again: every event must arrive exactly once. Afterwards every byte
the daemon wrote is searched for the values, masks and reasons that were
sent.
"""

import re
import threading
import time
import uuid
from collections import Counter
from datetime import datetime, timezone

import pytest

from .companion_process import Companion, assert_never_logged, post_event
from .rsyslog import Rsyslog, rsyslogd_path

pytestmark = pytest.mark.skipif(
    rsyslogd_path() is None,
    reason="rsyslogd missing: install Debian's 'rsyslog' (make test does, as root)",
)

CPR = "070761-0913"
NAME = "Hanne Jensen"
REASON = "Kursusmateriale"
SECRETS = [CPR, CPR.replace("-", ""), NAME, "Hanne", "Jensen", REASON, "0707XX-XXXX", "H. J."]
ID_IN_MESSAGE = re.compile(r'"id":"([0-9a-f-]{36})"')


def body(action="redacted", **fields):
    return {
        "id": str(uuid.uuid4()),
        "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "site": "chatgpt",
        "page_kind": "chat",
        "verdict": "block",
        "action": action,
        # An older extension's masked previews: accepted, never stored, never forwarded.
        "findings": [
            {"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX"},
            {"entity_type": "PERSON", "severity": "warn", "masked": "H. J."},
        ],
        "detector": "companion",
        "extension_version": "0.2.0",
        **fields,
    }


def forwarded_ids(lines):
    return [m.group(1) for line in lines for m in [ID_IN_MESSAGE.search(line)] if m]


@pytest.fixture
def daemon(tmp_path):
    rsyslog = Rsyslog(tmp_path / "rsyslog").start()
    yield rsyslog
    rsyslog.stop()


def start_companion(tmp_path, target, **env):
    tmp_path.mkdir(parents=True, exist_ok=True)
    return Companion(
        tmp_path / "data", tmp_path / "companion.log",
        env={"PROMPTVAGT_ORG_UNIT": "Børn og Unge", **env}, args=("--forward", target),
    )  # fmt: skip


def test_daemon_stopped_mid_run_every_event_arrives_exactly_once(tmp_path, daemon):
    companion = start_companion(tmp_path, f"syslog+tcp://127.0.0.1:{daemon.port}")
    sent, stops = [], []
    try:
        done = threading.Event()

        def stream():
            # 3 events a second for 12 seconds, as a busy morning on one PC would never be.
            for n in range(36):
                event = body("sent_anyway", reason=REASON) if n % 6 == 0 else body()
                assert post_event(companion.url, event) == 201
                sent.append(event["id"])
                if n % 9 == 4:
                    assert post_event(companion.url, event) == 200  # a resend is stored (and queued) once
                time.sleep(1 / 3)
            done.set()

        poster = threading.Thread(target=stream)
        poster.start()
        time.sleep(3)
        daemon.stop()  # mid-run: the companion must notice and keep the events
        stops.append(len(sent))
        time.sleep(3)
        daemon.start()
        time.sleep(2)
        daemon.stop()  # and once more, briefly
        stops.append(len(sent))
        time.sleep(1)
        daemon.start()
        poster.join()
        assert done.is_set()
        lines = daemon.wait_for_lines(len(sent), timeout=60)
    finally:
        companion.stop()
    assert 0 < stops[0] < stops[1] < len(sent), "the daemon was not stopped while events came in"
    counts = Counter(forwarded_ids(lines))
    assert set(counts) == set(sent), f"lost: {len(set(sent) - set(counts))}"
    assert [i for i, n in counts.items() if n > 1] == [], "an event arrived twice"
    assert forwarded_ids(lines) == sent, "the order changed"

    # Every byte the daemon wrote: codes and counts, never a value, a mask or the reason.
    data = (daemon.raw.read_bytes() + daemon.parsed.read_bytes()).decode("utf-8")
    assert not [s for s in SECRETS if s in data]
    parsed = daemon.parsed_lines()[0].split("|")
    assert parsed[:3] == ["imtcp", "promptvagt", "nearmiss"]
    assert parsed[3].startswith("[promptvagt@32473 v=\"1\"") and 'org_unit="Børn og Unge"' in parsed[3]
    assert 'DK_CPR="1" PERSON="1"' in parsed[3]
    assert_never_logged(tmp_path / "companion.log", SECRETS)


def test_udp_and_the_local_socket(tmp_path, daemon):
    for n, target in enumerate([f"syslog+udp://127.0.0.1:{daemon.port}", f"syslog+unix://{daemon.socket}"]):
        companion = start_companion(tmp_path / str(n), target)
        try:
            event = body()
            assert post_event(companion.url, event) == 201
            deadline = time.monotonic() + 20
            while event["id"] not in forwarded_ids(daemon.raw_lines()) and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            companion.stop()
        assert forwarded_ids(daemon.raw_lines()).count(event["id"]) == 1, target
    inputs = [line.split("|")[:3] for line in daemon.parsed_lines()]
    assert inputs == [["imudp", "promptvagt", "nearmiss"], ["imuxsock", "promptvagt", "-"]]
    data = daemon.raw.read_text(encoding="utf-8")
    assert not [s for s in SECRETS if s in data]


def test_events_queued_while_the_daemon_is_down_arrive_after_a_companion_restart(tmp_path, daemon):
    """The queue is in the database: a companion restarted during the outage still delivers everything."""
    target = f"syslog+tcp://127.0.0.1:{daemon.port}"
    daemon.stop()
    companion = start_companion(tmp_path, target)
    sent = []
    try:
        for _ in range(5):
            event = body()
            assert post_event(companion.url, event) == 201
            sent.append(event["id"])
    finally:
        companion.kill()  # a crash, not a polite stop
    daemon.start()
    companion = start_companion(tmp_path, target)
    try:
        lines = daemon.wait_for_lines(len(sent))
    finally:
        companion.stop()
    assert forwarded_ids(lines) == sent
