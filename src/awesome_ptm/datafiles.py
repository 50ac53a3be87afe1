"""Reading the rule data shipped in ``awesome_ptm/data/`` (YAML), the one way every module does."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

# The C loader (when PyYAML was built with libyaml) reads our data files ~10x faster; both
# are "safe" loaders: no arbitrary Python objects.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_text(text: str) -> Any:
    """Parse YAML text with the safe loader."""
    return yaml.load(text, Loader=SAFE_LOADER)


def load_data(name: str) -> Any:
    """Parse ``awesome_ptm/data/<name>``."""
    text = (resources.files("awesome_ptm") / "data" / name).read_text(encoding="utf-8")
    return load_yaml_text(text)
