"""The companion asks glibc for two malloc arenas (``companion/process_memory.py``)."""

import sys

import pytest

from companion import process_memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt exists on Linux only")
def test_glibc_accepts_the_arena_limit():
    assert process_memory.limit_malloc_arenas() is True


def test_elsewhere_nothing_happens(monkeypatch):
    monkeypatch.setattr(process_memory.sys, "platform", "darwin")
    assert process_memory.limit_malloc_arenas() is False

