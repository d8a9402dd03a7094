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

# The suite runs in two phases. First every test not marked `serial`, in parallel (pytest-xdist, one worker per
# CPU), one test file per worker at a time (--dist loadfile), so a file's module-scoped fixtures (the scored eval
# sets, the printed PDFs, the FOMC history) are built once and each worker starts its own PostgreSQL server. Then the
# tests marked `serial` (pyproject.toml: latency and throughput bars -- a daemon's start-up scan and saves, kill -9
# streams, history within a second), alone. Both phases always run and print their summary; `make test` fails when
# either does. PYTEST_FLAGS passes options to both (-x, -k NAME); PYTEST_WORKERS=0 runs the first phase in one process.
PYTEST_FLAGS   ?=
PYTEST_WORKERS ?= auto
test: $(BIN)/monitor
	$(BIN)/ruff check monitor tests bench
	$(BIN)/mypy
	@status=0; \
	echo "== pytest, phase 1 of 2: the tests not marked serial, in parallel (-n $(PYTEST_WORKERS) --dist loadfile)"; \
	$(BIN)/python -m pytest -q -m "not serial" -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_FLAGS) || status=1; \
	echo "== pytest, phase 2 of 2: the tests marked serial, one at a time"; \
	$(BIN)/python -m pytest -q -m serial $(PYTEST_FLAGS) || status=1; \
	if [ $$status -ne 0 ]; then echo "== pytest: a phase failed (see its summary above)"; fi; \
	exit $$status

bench: $(BIN)/monitor
	$(BIN)/python bench/diff_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
