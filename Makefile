# Two commands do all set-up on a fresh machine with only Python and make:
#   make run   — create .venv, install monitor, start the daemon on seeds/
#   make install — only create .venv and install monitor (the README's walkthrough starts with it)
#   make test  — create .venv, install monitor with its test tools, run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install run test lint bench clean

$(BIN)/monitor: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
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
