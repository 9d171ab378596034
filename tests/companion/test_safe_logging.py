"""Nothing of a prompt in logs, error messages or crash reports, even when the companion fails."""

import logging
import sys

import pytest

from companion import create_app

from companion import safe_logging

from .nearmiss import CPR, NAME

PROMPT = f"Borgeren {NAME} har cpr {CPR} og er indlagt"
SECRETS = [CPR, CPR.replace("-", ""), NAME, "indlagt"]


class FailingScanner:
    """The real scanner, except that scanning fails with the text in the message (as library errors can)."""

    def __init__(self, scanner):
        self._scanner = scanner

    def __getattr__(self, name):
        return getattr(self._scanner, name)

    def scan(self, text):
        raise ValueError(f"could not analyse {text!r}")


@pytest.fixture
def failing_client(scanner, tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path)}, scanner=FailingScanner(scanner))
    return app.test_client()


def assert_no_secrets(*texts):
    for text in texts:
        leaked = [s for s in SECRETS if s in text]
        assert not leaked, f"leaked {leaked}"


def test_internal_error_is_json_500_and_logs_only_the_type(failing_client, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    response = failing_client.post("/api/v1/scan", json={"text": PROMPT})
    assert response.status_code == 500
    assert response.get_json() == {"error": "internal", "message": "Intern fejl. Internal error."}
    assert "ValueError" in caplog.text
    out, err = capfd.readouterr()
    assert_no_secrets(response.get_data(as_text=True), caplog.text, out, err)


def test_failure_in_an_event_reason_check_logs_no_reason(failing_client, caplog, capfd):
    # The reason for "sent anyway" is scanned too; its failure must not quote it.
    from .nearmiss import event

    caplog.set_level(logging.DEBUG)
    body = event(action="sent_anyway", reason=f"Det var {NAME}, som bad om det")
    response = failing_client.post("/api/v1/events", json=body)
    assert response.status_code == 500
    out, err = capfd.readouterr()
    assert_no_secrets(response.get_data(as_text=True), caplog.text, out, err)


def test_flask_log_exception_keeps_only_the_type(app, caplog):
    caplog.set_level(logging.DEBUG)
    try:
        raise KeyError(PROMPT)
    except KeyError:
        with app.test_request_context("/api/v1/scan", method="POST"):
            app.log_exception(sys.exc_info())
    assert "KeyError" in caplog.text
    assert_no_secrets(caplog.text)


def test_waitress_tracebacks_are_dropped(caplog):
    safe_logging.install()
    caplog.set_level(logging.DEBUG)
    try:
        raise UnicodeError(PROMPT)
    except UnicodeError:
        logging.getLogger("waitress").exception("Exception while serving /api/v1/scan")
    assert "Exception while serving /api/v1/scan" in caplog.text
    assert "UnicodeError" in caplog.text
    assert_no_secrets(caplog.text)
    assert all(record.exc_info is None for record in caplog.records)
