"""PTM001 schema: every entry against the entry schema, or the one the config assigns."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Finding
from awesome_ptm.model import Document, Entry
from awesome_ptm.read import display_path, read_side_file
from awesome_ptm.rules._base import Context, Rule


@functools.cache
def _builtin(name: str) -> dict[str, Any]:
    text = (resources.files("awesome_ptm") / "schemas" / name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


#: A user schema larger than this is refused (the built-in ones are a few kB).
MAX_SCHEMA_BYTES = 1024 * 1024
_SCHEMA_HINT = "fix `schemas` in the config"


def _load_schema(path: Path) -> dict[str, Any]:
    text = read_side_file(path, MAX_SCHEMA_BYTES, "schema file", _SCHEMA_HINT, ConfigError)
    shown = display_path(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError(
            f"schema is not valid JSON: {error.msg} (column {error.colno}); {_SCHEMA_HINT}",
            shown,
            error.lineno,
        ) from None
    except RecursionError:
        raise ConfigError(f"schema nests too deeply to read; {_SCHEMA_HINT}", shown) from None
    if not isinstance(data, dict):
        raise ConfigError("a schema must be a JSON object", shown)
    return data


#: The public name other rules use to read an assigned schema.
load_schema = _load_schema


def _validator(schema: dict[str, Any]) -> Any:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    entry = _builtin("entry.schema.json")
    registry: Registry[Any] = Registry().with_resource(entry["$id"], Resource.from_contents(entry))
    return Draft202012Validator(schema, registry=registry)


def _no_remote(uri: str) -> Any:
    raise LookupError(f"not fetching {uri}: only the built-in entry schema is resolvable")


def _compiled(schema: dict[str, Any]) -> Any | None:
    """A jsonschema-rs validator for ``schema`` (0.5-2 µs an entry against ~250 µs for
    ``jsonschema``), or None when jsonschema-rs is missing or cannot compile the schema.

    It only answers "valid or not": entries it rejects are validated again with
    ``jsonschema``, whose errors make the messages, so findings are the same either way.
    Formats are not asserted (``jsonschema``'s default) and no remote reference is
    fetched: a schema that needs one falls back to ``jsonschema`` alone.
    """
    try:
        import jsonschema_rs

        entry = _builtin("entry.schema.json")
        registry = jsonschema_rs.Registry([(entry["$id"], entry)], retriever=_no_remote)
        return jsonschema_rs.Draft202012Validator(
            schema, validate_formats=False, registry=registry, retriever=_no_remote
        )
    except Exception:  # ImportError, an older jsonschema-rs, a schema it cannot compile
        return None


class _Validator:
    """The compiled validator for the common case (valid entries), ``jsonschema`` (imported
    only when first needed) for the error messages."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.fast = _compiled(schema)
        self._full: Any = None

    @property
    def full(self) -> Any:
        if self._full is None:
            self._full = _validator(self.schema)
        return self._full

    def iter_errors(self, instance: dict[str, Any]) -> Iterable[Any]:
        if self.fast is not None and self.fast.is_valid(instance):
            return ()
        errors: Iterable[Any] = self.full.iter_errors(instance)
        return errors


class SchemaRule(Rule):
    """An entry that does not match its JSON Schema.

    ## What it does
    Validates every entry, as exported, against ``schema/entry.schema.json``, or against the
    stricter schema that the config assigns to its file or section (for example, a schema
    that makes ``venue`` and ``year`` required for a list of papers). The finding names the
    field and points at the entry's line.

    A schema the project assigned is its promise: breaking it is an **error**. The built-in
    schema only says what the tool could read (an entry without a title is most often a row
    the tool read wrongly), so its findings are **info** notes; an empty link target is left
    to malformed-url (PTM302), which reports it with its place, and a line with neither
    title nor link nor identifier (prose read as an entry) is not reported.

    ## Why is this bad
    Programs that read the export rely on the schema; an entry that breaks it breaks them.
    A list that promises papers with venues should not quietly hold entries without one.

    ## Example
    With ``schemas = [{schema = "schema/paper.schema.json", files = ["lists/papers.md"]}]``
    where the schema requires a non-null ``venue``:
    ```markdown
    - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
    ```

    ## Fix
    Add the missing field (here ``(NeurIPS 2017)``), or assign the schema more narrowly.
    """

    code = "PTM001"
    name = "schema"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        validators = context.memo("schema:validators", lambda: self._validators(context))
        for entry in document.entries:
            for validator in self._for(entry, validators):
                builtin = self._is_builtin(validators, validator)
                for found in self._validate(document, entry, validator):
                    if not builtin:
                        yield found
                    elif not (
                        found.message.endswith("should be non-empty")
                        and (_empty_link(entry) or _no_resource(entry))
                    ):
                        found.severity = "info"
                        yield found

    def _validators(self, context: Context) -> list[tuple[list[str], list[str], Any]]:
        result: list[tuple[list[str], list[str], Any]] = []
        for assignment in context.config.schemas:
            schema = _load_schema(assignment.schema)
            result.append((assignment.files, assignment.sections, _Validator(schema)))
        result.append(([], [], _Validator(_builtin("entry.schema.json"))))
        return result

    #: The validator of the built-in schema (the last one :meth:`_validators` returns).
    @staticmethod
    def _is_builtin(validators: list[tuple[list[str], list[str], Any]], validator: Any) -> bool:
        return validator is validators[-1][2]

    @staticmethod
    def _for(entry: Entry, validators: list[tuple[list[str], list[str], Any]]) -> list[Any]:
        import fnmatch

        chosen = []
        for files, sections, validator in validators:
            if files and not any(
                fnmatch.fnmatch(entry.source.path, p)
                or fnmatch.fnmatch(entry.source.path, f"*/{p}")
                for p in files
            ):
                continue
            if sections and not any(name in entry.section for name in sections):
                continue
            chosen.append(validator)
            if files or sections:
                break  # the most specific assigned schema replaces the default one
        return chosen

    def _validate(self, document: Document, entry: Entry, validator: Any) -> Iterable[Finding]:
        instance = entry.to_dict()
        for error in sorted(validator.iter_errors(instance), key=lambda e: str(list(e.path))):
            path = list(error.absolute_path)
            field = str(path[0]) if path else _missing_field(error)
            line = entry.field_lines.get(field, entry.source.line)
            message = f"`{field}`: {error.message}" if field else error.message
            yield self.finding(document, line, f"entry {entry.title!r}: {message}")


def _empty_link(entry: Entry) -> bool:
    """Whether the entry has a link with an empty target (malformed-url reports it)."""
    return any(not link.url.strip() for link in entry.links)


def _no_resource(entry: Entry) -> bool:
    """Whether the entry has neither a title nor a link nor an identifier: a line of prose
    read as an entry ("- **2016** : +60 citations"), with nothing for a curator to fill in."""
    return not entry.title.strip() and not entry.links and not entry.identifiers


def _missing_field(error: Any) -> str:
    if error.validator == "required":
        message = str(error.message)
        return message.split("'")[1] if "'" in message else ""
    return ""


RULES: tuple[type[Rule], ...] = (SchemaRule,)
