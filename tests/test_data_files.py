"""The rule data shipped in ``awesome_ptm/data/*.yaml`` reads as its authors wrote it.

YAML 1.1 (what PyYAML reads) turns a bare ``on``, ``off``, ``yes`` or ``no`` into a
boolean: a word list holding ``on`` silently loses the word (``venue_small_words`` did, so
``International Conference on Functional Programming`` did not read as a venue's name).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from awesome_ptm.datafiles import load_data


def _mixed_lists(value: Any, path: str) -> list[str]:
    """The paths of the lists under ``value`` that hold words and booleans together, and of
    mappings keyed by a boolean."""
    found: list[str] = []
    if isinstance(value, list):
        if any(isinstance(v, str) for v in value) and any(isinstance(v, bool) for v in value):
            found.append(path)
        for index, item in enumerate(value):
            found.extend(_mixed_lists(item, f"{path}[{index}]"))
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool):
                found.append(f"{path}.{key!r} (a key read as a boolean)")
            found.extend(_mixed_lists(item, f"{path}.{key}"))
    return found


def test_no_word_of_a_data_file_reads_as_a_boolean() -> None:
    names = sorted(
        entry.name
        for entry in (resources.files("awesome_ptm") / "data").iterdir()
        if entry.name.endswith(".yaml")
    )
    assert len(names) >= 10
    found = [path for name in names for path in _mixed_lists(load_data(name), name)]
    assert found == []


def test_the_small_words_of_a_venue_name_include_on() -> None:
    from awesome_ptm.parse._quoted import citation_venue

    found = citation_venue(". International Conference on Functional Programming. 2005.")
    assert found is not None
    assert (found.venue, found.year) == ("International Conference on Functional Programming", 2005)
