# The two commands in README.md. Both set up .venv on first use (Python 3.11 or newer).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench screenshots translations clean

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

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
