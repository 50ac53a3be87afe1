"""The export document (see ``schema/export.schema.json``) as YAML."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from awesome_ptm.corpus import Corpus


def dumps_yaml(document: dict[str, Any]) -> str:
    """YAML for an export dict: keys in the export's order, Unicode as is.

    The pure-Python dumper is used on purpose: the output is then the same byte for byte
    whether or not PyYAML was built with libyaml.
    """
    text: str = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return text


def to_yaml(corpus: Corpus) -> str:
    """The export document of ``corpus`` as YAML (the same data as the JSON export)."""
    from awesome_ptm.export import export_document

    return dumps_yaml(export_document(corpus))
