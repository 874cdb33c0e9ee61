# The two commands in README.md. Both set up .venv on first use (Python 3.11 or newer).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench screenshots translations dist dist-test clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/petition-kiosk run $(ARGS)

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rs

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests
	$(BIN)/ruff format --check kiosk tests
	$(BIN)/mypy kiosk
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff format kiosk tests
	$(BIN)/ruff check --fix kiosk tests

bench: $(STAMP)
	$(BIN)/petition-kiosk bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m kiosk.devtools.screenshots build/screenshots

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find kiosk -name '*.py') -ts resources/translations/kiosk_[!e][!n].ts resources/translations/kiosk_es.ts
	# English needs only the plural forms ("1 second", "2 seconds")
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $$(find kiosk -name '*.py') -ts resources/translations/kiosk_en.ts
	for f in resources/translations/kiosk_*.ts; do $(BIN)/pyside6-lrelease $$f -qm $${f%.ts}.qm; done

# A one-folder frozen build (PyInstaller) of this platform, and an archive of it.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	cd packaging/pyinstaller && ../../$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath ../../dist --workpath ../../build/pyinstaller petition-kiosk.spec
	tar -C dist -czf dist/petition-kiosk-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz petition-kiosk
	$(BIN)/python packaging/pyinstaller/size.py dist/petition-kiosk 200

# The frozen app through keys, demo, export, check, merge and 8 s of the kiosk itself.
dist-test: dist
	$(BIN)/python packaging/pyinstaller/smoke_test.py dist/petition-kiosk/petition-kiosk

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
