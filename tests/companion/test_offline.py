import socket

import pytest

from companion.detection.offline import use_bundled_suffix_list


def test_email_validation_needs_no_network(scanner, monkeypatch):
    """presidio's email check must not try to download the public suffix list."""

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    use_bundled_suffix_list()
    result = scanner.scan("Skriv til hanne.jensen@aarhus.dk i morgen")
    assert [f.entity_type for f in result.findings] == ["EMAIL_ADDRESS"]
