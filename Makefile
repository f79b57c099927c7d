# One command to build the site, one to test it. Everything installs into .venv from pinned files.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: site serve test check lint pages readme clean

$(VENV)/.site-deps: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test-deps: $(VENV)/.site-deps requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

site: $(VENV)/.site-deps node_modules/.installed
	$(PY) scripts/build_site.py

# Live preview: rebuilds only the pages an edit changes (--dirty), so an edited seed shows within a second even
# with 100 articles. Dirty rebuilds always warn, hence --no-strict; make site is strict.
serve: $(VENV)/.site-deps
	$(PY) -m mkdocs serve --dirty --no-strict

# The README's parts that describe code (modules, data files, plugin options, exit codes), made from the code.
readme: $(VENV)/.site-deps
	$(PY) -m briefing.tools.readme

pages: $(VENV)/.site-deps
	$(PY) scripts/build_pages.py seeds build/pages

lint: $(VENV)/.test-deps
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests
	$(VENV)/bin/mypy

# The quick loop, under a minute: lint, then every test that builds no site (unit, golden, quality gate,
# hostile input). make test runs everything.
check: $(VENV)/.test-deps lint
	$(PY) -m pytest -m "not slow"

# Everything: lint, the pytest suite (unit, golden, quality gate, hostile input, browser, axe, vnu, weight),
# then Lighthouse, then the quick scale bench with the real budgets. Any failure, pytest's "no tests ran" (exit 5)
# included, fails the target.
test: $(VENV)/.test-deps node_modules/.installed lint
	@command -v chromium >/dev/null || { echo "Debian's chromium is missing: apt-get install -y chromium"; exit 1; }
	$(PY) -m pytest
	$(MAKE) --no-print-directory audit
	$(MAKE) --no-print-directory bench BENCH_SIZES=1,10,40

clean:
	rm -rf site site-offline build .build-*

# Audit: Lighthouse on a few pages of the built site, served gzipped (axe-core and the Nu Html Checker
# run on every page in `make test`). The npm tools are pinned in package.json / package-lock.json.
.PHONY: audit
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: apt-get install -y nodejs npm (Node 20)"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

audit: $(VENV)/.test-deps node_modules/.installed site
	@command -v chromium >/dev/null || { echo "Debian's chromium is missing: apt-get install -y chromium"; exit 1; }
	PYTHONPATH=tests $(PY) -m audit.lighthouse site

# Scale benchmark: synthetic corpora of 1, 100 and 1,000 articles built as make site builds, with the budgets
# users feel checked. make test runs a quick one: make bench BENCH_SIZES=1,10,40. BENCH_FLAGS passes more options
# (--profile, --keep DIR, --report-only); see scripts/bench.py --help.
BENCH_SIZES ?= 1,100,1000
BENCH_FLAGS ?=
.PHONY: bench
bench: $(VENV)/.site-deps node_modules/.installed
	$(PY) scripts/bench.py --sizes $(BENCH_SIZES) $(BENCH_FLAGS)
