"""Without any Danish spaCy pipeline the companion still guards, and says so."""

import pytest

from companion import create_app
from companion.detection.analysis import Scanner
from companion.detection.nlp import load_pipeline


@pytest.fixture(scope="module")
def degraded_client(tmp_path_factory):
    scanner = Scanner(load_pipeline(["no_such_model_da"]))
    # Its own data folder: the app opens its near-miss database at startup.
    data_dir = tmp_path_factory.mktemp("degraded")
    return create_app({"TESTING": True, "DATA_DIR": str(data_dir)}, scanner=scanner).test_client()


def test_health_says_degraded_with_reason(degraded_client):
    data = degraded_client.get("/health").get_json()
    assert data["status"] == "degraded"
    assert "no_such_model_da" in data["reason"]
    assert data["model"] is None


def test_rules_still_block_a_cpr(degraded_client):
    data = degraded_client.post("/api/v1/scan", json={"text": "cpr 070761-0913"}).get_json()
    assert data["verdict"] == "block"
