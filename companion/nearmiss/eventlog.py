"""Windows Event Log records for forwarded near-misses (source ``Promptvagt`` in the Application log).

Windows PCs in a municipality already ship their event logs: Windows Event
Forwarding to a collector, or Azure Monitor Agent into Microsoft Sentinel's
``Event`` table. So on Windows a forwarded near-miss is one event record:

==========  ===========  =============================================
event id    level        meaning
==========  ===========  =============================================
1001        Information  replaced with placeholders (``redacted``)
1002        Information  edited by the user (``edited``)
1003        Information  cancelled (``cancelled``)
1004        Warning      sent anyway (``sent_anyway``)
==========  ===========  =============================================

The record's first insertion string (``%1``, what Event Viewer and
``RenderedDescription`` show when the source is registered with .NET's
``EventLogMessages.dll``, as ``New-EventLog`` does) is the record as one line
of JSON, the same as the syslog message; strings 2-14 are the single fields
in the order of ``FIELDS``, which is how they appear as ``<Data>`` elements
in ``EventData``.

The source is registered once per machine by an administrator (the MSI or
Intune script): ``New-EventLog -LogName Application -Source Promptvagt``.
Without registration ``ReportEventW`` still writes the record; Event Viewer
then prefixes it with "The description … cannot be found", the data is intact.

Written with ctypes against advapi32, so no pywin32 is needed. Tested by unit
tests of the records (``tests/companion/test_forwarding.py``); it has not
been run on Windows in this project's test environment.
"""

import ctypes
import sys

from .syslog import SendError, is_health, message_json

SOURCE = "Promptvagt"
LOG_NAME = "Application"
EVENT_IDS = {"redacted": 1001, "edited": 1002, "cancelled": 1003, "sent_anyway": 1004}
#: Adapter health reports (issue 12), by problem; always a warning.
HEALTH_EVENT_IDS = {"composer_missing": 1101, "send_escaped": 1102}
EVENTLOG_WARNING_TYPE = 0x0002
EVENTLOG_INFORMATION_TYPE = 0x0004
#: Insertion strings 2 onwards, in this order (string 1 is the JSON).
FIELDS = (
    "id", "time", "site", "page_kind", "verdict", "action", "detector",
    "extension_version", "companion_version", "org_unit", "findings", "kinds",
)  # fmt: skip
HEALTH_FIELDS = ("id", "time", "host", "adapter", "problem", "extension_version", "companion_version", "org_unit")
#: What ``New-EventLog`` writes under HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\Promptvagt.
REGISTRY_KEY = rf"SYSTEM\CurrentControlSet\Services\EventLog\{LOG_NAME}\{SOURCE}"
REGISTRY_VALUES = {
    "EventMessageFile": r"%SystemRoot%\Microsoft.NET\Framework64\v4.0.30319\EventLogMessages.dll",
    "TypesSupported": 7,
}


def event_record(record: dict) -> dict:
    """Return what ``ReportEventW`` gets for one forwarded record: id, type and insertion strings."""
    if is_health(record):
        return {
            "event_id": HEALTH_EVENT_IDS.get(record["problem"], 1100),
            "event_type": EVENTLOG_WARNING_TYPE,
            "category": 0,
            "strings": [message_json(record), *(str(record.get(name) or "") for name in HEALTH_FIELDS)],
        }
    kinds = " ".join(f"{kind}={count}" for kind, count in sorted(record["kinds"].items()))
    fields = {**record, "kinds": kinds}
    return {
        "event_id": EVENT_IDS[record["action"]],
        "event_type": EVENTLOG_WARNING_TYPE if record["action"] == "sent_anyway" else EVENTLOG_INFORMATION_TYPE,
        "category": 0,
        "strings": [message_json(record), *(str(fields.get(name) or "") for name in FIELDS)],
    }


class EventLogSender:
    """Write records with ``ReportEventW``; a refused write leaves the batch queued."""

    def __init__(self, api=None):
        """:param api: the advapi32 functions (tests pass a fake); Windows' own by default."""
        self.api = api or _advapi32()

    def send(self, records: list[dict]) -> None:
        handle = self.api.RegisterEventSourceW(None, SOURCE)
        if not handle:
            raise SendError("Event Log kan ikke åbnes (RegisterEventSourceW failed)")
        try:
            for record in records:
                entry = event_record(record)
                strings = (ctypes.c_wchar_p * len(entry["strings"]))(*entry["strings"])
                ok = self.api.ReportEventW(
                    handle, entry["event_type"], entry["category"], entry["event_id"],
                    None, len(entry["strings"]), 0, strings, None,
                )  # fmt: skip
                if not ok:
                    raise SendError("Event Log afviste hændelsen (ReportEventW failed)")
        finally:
            self.api.DeregisterEventSource(handle)

    def close(self) -> None:
        pass


def _advapi32():
    if sys.platform != "win32":
        raise SendError("Event Log findes kun på Windows (eventlog is Windows only)")
    from ctypes import wintypes

    api = ctypes.WinDLL("advapi32", use_last_error=True)
    api.RegisterEventSourceW.argtypes = [wintypes.LPCWSTR, wintypes.LPCWSTR]
    api.RegisterEventSourceW.restype = wintypes.HANDLE
    api.ReportEventW.argtypes = [
        wintypes.HANDLE, wintypes.WORD, wintypes.WORD, wintypes.DWORD, wintypes.LPVOID,
        wintypes.WORD, wintypes.DWORD, ctypes.POINTER(wintypes.LPCWSTR), wintypes.LPVOID,
    ]  # fmt: skip
    api.ReportEventW.restype = wintypes.BOOL
    api.DeregisterEventSource.argtypes = [wintypes.HANDLE]
    api.DeregisterEventSource.restype = wintypes.BOOL
    return api
