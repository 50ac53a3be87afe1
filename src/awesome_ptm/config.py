"""Configuration: ``[tool.awesome-ptm]`` in pyproject.toml or ``.awesome-ptm.yaml``."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from awesome_ptm.errors import ConfigError
from awesome_ptm.paths import confine, confine_lists, project_root
from awesome_ptm.read import DEFAULT_MAX_BYTES, display_path, read_side_file

CONFIG_FILES = (".awesome-ptm.yaml", ".awesome-ptm.yml", "pyproject.toml")
#: The baseline file's default name, in the config's folder (or the project's).
DEFAULT_BASELINE = ".awesome-ptm-baseline.json"
#: Config files larger than this are refused (YAML alias bombs and the like).
MAX_CONFIG_BYTES = 1024 * 1024
#: YAML aliases may repeat anchored values, but may not add more values than this to the
#: config: nine lines of "billion laughs" (``b: &b [*a, *a, …]``) expand to 9**9 values,
#: which PyYAML builds as shared references in no time, and which the schema check (or any
#: code that walks the config) then spends hours and gigabytes on.
MAX_ALIASED_VALUES = 100_000


class Acceptor(Protocol):
    """What accepts findings as they were (the baseline, :mod:`awesome_ptm.baseline`): the
    checker hands it the findings and gets back ``(new, accepted, matched records, stale
    findings)``. A protocol, so that the config needs nothing of the checker's types."""

    def split(
        self, findings: list[Any], sources: Mapping[str, str], rules: Iterable[str]
    ) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
        """Split ``findings``; see :meth:`awesome_ptm.baseline.Baseline.split`."""
        ...


@dataclass
class SchemaAssignment:
    schema: Path
    files: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


@dataclass
class Allowance:
    rule: str
    reason: str
    path: str | None = None
    match: str | None = None


@dataclass
class Config:
    """The settings in force. ``root`` is the folder of the config file (or the cwd)."""

    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    lists: list[Path] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    allow: list[Allowance] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    schemas: list[SchemaAssignment] = field(default_factory=list)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_file_size: int = DEFAULT_MAX_BYTES
    build: dict[str, Any] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    #: The baseline file (findings accepted as they are today); see awesome_ptm.baseline.
    baseline: Path | None = None
    #: The loaded baseline, when the command uses one (``check``, ``fix``): its findings
    #: are accepted. Set by the command, not read from the config file.
    accepted: Acceptor | None = None

    def default_paths(self) -> list[Path]:
        """What to check when no path is given: the configured lists, else ``lists/`` when
        the project has one, else the project's Markdown files (:mod:`awesome_ptm.discover`).
        Every list file must resolve inside the project (see :mod:`awesome_ptm.paths`)."""
        shown = display_path(self.source) if self.source is not None else None
        if self.lists:
            for path in self.lists:
                if not path.exists() and not path.is_symlink():
                    raise ConfigError(
                        f"lists: {display_path(path)}: no such file or directory; fix `lists:` "
                        "or remove it to check the repository's Markdown files",
                        display_path(self.source) if self.source else None,
                        key_line(self.source, ["lists"]) if self.source else None,
                    )
            return confine_lists(self.lists, project_root(self.root), shown)
        if (self.root / "lists").is_dir():
            return confine_lists([self.root / "lists"], project_root(self.root), shown)
        from awesome_ptm.discover import discover_lists

        found = discover_lists(self.root, self.build_outputs())
        return confine_lists(found, project_root(self.root), shown)

    @property
    def discovered(self) -> bool:
        """Whether the lists are found (zero config) rather than named."""
        return not self.lists and not (self.root / "lists").is_dir()

    def build_outputs(self) -> tuple[Path, ...]:
        """The files ``build`` writes as the config names them (never read as lists), except
        a README that is a list itself (built between its markers)."""
        exports = self.build.get("exports")
        paths = [value for value in exports.values()] if isinstance(exports, dict) else []
        return tuple(self.root / value for value in paths if isinstance(value, str))

    def baseline_path(self) -> Path:
        """Where the baseline is (``baseline:`` in the config, else next to it)."""
        return self.baseline or self.root / DEFAULT_BASELINE


