"""Firefox starts the companion itself: ``promptvagt install --browser firefox`` in a throw-away HOME, no HTTP companion.

The host manifest goes to ``~/.mozilla/native-messaging-hosts/`` with
``allowed_extensions`` (Firefox knows the add-on by its id, so there is no
pairing); Firefox, started with that HOME, starts the host when the add-on
connects. A prompt with only a name (which the built-in detector cannot see)
is held, a clean prompt is sent, the near-miss is stored over the native port,
and the host ends with the browser, not before: an idle spell longer than the
background's idle time does not restart it.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from ..companion_process import free_port
from ..native_host import host_pids, stored_events, wait_for
from ..sites import SITES
from .driver import ADDON_ID, ENTER

NAME_PROMPT = "Skriv et venligt brev til Hanne Jensen om hendes ansøgning"
CLEAN_PROMPT = "Hvad er hovedstaden i Frankrig?"
SECRET_VALUES = ["Hanne Jensen", "Jensen"]
REPO = Path(__file__).resolve().parents[3]
CHATGPT = SITES["chatgpt"]
IDLE_PREF = "extensions.background.idle.timeout"


def test_firefox_starts_the_host_which_holds_a_name(launch_firefox, tmp_path, artifacts_dir):
    home, data_dir = tmp_path / "home", tmp_path / "data"
    env = {**os.environ, "HOME": str(home), "PROMPTVAGT_DATA_DIR": str(data_dir)}
    env.pop("XDG_DATA_HOME", None)  # the launcher then goes under the throw-away HOME too
    printed = subprocess.run(
        [sys.executable, "-m", "companion.cli", "install", "--browser", "firefox"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60, check=True,
    ).stdout
    manifest_path = home / ".mozilla" / "native-messaging-hosts" / "dk.promptvagt.companion.json"
    assert str(manifest_path) in printed
    manifest = json.loads(manifest_path.read_text())
    assert manifest["allowed_extensions"] == [ADDON_ID] and "allowed_origins" not in manifest
    assert manifest["type"] == "stdio" and os.access(manifest["path"], os.X_OK)
    assert Path(manifest["path"]).is_relative_to(home)

    # Firefox suspends an idle MV3 background after 30 s; 2 s here shows that the open port keeps it (and the host).
    ff = launch_firefox(env={"PROMPTVAGT_DATA_DIR": str(data_dir)}, home=home, prefs={IDLE_PREF: 2000})
    ff.save_companion_url(f"http://127.0.0.1:{free_port()}")  # nothing may answer over HTTP
    shown = wait_for(
        lambda: (s := ff.popup_status())["status"].startswith("Fuld beskyttelse") and s,
        what="the host to report a loaded model",
    )
    assert shown["channel"] == "Promptvagt på computeren, startet af browseren"
    [pid] = host_pids(data_dir)

    ff.open_fixture(CHATGPT)
    ff.type(CHATGPT.composer, NAME_PROMPT)
    ff.press(CHATGPT.composer, ENTER)
    text = ff.banner_text()
    assert "H. J." in text  # only the companion finds names
    assert "svarer ikke" not in text
    ff.screenshot(artifacts_dir / "firefox-native-host-name-held.png")
    ff.click_banner("cancel")
    assert ff.submissions() == 0

    ff.open("about:blank")
    time.sleep(5)  # idle for more than twice the background's idle time
    ff.open_fixture(CHATGPT)
    ff.type(CHATGPT.composer, CLEAN_PROMPT)
    ff.press(CHATGPT.composer, ENTER)
    ff.wait_for("__fixture.submitCount === 1", what="the clean send")
    assert ff.js("return document.querySelector('promptvagt-banner')") is None

    # The near-miss of the cancelled send went over the native port into the host's log.
    wait_for(lambda: len(stored_events(data_dir)) == 1, timeout=20, what="the event in the host's database")
    assert ff.outbox() == []
    assert host_pids(data_dir) == [pid]  # the same host all along: never restarted after an idle spell

    ff.close()
    wait_for(lambda: not Path(f"/proc/{pid}").exists(), timeout=15, what="the host to end with the browser")
    database = (data_dir / "promptvagt.db").read_bytes()
    assert not [v for v in SECRET_VALUES if v.encode() in database]
