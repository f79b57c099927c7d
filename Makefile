# One command to build the site, one to test it. Everything installs into .venv from pinned files.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: site serve test lint pages clean

$(VENV)/.site-deps: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test-deps: $(VENV)/.site-deps requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

site: $(VENV)/.site-deps
	$(PY) scripts/build_site.py

serve: $(VENV)/.site-deps
	$(PY) -m mkdocs serve

pages: $(VENV)/.site-deps
	$(PY) scripts/build_pages.py seeds build/pages

lint: $(VENV)/.test-deps
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests
	$(VENV)/bin/mypy

test: $(VENV)/.test-deps lint
	@command -v chromium >/dev/null || { echo "Debian's chromium is missing: apt-get install -y chromium"; exit 1; }
	$(PY) -m pytest

clean:
	rm -rf site site-offline build .build-*
