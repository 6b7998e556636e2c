# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# Re-install when pyproject.toml changes.
STAMP_RUN := $(VENV)/.stamp-run
STAMP_TEST := $(VENV)/.stamp-test

.PHONY: run test lint bench bench-postgres bench-province crash-test installer installer-test clean screenshots

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PIP) install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(VENV)/bin/jamsostek-desktop $(ARGS)

test: $(STAMP_TEST)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -m "not slow and not installer" --hypothesis-profile=ci

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check .

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

installer: $(STAMP_TEST)
	$(PIP) install --quiet -e '.[installer]'
	$(VENV)/bin/pyinstaller --noconfirm build_installer.spec
	@du -sb dist/jamsostek-desktop
	$(PY) installer/bundle_size.py dist/jamsostek-desktop --top 20
	dist/jamsostek-desktop/jamsostek-desktop --self-test

installer-test: $(STAMP_TEST)
	$(PIP) install --quiet -e '.[installer]'
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m installer tests/installer -q

bench-postgres: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_postgres.py

bench-province: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_postgres.py --repeat 1 --province

crash-test: $(STAMP_TEST)
	$(PY) benchmarks/crash_harness.py --kills 200

screenshots: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshots/entry_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshots/screen_sizes.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
