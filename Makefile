# The two commands of the README: `make run` and `make test`. Both build .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check demo clean package package-test bench

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
	$(BIN)/ruff check leadapp tests benchmarks scripts packaging setup.py
	$(BIN)/ruff format --check leadapp tests benchmarks scripts packaging setup.py
	$(BIN)/mypy
	$(BIN)/mypy benchmarks
	$(BIN)/lint-imports

# What users really get (the installers built, installed and started: package-test), then the whole suite.
test: check
	$(MAKE) package-test
	sh scripts/ensure-age
	sh scripts/ensure-cups
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Installers (docs/it-guide.md): the PyInstaller folder, the .deb and per-user .tar.gz in dist/, and the MSI
# built by wixl around a stand-in Windows payload (the real one comes from a Windows runner).
package: $(STAMP)
	bash packaging/linux/build-deps.sh
	bash packaging/build-bundle.sh $(BIN)/python
	bash packaging/linux/build-linux.sh
	bash packaging/windows/stand-in-payload.sh build/windows-stand-in
	bash packaging/windows/build-msi.sh build/windows-stand-in build/msi/LeadApp-stand-in.msi

# Installs what `make package` built and runs it: .deb (dpkg -i, as root), per-user archive, bundle, MSI.
package-test: package
	LEADAPP_INSTALLERS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging -k installers

# Every benchmark, one table of medians and ratios against their baselines (docs/performance.md).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/suite.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
