# Steward: two commands on a fresh machine.
#   make run   create .venv, install, open the app on the default data folder
#   make test  install the test extras and run the whole suite offscreen
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
LUPDATE  := $(VENV)/bin/pyside6-lupdate
LRELEASE := $(VENV)/bin/pyside6-lrelease
TS_FILES := resources/translations/steward_zh_CN.ts

.PHONY: run test test-slow lint bench translations screenshots demo dist dist-test icons clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-dist: pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[test,dist]"
	touch $@ $(VENV)/.installed-test $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(PY) main.py

test: $(VENV)/.installed-test
	$(PY) -m ruff check app tests main.py packaging
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow and not dist" $(PYTEST_ARGS)

test-slow: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(PY) -m ruff check app tests main.py packaging

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m app.bench.report $(BENCH_ARGS)

# Extract tr() strings into the .ts sources, then compile them to the .qm files the app loads.
translations: $(VENV)/.installed-run
	$(PY) packaging/tools/message_catalog.py
	$(LUPDATE) $$(git ls-files 'app/*.py' | grep -E '^app/(ui/|gui\.py)') -ts $(TS_FILES) -no-obsolete
	$(LRELEASE) $(TS_FILES)

screenshots: $(VENV)/.installed-run
	$(PY) packaging/tools/screenshots.py docs/screenshots --langs en,zh_CN --themes light --search 王
	$(PY) packaging/tools/screenshots.py docs/screenshots --langs en,zh_CN --themes dark --pages dashboard,members
	$(PY) packaging/tools/member_screenshots.py docs/screenshots/members en,zh_CN light
	for lt in 'en light' 'zh_CN light' 'zh_CN dark'; do $(PY) packaging/tools/trust_screenshots.py docs/screenshots/trust $$lt; done

demo: $(VENV)/.installed-run
	$(PY) main.py demo --members 2000

# The frozen app (dist/Steward, PyInstaller one-folder) and, on Linux, the .deb next to it.
# See packaging/README.md; Windows and macOS installers are built by their own scripts.
dist: $(VENV)/.installed-dist
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN packaging/steward.spec
	@du -sh dist/Steward
	@if [ "$$(uname -s)" = Linux ]; then packaging/linux/build_deb.sh dist/Steward dist; fi

# Frozen smoke test and self-check, dev <-> frozen data folders, and (as root) install, run and
# remove the .deb. Builds first when the sources are newer than the build.
dist-test: dist
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m dist tests/dist $(PYTEST_ARGS)

icons: $(VENV)/.installed-dist
	$(PY) packaging/tools/make_icons.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
