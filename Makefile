.DEFAULT_GOAL := help
.PHONY: help run test bench bench-search bench-signup lint format messages

PYTHON ?= python3
VENV_PY := .venv/bin/python

help: ## Show this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

run: ## Set up and serve the site with demo content at http://127.0.0.1:8000/ (SQLite)
	@PYTHON=$(PYTHON) scripts/bootstrap.sh requirements.txt
	$(VENV_PY) manage.py compilemessages --ignore=.venv -v 0
	$(VENV_PY) manage.py migrate --no-input -v 0
	$(VENV_PY) manage.py seed_demo --if-empty
	$(VENV_PY) manage.py runserver 127.0.0.1:8000

test: ## Set up and run the whole test suite against a throwaway PostgreSQL and Chromium
	@PYTHON=$(PYTHON) scripts/test.sh

bench: ## Load-test the site under gunicorn at two data sizes (throwaway PostgreSQL; about 15 min)
	@PYTHON=$(PYTHON) bench/run.sh

bench-search: ## Time the site search with 5,000 generated pages per language (throwaway PostgreSQL)
	@PYTHON=$(PYTHON) bench/search.sh

bench-signup: ## Time sign-up with a taken address against a new one (throwaway PostgreSQL)
	@PYTHON=$(PYTHON) bench/signup.sh

lint: ## Check code style with ruff and the import rules with import-linter
	@PYTHON=$(PYTHON) scripts/bootstrap.sh requirements-test.txt
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/lint-imports --no-cache

format: ## Format code and sort imports with ruff
	@PYTHON=$(PYTHON) scripts/bootstrap.sh requirements-test.txt
	.venv/bin/ruff check --fix . && .venv/bin/ruff format .

messages: ## Update the Finnish and Swedish message catalogues from the code
	@PYTHON=$(PYTHON) scripts/bootstrap.sh requirements.txt
	$(VENV_PY) manage.py makemessages -l fi -l sv --ignore=.venv --ignore=tests --no-location --no-obsolete
