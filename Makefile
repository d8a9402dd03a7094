# Two commands do all set-up on a fresh machine with only Python and make:
#   make run   — create .venv, install monitor, start the daemon on seeds/
#   make install — only create .venv and install monitor (the README's walkthrough starts with it)
#   make test  — create .venv, install monitor with its test tools, run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install run test lint bench clean

# editable_mode=compat installs a plain .pth line (this folder on sys.path) instead of setuptools' import-hook
# finder, which costs every `monitor` command (and every python in the venv) ~6-20 ms of start-up. setuptools
# calls compat mode transitional: should a future one refuse it, the default editable install still works.
# The Makefile is a prerequisite so that an existing .venv is reinstalled the new way.
$(BIN)/monitor: pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' --config-settings editable_mode=compat \
	  || $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/monitor

install: $(BIN)/monitor

run: $(BIN)/monitor
	$(BIN)/monitor watch

# PYTEST_FLAGS="-n auto --dist loadfile" runs the suite on every CPU (pytest-xdist), one test file per worker at a
# time, so a file's module-scoped fixtures (the scored eval sets, the printed PDFs, the FOMC history) are built once
# and each worker starts its own PostgreSQL server. Not yet the default: on a loaded 2-CPU machine five tests with
# throughput or latency bars (daemon start-up scan, kill -9 stores, history within a second) failed with it.
PYTEST_FLAGS ?=
test: $(BIN)/monitor
	$(BIN)/ruff check monitor tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q $(PYTEST_FLAGS)

bench: $(BIN)/monitor
	$(BIN)/python bench/diff_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
