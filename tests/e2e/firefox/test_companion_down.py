"""Firefox with no companion: the built-in detector holds a CPR number on every page, the popup says
protection is reduced, and the near-misses wait in the add-on's storage. A companion that then runs
refuses the unpaired add-on (its origin is random); once paired, each waiting event arrives once."""

import json
import time
import urllib.request

from ..companion_process import free_port, running_companion
from ..sites import SITES
from .driver import ENTER

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
SECRET_VALUES = ["070761-0913", "0707610913"]


def stored_events(url):
    with urllib.request.urlopen(f"{url}/api/v1/events?days=1&per_page=500") as response:
        return json.load(response)["events"]


def hold_with_the_built_in_detector(ff, site):
    ff.open_fixture(site)
    ff.type(site.composer, CPR_PROMPT)
    ff.press(site.composer, ENTER)
    text = ff.banner_text()
    assert "0707XX-XXXX" in text, site.id
    assert "svarer ikke" in text, site.id  # the fallback note
    ff.click_banner("cancel")
    assert ff.submissions() == 0, site.id


def test_built_in_detector_holds_and_events_wait_for_pairing(launch_firefox, pairing_code, tmp_path):
    port = free_port()
    ff = launch_firefox()
    ff.save_companion_url(f"http://127.0.0.1:{port}")

    for site in SITES.values():
        hold_with_the_built_in_detector(ff, site)
    shown = ff.popup_status()
    assert shown["status"].startswith("Nedsat beskyttelse") and "svarer ikke" in shown["status"]
    queued = ff.outbox()
    assert sorted(e["site"] for e in queued) == sorted(SITES)
    assert {e["detector"] for e in queued} == {"fallback"}
    assert not [v for v in SECRET_VALUES if v in json.dumps(queued)] and "XX-XXXX" not in json.dumps(queued)

    data_dir = tmp_path / "data"
    with running_companion(data_dir, tmp_path / "companion.log", port=port, never_logged=SECRET_VALUES) as url:
        # Running but not paired: Firefox's add-on is refused, so the built-in detector still decides.
        hold_with_the_built_in_detector(ff, SITES["chatgpt"])
        shown = ff.popup_status()
        assert shown["status"].startswith("Nedsat beskyttelse") and "ikke parret" in shown["status"]
        assert shown["channel"] == "kun udvidelsens indbyggede kontrol"
        assert stored_events(url) == []
        queued = ff.outbox()
        assert len(queued) == len(SITES) + 1

        ff.pair(pairing_code(data_dir))
        deadline = time.monotonic() + 15
        while len(stored_events(url)) < len(queued) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert sorted(e["id"] for e in stored_events(url)) == sorted(e["id"] for e in queued)
        assert ff.outbox() == []
        assert ff.popup_status()["status"].startswith("Fuld beskyttelse")
