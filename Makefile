PYTHON ?= python3

.PHONY: run test install

# Install what is missing into .venv, then start the companion on 127.0.0.1:8640.
run:
	$(PYTHON) tools/bootstrap.py run

# Install the test tools too (and Debian's chromium when root), then run every test.
test:
	$(PYTHON) tools/bootstrap.py test

install:
	$(PYTHON) tools/bootstrap.py install