@functools.cache
def _config_schema() -> dict[str, Any]:
    text = (resources.files("awesome_ptm") / "schemas" / "config.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a pyproject.toml counts only when it has
    a ``[tool.awesome-ptm]`` table)."""
    folder = start.resolve()
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_folder / name
            if candidate.exists():  # a FIFO or folder of that name is refused when read
                if name == "pyproject.toml" and "[tool.awesome-ptm" not in _read(candidate):
                    continue
                return candidate
    return None


def _read(path: Path) -> str:
    return read_side_file(
        path,
        MAX_CONFIG_BYTES,
        "config file",
        "give a YAML or TOML file (`--config`, or .awesome-ptm.yaml)",
        ConfigError,
    )


def _load_raw(path: Path) -> dict[str, Any]:
    text = _read(path)
    shown = display_path(path)
    if path.name == "pyproject.toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"invalid TOML: {error}", shown) from None
        except RecursionError:  # ``x = [[[[…]]]]``: tomllib recurses once per level
            raise ConfigError("invalid TOML: values nested too deeply", shown) from None
        table = data.get("tool", {}).get("awesome-ptm", {})
        return table if isinstance(table, dict) else {}
    import yaml

    from awesome_ptm.datafiles import load_yaml_text

    try:
        _check_aliases(text, shown)
        loaded = load_yaml_text(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ConfigError(f"invalid YAML: {problem}", shown, line) from None
    except RecursionError:  # the pure-Python loader on deeply nested values
        raise ConfigError("invalid YAML: values nested too deeply", shown) from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ConfigError("the config must be a mapping of settings", shown, 1)
    return loaded


def _check_aliases(text: str, shown: str) -> None:
    """Refuse YAML whose aliases expand it by more than :data:`MAX_ALIASED_VALUES` values, or
    that holds itself (``a: &a [*a]``). Works on the composed node graph, where an alias is one
    more reference to its anchor's node: linear in the size of the text."""
    if "*" not in text or "&" not in text:
        return  # no alias, or nothing anchored to refer to
    import yaml

    from awesome_ptm.datafiles import SAFE_LOADER

    root = yaml.compose(text, Loader=SAFE_LOADER)
    if root is None:
        return
    expanded: dict[int, int] = {}  # id(node) -> values it stands for, aliases expanded
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            size = 1 + sum(expanded[id(child)] for child in _children(node))
            expanded[key] = size
            if size - len(expanded) > MAX_ALIASED_VALUES:
                raise ConfigError(
                    f"too many YAML aliases: they expand the config by over "
                    f"{MAX_ALIASED_VALUES:,} values; write the values out",
                    shown,
                    node.start_mark.line + 1,
                )
            continue
        if key in expanded:
            continue  # an alias of a node already counted
        if key in open_nodes:
            raise ConfigError(
                "recursive YAML alias: a value contains itself", shown, node.start_mark.line + 1
            )
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in expanded)


def _children(node: Any) -> list[Any]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


@functools.cache
def _fast_validator() -> Any | None:
    """A jsonschema-rs validator of the config schema, or None when it cannot be had.

    Importing ``jsonschema`` costs more than the rest of a small check's start-up (its
    format checkers, referencing, attrs); jsonschema-rs answers "valid or not" for the config
    schema's keywords (types, enums, minimum, minLength, properties) exactly as ``jsonschema``
    does, and ``jsonschema`` runs only when it says "invalid", to make the same message."""
    try:
        import jsonschema_rs

        return jsonschema_rs.Draft202012Validator(_config_schema(), validate_formats=False)
    except Exception:  # ImportError, or a jsonschema-rs that cannot compile the schema
        return None


def _valid_fast(raw: dict[str, Any]) -> bool:
    """Whether jsonschema-rs finds ``raw`` valid; False when it cannot tell (a value it cannot
    convert, such as a YAML date or a non-string key, or nesting too deep for it)."""
    validator = _fast_validator()
    if validator is None:
        return False
    try:
        return bool(validator.is_valid(raw))
    except Exception:  # ValueError and the like from the conversion: ask jsonschema
        return False


