# Quick start: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or run: make PYTHON=python3 ...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

DEMO_DB := out/demo.db

demo: $(STAMP)
	$(BIN)/claimgraph extract examples/articles/harbor-dispute.txt
	@mkdir -p out && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/claimgraph ingest examples/articles examples/corpus/html examples/corpus/articles.jsonl examples/claims/articles.jsonl --db $(DEMO_DB)
	$(BIN)/claimgraph claims --db $(DEMO_DB) --contested
	$(BIN)/claimgraph statements --db $(DEMO_DB) --stance deny

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
