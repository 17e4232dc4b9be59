# VendorPact: `make run` starts the web app with demo data, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test messages lint test-sqlite test-postgres bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(MAKE) --no-print-directory messages

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory messages
	bash scripts/install-system-deps.sh

# Each app may keep its own catalog in <app>/locale; compiled with Babel (no gettext needed).
messages:
	@set -e; for po in $$(find src/vendorpact -path '*/locale/*/LC_MESSAGES/django.po'); do \
	  lang=$$(basename $$(dirname $$(dirname $$po))); \
	  $(BIN)/pybabel compile --statistics -i $$po -o $${po%.po}.mo -l $$lang 2>&1 | grep -v '^compiling' || true; \
	  test -s $${po%.po}.mo; \
	done

run: install
	$(BIN)/vendorpact serve --demo --with-worker --host $(HOST) --port $(PORT)

lint:
	$(BIN)/ruff check src tests $(wildcard benchmarks)
	$(BIN)/ruff format --check src tests $(wildcard benchmarks)

test: install-test lint
	bash scripts/run-tests.sh

bench: install-test
	$(BIN)/python benchmarks/contracts_eval.py
	$(BIN)/python benchmarks/contracts_speed.py
	$(BIN)/python benchmarks/sla_bench.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