def _validate(raw: dict[str, Any], path: Path) -> None:
    if _valid_fast(raw):
        return
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(_config_schema())
    try:
        errors = sorted(validator.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    except RecursionError:
        raise ConfigError("values nested too deeply", display_path(path)) from None
    if not errors:
        return
    error = errors[0]
    location = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        unknown = sorted(str(key) for key in error.instance if key not in known)
        location.append(unknown[0])
        where = ".".join(str(part) for part in location)
        message = f"{where}: unknown key{did_you_mean(unknown[0], known)}"
    else:
        where = ".".join(str(part) for part in location) or "(top level)"
        message = f"{where}: {error.message}"
    if path.name == "pyproject.toml":
        message = "[tool.awesome-ptm] " + message
    raise ConfigError(message, display_path(path), key_line(path, location))


def did_you_mean(word: str, choices: Any) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, else `` (allowed: …)``."""
    import difflib

    names = sorted(str(choice) for choice in choices)
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (allowed: {', '.join(names) or 'none'})"


def key_line(path: Path | None, location: list[Any]) -> int | None:
    """The line of a key (a path of keys and indexes) in a config file, for error messages:
    the key's own line, else its nearest parent's, else the table's (None when unknown)."""
    if path is None:
        return None
    if path.name == "pyproject.toml":
        return _toml_line(path, location)
    return _yaml_line(path, location)


def placed_error(error: ConfigError, source: Path | None, table: str) -> ConfigError:
    """``error`` (about a key of ``table``) with the config file and line, and a "did you
    mean" for an unknown key."""
    import re

    if error.path is not None or source is None:
        return error
    message = error.message
    unknown = re.search(r"unknown key '([^']+)' \(allowed: ([^)]*)\)", message)
    keys = [table]
    if unknown:
        keys.append(unknown.group(1))
        choices = [name.strip() for name in unknown.group(2).split(",")]
        message = message[: unknown.start()] + (
            f"unknown key {unknown.group(1)!r}{did_you_mean(unknown.group(1), choices)}"
        )
    return ConfigError(message, display_path(source), key_line(source, keys))


def _toml_line(path: Path, location: list[Any]) -> int | None:
    """The line of a key of ``[tool.awesome-ptm]`` in pyproject.toml (tomllib has no
    positions): the table's header, then ``key =`` inside it, or ``[tool.awesome-ptm.key]``."""
    import re

    try:
        lines = _read(path).splitlines()
    except ConfigError:
        return None
    table = "tool.awesome-ptm"
    keys = [str(part) for part in location if not isinstance(part, int)]
    line: int | None = None
    header = re.compile(r"^\s*\[\s*(.+?)\s*\]\s*(?:#.*)?$")
    current: str | None = None
    depth = 0
    for number, text in enumerate(lines, start=1):
        found = header.match(text)
        if found and not text.lstrip().startswith("[["):
            current = found.group(1).replace('"', "").replace(" ", "")
            if current == table and line is None:
                line = number
            parts = current.split(".")
            inside = current.startswith(table + ".") and parts[2:] == keys[: len(parts) - 2]
            if inside and len(parts) - 2 > depth:
                line, depth = number, len(parts) - 2
            continue
        if current is None or not current.startswith(table):
            continue
        prefix = current.split(".")[2:]
        if prefix != keys[: len(prefix)] or len(prefix) >= len(keys):
            continue
        key = keys[len(prefix)]
        if re.match(rf"^\s*\"?{re.escape(key)}\"?\s*[=.]", text) and len(prefix) + 1 > depth:
            line, depth = number, len(prefix) + 1
    return line


def _yaml_line(path: Path, location: list[Any]) -> int | None:
    """The line of a key in a YAML config, for error messages."""
    if path.suffix not in (".yaml", ".yml") or not location:
        return None
    import yaml

    try:
        node = yaml.compose(_read(path))
    except yaml.YAMLError:
        return None
    line = None
    for part in location:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
    return line


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Load and validate the config file (``path``, else the nearest one), or the defaults."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return Config(root=(start or Path.cwd()))
    elif not path.exists():
        raise ConfigError("no such config file", display_path(path))
    raw = _load_raw(path)
    _validate(raw, path)
    root = path.parent
    # Paths in a config stay inside the project (see awesome_ptm.paths).
    project, shown = project_root(root), display_path(path)
    return Config(
        root=root,
        source=path,
        lists=[confine(root / p, project, "lists", shown) for p in raw.get("lists", [])],
        select=list(raw.get("select", [])),
        ignore=list(raw.get("ignore", [])),
        severity=dict(raw.get("severity", {})),
        per_file_ignores={k: list(v) for k, v in raw.get("per-file-ignores", {}).items()},
        allow=[Allowance(**item) for item in raw.get("allow", [])],
        vocabulary=list(raw.get("vocabulary", [])),
        schemas=[
            SchemaAssignment(
                schema=confine(root / item["schema"], project, "schemas.schema", shown),
                files=list(item.get("files", [])),
                sections=list(item.get("sections", [])),
            )
            for item in raw.get("schemas", [])
        ],
        rule_options={k: dict(v) for k, v in raw.get("rules", {}).items()},
        max_file_size=int(raw.get("max-file-size", DEFAULT_MAX_BYTES)),
        build=dict(raw.get("build", {})),
        links=dict(raw.get("links", {})),
        metadata=dict(raw.get("metadata", {})),
        baseline=root / raw["baseline"] if raw.get("baseline") else None,
    )
