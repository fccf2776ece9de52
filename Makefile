# Every target bootstraps .venv itself, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PO := $(wildcard community/translations/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)
export FLASK_APP := wsgi.py

.PHONY: setup run test lint format bench translations extract-messages update-messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,postgres,redis]'
	touch $(STAMP)

%.mo: %.po $(STAMP)
	$(BIN)/pybabel compile -i $< -o $@

translations: $(MO)

setup: $(STAMP) translations
	$(BIN)/flask db upgrade
	$(BIN)/flask demo --if-empty

run: setup
	$(BIN)/flask run --host 127.0.0.1 --port 5000

test: $(STAMP) translations
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check community tests bench wsgi.py

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format community tests bench wsgi.py

bench: setup
	$(BIN)/python bench/pages.py

.PHONY: bench-search
# Search on a generated community (10,000 topics, 100,000 posts in .bench/data); for the full
# size: `$(BIN)/python bench/search.py --generate --topics 100000 --posts 1000000`.
bench-search: $(STAMP)
	$(BIN)/python bench/search.py --generate --topics 10000 --posts 100000

extract-messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o community/translations/messages.pot --no-location --sort-output --omit-header .

update-messages: extract-messages
	$(BIN)/pybabel update -i community/translations/messages.pot -d community/translations --no-fuzzy-matching --ignore-obsolete

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
