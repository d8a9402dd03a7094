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

test: $(BIN)/monitor
	$(BIN)/ruff check monitor tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(BIN)/monitor
	$(BIN)/python bench/diff_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
