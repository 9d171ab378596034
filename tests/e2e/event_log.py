"""The companion's near-miss log as the e2e tests read it (``GET /api/v1/events``).

The extension posts an event from its outbox after the page has sent, so on a busy machine it can land
a moment later: ``logged`` waits for it instead of reading once after a fixed pause.
"""

import json
import time
import urllib.request


def events(url, action):
    """Every event of ``action`` from the last day."""
    with urllib.request.urlopen(f"{url}/api/v1/events?days=1&per_page=500&action={action}") as response:
        return json.load(response)["events"]


def logged(url, action, site, within_s=5.0):
    """The events of ``action`` from ``site`` once at least one is there (or [] after ``within_s``)."""
    deadline = time.monotonic() + within_s
    while True:
        found = [event for event in events(url, action) if event["site"] == site]
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(0.1)
