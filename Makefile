PYTHON ?= python3

.PHONY: run test install package

# Install what is missing into .venv, register the native host with the browsers found
# (they then start the companion themselves), and start the HTTP companion on 127.0.0.1:8640.
run:
	$(PYTHON) tools/bootstrap.py run

# Install the test tools too (and Debian's chromium when root), then run every test.
test:
	$(PYTHON) tools/bootstrap.py test

install:
	$(PYTHON) tools/bootstrap.py install

# Extension packages for the stores in dist/: Chrome Web Store / Edge Add-ons (no manifest key) and Firefox (web-ext).
package:
	$(PYTHON) tools/package.py
