"""The dashboard in headless Chromium against the real companion: charts, filters, export, delete all."""

import csv
import json
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from .companion_process import running_companion

CPR = "070761-0913"


def post_event(url, **fields):
    """POST a near-miss as the extension would (Python sends no Origin header); return the status."""
    body = {
        "id": str(uuid.uuid4()),
        "time": (datetime.now(timezone.utc) - timedelta(days=fields.pop("days_ago", 0), hours=1)).isoformat(),
        "site": "chatgpt",
        "page_kind": "chat",
        "verdict": "block",
        "action": "redacted",
        "findings": [{"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX"}],
        "detector": "companion",
        "extension_version": "0.1.0",
        **fields,
    }
    request = urllib.request.Request(
        f"{url}/api/v1/events", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        error.close()  # a refusal holds its socket open until closed
        return error.code


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    base = tmp_path_factory.mktemp("dashboard")
    log_path = base / "companion.log"
    with running_companion(base / "data", log_path) as url:
        person = [{"entity_type": "PERSON", "severity": "warn", "masked": "H. J."}]
        for n in range(8):
            assert post_event(url, days_ago=n * 3) == 201
        for n in range(3):
            assert post_event(url, site="gemini", findings=person, action="sent_anyway", days_ago=n) == 201
        # Refused: a full CPR number where a mask belongs.
        refused = [{"entity_type": "DK_CPR", "severity": "block", "masked": CPR}]
        assert post_event(url, findings=refused) == 422
        yield url
    assert CPR not in log_path.read_text(encoding="utf-8", errors="replace"), "a value reached the companion log"


@pytest.fixture
def page(launch_browser, companion):
    context = launch_browser(with_extension=False)
    page = context.new_page()
    problems = []
    # A CSP violation or a failed request shows up as a console error.
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.problems = problems
    return page


def table_rows(page):
    return page.locator("#haendelser tbody tr")


def test_overview_renders_charts_with_the_csp(page, companion, artifacts_dir):
    page.goto(f"{companion}/?days=90")
    assert page.locator("#tal-i-alt").inner_text() == "11"
    bars = page.locator("#diagram-uger rect.pv-bar")
    assert bars.count() >= 4
    tallest = max(bars.nth(i).bounding_box()["height"] for i in range(bars.count()))
    assert tallest > 20
    assert page.locator("#diagram-uger svg title").first.text_content() == "Nær-ved-hændelser pr. uge"
    # The stylesheet loaded despite default-src 'none': the header is dark.
    assert page.locator(".pv-header").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    hatched = page.locator("#diagram-handlinger rect.pv-bar--hatched")
    assert hatched.count() == 1 and hatched.bounding_box()["width"] > 10
    page.screenshot(path=str(artifacts_dir / "dashboard-overview.png"), full_page=True)
    assert not page.problems, page.problems


def test_filters_change_the_table(page, companion, artifacts_dir):
    page.goto(f"{companion}/haendelser?days=90")
    assert table_rows(page).count() == 11
    page.select_option("#site", "gemini")
    with page.expect_navigation():
        page.get_by_role("button", name="Vis").click()
    assert "site=gemini" in page.url
    assert table_rows(page).count() == 3
    assert all("Gemini" in table_rows(page).nth(i).inner_text() for i in range(3))
    page.select_option("#action", "redacted")
    with page.expect_navigation():
        page.get_by_role("button", name="Vis").click()
    assert "Ingen hændelser passer til filteret" in page.content()
    page.screenshot(path=str(artifacts_dir / "dashboard-events-filtered.png"), full_page=True)
    page.goto(f"{companion}/haendelser?days=90&site=gemini")
    page.locator("#haendelser a", has_text="Detaljer").first.click()
    findings = page.locator("#fund").inner_text()
    assert "Navn" in findings and "H. J." not in findings  # kind and severity, no masked preview (issue 13)
    assert not page.problems, page.problems


def test_export_downloads_csv(page, companion, artifacts_dir):
    page.goto(f"{companion}/haendelser?days=90&site=gemini")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV (regneark)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("promptvagt-haendelser-")
    assert download.suggested_filename.endswith(".csv")
    target = artifacts_dir / "dashboard-export.csv"
    download.save_as(target)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "id" and len(rows) == 4
    assert {row[rows[0].index("tjeneste")] for row in rows[1:]} == {"Gemini"}


def test_delete_all_from_the_browser(page, companion, artifacts_dir):
    """Runs last: the real form POST carries Origin and token, which guard.py must accept."""
    page.goto(f"{companion}/slet-alt")
    page.get_by_role("button", name="Slet alt").click()
    assert "Sæt kryds" in page.content()
    page.problems.clear()  # that 400 was the point
    page.get_by_label("Ja, slet alle").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Slet alt").click()
    assert "hændelser er slettet" in page.content()
    assert page.locator("#tal-i-alt").inner_text() == "0"
    page.screenshot(path=str(artifacts_dir / "dashboard-deleted.png"), full_page=True)
    assert not page.problems, page.problems
