# Two commands: `make maps` builds the maps from seeds/, `make test` runs every test.
# Both create .venv with the project installed when it is missing or out of date.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: maps test bench clean

maps: $(VENV)/.installed
	$(BIN)/python -m routes build

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: pyproject.toml $(VENV)/.created
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet -e '.[ftm]' || \
	  echo "note: followthemoney not installed (PyICU needs libicu-dev, pkg-config and g++); its tests will be skipped"
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info
