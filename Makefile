# The two commands of the README: `make run` and `make test`. Both build .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/leadapp

demo: $(STAMP)
	$(BIN)/leadapp --demo

check: $(STAMP)
	$(BIN)/ruff check leadapp tests benchmarks scripts
	$(BIN)/ruff format --check leadapp tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test: check
	sh scripts/ensure-age
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info
