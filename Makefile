# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format screenshots reliability benchmark translations dist smoke clean

# Re-install only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/pledge-tracker $(ARGS)

test: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy pledge_tracker
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pledge_tracker.ui.screenshots docs/screenshots
	$(BIN)/python -m pledge_tracker.ui.screenshots docs/screenshots --screen 1024x728
	$(BIN)/python -m pledge_tracker.ui.screenshots docs/screenshots --screen 1366x728@1.5
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pledge_tracker.ui.screenshots docs/screenshots/fr --lang fr

reliability: $(STAMP)
	$(BIN)/python -m tests.reliability.soak --kills 1000
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/reliability

# Every job beside its baseline at sizes S, M and L (databases kept in .bench/ and reused),
# then the report, check and Qt-model benchmarks.
benchmark: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --dir .bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/matrix.py
	$(BIN)/python benchmarks/reports.py --db .bench/M.db
	$(BIN)/python benchmarks/check_speed.py
	$(BIN)/python benchmarks/evidence_search.py
	$(BIN)/python benchmarks/takedown.py

# Refresh the translation files from the ui source, then compile them (the .qm ships).
# English holds only the plural forms ("%n supporter(s)" -> "1 supporter", "2 supporters");
# French holds every string (a new language: one more lupdate/lrelease pair without -pluralonly).
I18N := pledge_tracker/ui/i18n
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -pluralonly -no-obsolete -locations none -source-language en -target-language en \
		-extensions py pledge_tracker/ui -ts $(I18N)/pledge_tracker_en.ts
	$(BIN)/pyside6-lrelease $(I18N)/pledge_tracker_en.ts -qm $(I18N)/pledge_tracker_en.qm
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en -target-language fr \
		-extensions py pledge_tracker/ui -ts $(I18N)/pledge_tracker_fr.ts
	$(BIN)/pyside6-lrelease $(I18N)/pledge_tracker_fr.ts -qm $(I18N)/pledge_tracker_fr.qm

# The self-contained app folder dist/pledge-tracker/ (PyInstaller, packaging/pledge-tracker.spec):
# Python, Qt and every dependency; fails when it grows past DIST_MAX_MB unpacked.
DIST_MAX_MB := 350
DIST_STAMP  := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pledge-tracker.spec
	@du -sh dist/pledge-tracker
	@size=$$(du -sm dist/pledge-tracker | cut -f1); if [ "$$size" -gt $(DIST_MAX_MB) ]; then \
		echo "dist/pledge-tracker is $$size MB, over the $(DIST_MAX_MB) MB limit" >&2; exit 1; fi

# Run the built app from outside the source tree with an empty environment.
smoke:
	packaging/smoke_test.sh dist/pledge-tracker

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
