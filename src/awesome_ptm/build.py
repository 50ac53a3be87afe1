"""``awesome-ptm build``: the normalised README and the machine-readable exports.

Everything is computed in memory first. ``build(config)`` then writes only the outputs whose
bytes differ (atomically); ``build(config, check=True)`` writes nothing and reports each
output that is missing or different as stale, for CI.

Options come from ``Config.build`` (``[tool.awesome-ptm.build]`` or ``build:`` in
``.awesome-ptm.yaml``); paths are relative to the config's folder and must stay inside the
project (:mod:`awesome_ptm.paths`)::

    build:
      output: lists/README.md          # the README (default: lists/README.md when the lists
                                       # are in lists/, else none; README.md: the list's own)
      title: Awesome PTM               # its top heading (default: the first list's H1)
      intro: docs/intro.md             # Markdown shown under the title (default: a sentence)
      sort: as-written                 # or: year (newest first), title
      fields: [venue, year, links, notes]
      exports:                         # null or false turns one off; default: dist/NAME.*,
        json: dist/awesome-ptm.json    # NAME the project's (pyproject's [project] name,
        jsonl: dist/awesome-ptm.jsonl  # else the repository's folder)
        csv: dist/awesome-ptm.csv
        bib: dist/awesome-ptm.bib
        yaml: dist/awesome-ptm.yaml

The README is only ever changed between ``<!-- awesome-ptm:start -->`` and
``<!-- awesome-ptm:end -->``; an existing README without them is refused. When the README is
one of the lists (``output: README.md`` in a repository whose list is its README), its text
outside the markers is a source and the generated region is not.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.errors import ConfigError, InputError
from awesome_ptm.paths import confine, project_root
from awesome_ptm.read import DEFAULT_MAX_BYTES, display_path, read_side_file

Status = Literal["written", "unchanged", "stale"]

DEFAULT_OUTPUT = "lists/README.md"
#: Export format → file ending; the default exports are ``dist/NAME.ENDING``.
EXPORT_SUFFIXES: dict[str, str] = {
    "json": "json",
    "jsonl": "jsonl",
    "csv": "csv",
    "bib": "bib",
    "yaml": "yaml",
}


def default_exports(name: str) -> dict[str, str]:
    """The default export paths for a project called ``name``."""
    return {fmt: f"dist/{name}.{suffix}" for fmt, suffix in EXPORT_SUFFIXES.items()}


#: The default exports of a project named awesome-ptm (this one).
DEFAULT_EXPORTS: dict[str, str] = default_exports("awesome-ptm")
OPTIONS = ("output", "title", "intro", "sort", "fields", "exports")


@dataclass(frozen=True, slots=True)
class BuildOutput:
    """One output and what the build did with it.

    ``kind`` is ``readme`` or an export format; ``status`` is ``written`` (its bytes
    changed and were written), ``unchanged`` (already up to date) or ``stale`` (check mode:
    missing or different; ``reason`` says which).
    """

    kind: str
    path: Path
    status: Status
    reason: str | None = None

    @property
    def display(self) -> str:
        """The path as shown to users (relative to the current directory when below it)."""
        return display_path(self.path)

    def __str__(self) -> str:
        detail = f" ({self.reason})" if self.reason else ""
        return f"{self.display}: {self.status}{detail}"


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced, in a fixed order: the README, then the exports."""

    outputs: tuple[BuildOutput, ...]
    sources: tuple[str, ...] = ()
    entries: int = 0

    @property
    def stale(self) -> list[BuildOutput]:
        return [output for output in self.outputs if output.status == "stale"]

    @property
    def written(self) -> list[BuildOutput]:
        return [output for output in self.outputs if output.status == "written"]

    @property
    def ok(self) -> bool:
        """True when nothing is stale (always true after a build that writes)."""
        return not self.stale


@dataclass(frozen=True)
class BuildOptions:
    """The build options, read and checked from ``Config.build``."""

    output: Path | None
    title: str | None
    intro: str
    sort: str
    fields: tuple[str, ...]
    exports: dict[str, Path] = field(default_factory=dict)
    intro_path: Path | None = None

    @classmethod
    def from_config(cls, config: Config) -> BuildOptions:
        from awesome_ptm.config import did_you_mean, key_line
        from awesome_ptm.render import DEFAULT_INTRO, FIELDS, SORTS

        raw: dict[str, Any] = dict(config.build)
        shown = display_path(config.source) if config.source is not None else None

        def fail(message: str, *keys: str) -> ConfigError:
            return ConfigError(message, shown, key_line(config.source, ["build", *keys]))

        unknown = sorted(str(key) for key in raw if key not in OPTIONS)
        if unknown:
            raise fail(
                f"build.{unknown[0]}: unknown key{did_you_mean(unknown[0], OPTIONS)}", unknown[0]
            )

        project = project_root(config.root)

        def path_option(key: str, value: object) -> Path:
            if not isinstance(value, str) or not value.strip():
                raise fail(f"build.{key}: expected a path, got {value!r}", *key.split("."))
            # Inside the project, symlinks resolved: a config from a pull request must not
            # write (or read) anywhere else on the machine.
            return confine(config.root / value, project, f"build.{key}", shown)

        output: Path | None = None
        if "output" in raw or (config.root / "lists").is_dir():
            output = path_option("output", raw.get("output", DEFAULT_OUTPUT))
        title = raw.get("title")  # None: the first list's H1 (see render_readme_file)
        if "title" in raw and title is None:
            title = ""
        if title is not None and not isinstance(title, str):
            raise fail(f"build.title: expected text, got {title!r}", "title")
        intro, intro_path = DEFAULT_INTRO, None
        if raw.get("intro") is not None:
            intro_path = path_option("intro", raw["intro"])
            intro = _read_intro(intro_path, shown)
        sort = raw.get("sort", "as-written")
        if sort not in SORTS:
            raise fail(f"build.sort: {sort!r} is not one of {', '.join(SORTS)}", "sort")
        fields = raw.get("fields", list(FIELDS))
        if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
            raise fail(f"build.fields: expected a list of {', '.join(FIELDS)}", "fields")
        bad = [name for name in fields if name not in FIELDS]
        if bad:
            raise fail(f"build.fields: unknown field {bad[0]!r}{did_you_mean(bad[0], FIELDS)}")
        exports_raw = raw.get("exports", {})
        if not isinstance(exports_raw, dict):
            raise fail("build.exports: expected a mapping of format to path", "exports")
        unknown = sorted(str(key) for key in exports_raw if key not in EXPORT_SUFFIXES)
        if unknown:
            hint = did_you_mean(unknown[0], EXPORT_SUFFIXES)
            raise fail(f"build.exports.{unknown[0]}: unknown format{hint}", "exports", unknown[0])
        exports: dict[str, Path] = {}
        for fmt, default in default_exports(project_name(config.root)).items():
            value = exports_raw.get(fmt, default)
            if value is None or value is False:
                continue
            exports[fmt] = path_option(f"exports.{fmt}", value)
        return cls(
            output=output,
            title=title,
            intro=intro,
            sort=sort,
            fields=tuple(name for name in FIELDS if name in fields),
            exports=exports,
            intro_path=intro_path,
        )


def project_name(root: Path) -> str:
    """The project's name, for the default export files: ``[project] name`` of its
    pyproject.toml, else its repository's folder name."""
    from awesome_ptm.discover import project_name as folder_name

    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            name = _load_toml(pyproject).get("project", {}).get("name")
        except (InputError, ValueError, AttributeError):
            name = None
        if isinstance(name, str) and name.strip():
            return _safe_name(name)
    return _safe_name(folder_name(root))


def _load_toml(path: Path) -> dict[str, Any]:
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
    text = read_side_file(path, DEFAULT_MAX_BYTES, "pyproject.toml", "fix its TOML")
    data: dict[str, Any] = tomllib.loads(text)
    return data


def _safe_name(name: str) -> str:
    """A name fit for a file name: letters, digits, ``.``, ``-`` and ``_`` only."""
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-") or "lists"


def _read_intro(path: Path, config_path: str | None) -> str:
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"build.intro: no such file: {display_path(path)}", config_path)
    text = read_side_file(
        path, DEFAULT_MAX_BYTES, "intro file", "point build.intro at a Markdown file"
    )
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _relative(path: Path, root: Path) -> str:
    """A source path as stored in the outputs: relative to the config's folder, with forward
    slashes, so that the outputs do not depend on the current directory."""
    try:
        shown = os.path.relpath(path.resolve(), root.resolve())
    except ValueError:  # another drive on Windows
        shown = str(path.resolve())
    if shown.startswith(".."):
        shown = str(path.resolve())
    return shown.replace(os.sep, "/")


def load_sources(
    config: Config,
    paths: Sequence[str | Path] | None = None,
    exclude: Sequence[Path] = (),
    own: Path | None = None,
) -> Corpus:
    """Parse the lists to build from (``paths``, else the configured lists), leaving out
    ``exclude`` (the intro file, the exports). ``own`` is the README written into: when it is
    one of the lists, only its text outside the markers is a source."""
    from awesome_ptm.parse import parse_text
    from awesome_ptm.read import blank_generated, discover, read_source

    given = [Path(p) for p in paths] if paths else config.default_paths()
    skipped = {Path(os.path.abspath(path)) for path in exclude}
    own_key = Path(os.path.abspath(own)) if own is not None else None
    files = [path for path in discover(given) if Path(os.path.abspath(path)) not in skipped]
    documents = []
    for path in files:
        source = read_source(path, max_bytes=config.max_file_size)
        if Path(os.path.abspath(path)) == own_key:
            document = parse_text(blank_generated(source.text), _relative(path, config.root))
            if document.entries:  # a README that is a list itself; else only an output
                documents.append(document)
            continue
        documents.append(parse_text(source.text, _relative(path, config.root)))
    if not documents and not config.discovered:
        raise InputError(
            "no lists to build from (only generated files found); give the list files",
            ", ".join(display_path(path) for path in given),
        )
    return Corpus(documents)


def _read_existing(path: Path) -> bytes | None:
    if not _is_existing_output(path):
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", display_path(path)) from None


def _is_existing_output(path: Path) -> bool:
    """Whether an output file is there already; refuses what is not a regular file (a folder,
    or a FIFO, which reading would block on) before anything is read or written."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", display_path(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory where an output file was expected", display_path(path))
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            "is not a regular file; an output must be a file (remove it or change the path)",
            display_path(path),
        )
    return True


def render_readme_file(corpus: Corpus, options: BuildOptions, existing: bytes | None) -> bytes:
    """The README's new bytes: the generated part spliced between the markers of the
    existing file (kept byte for byte outside them), or a new file with both markers."""
    from awesome_ptm.render import RenderOptions, heading_texts, render_readme, splice, text_before

    assert options.output is not None, "render_readme_file needs an output"
    shown = display_path(options.output)
    text: str | None = None
    if existing is not None:
        try:
            text = existing.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-8; re-save the file as UTF-8", shown) from None
    before = text_before(text)
    title = options.title
    if title is None:  # the first list's H1 (none when the README is a list: it has its own)
        title = next((h.title for d in corpus.documents for h in d.headings if h.level == 1), "")
        if text is not None and text_before(text).lstrip().startswith("#"):
            title = ""
    render_options = RenderOptions(
        title=title,
        intro=options.intro,
        sort=options.sort,
        fields=options.fields,
        headings_before=tuple(heading_texts(before)) if before.strip() else (),
    )
    generated = render_readme(corpus, render_options)
    return splice(text, generated, shown).encode("utf-8")


@dataclass(frozen=True, slots=True)
class PlannedOutput:
    """An output computed in memory: what it is, where it goes, its bytes, what is there."""

    kind: str
    path: Path
    data: bytes
    existing: bytes | None


@dataclass(frozen=True, slots=True)
class _Pending:
    """An output to compute: its bytes are made only when asked for, one output at a time
    (at 100,000 entries each export is 20-100 MB)."""

    kind: str
    path: Path
    make: Callable[[], bytes]


def _pending(
    config: Config, paths: Sequence[str | Path] | None
) -> tuple[Corpus, PlannedOutput | None, list[_Pending]]:
    """The corpus, the README (computed; None when there is none to build) and the exports
    (to compute), after checking that every output can be read and that no two outputs share
    a path."""
    options = BuildOptions.from_config(config)
    exclude = [*options.exports.values(), *([options.intro_path] if options.intro_path else [])]
    corpus = load_sources(config, paths, exclude, own=options.output)
    readme: PlannedOutput | None = None
    if options.output is not None:
        existing = _read_existing(options.output)
        readme = PlannedOutput(
            "readme", options.output, render_readme_file(corpus, options, existing), existing
        )
    exports: list[_Pending] = []
    for fmt, path in options.exports.items():
        _probe(path)  # what _read_existing would refuse, refused before anything is written

        def make(fmt: str = fmt) -> bytes:
            from awesome_ptm.export import iter_export
            from awesome_ptm.write import encode_chunks

            return encode_chunks(iter_export(corpus, fmt))

        exports.append(_Pending(fmt, path, make))
    seen: dict[Path, str] = {}
    outputs = [(readme.kind, readme.path)] if readme is not None else []
    for kind, path in [*outputs, *((e.kind, e.path) for e in exports)]:
        key = Path(os.path.abspath(path))
        if key in seen:
            raise ConfigError(
                f"build: {kind} and {seen[key]} both write {display_path(path)}",
                display_path(config.source) if config.source else None,
            )
        seen[key] = kind
    return corpus, readme, exports


def _probe(path: Path) -> None:
    """Raise what :func:`_read_existing` would raise for ``path``, without reading it."""
    if not _is_existing_output(path):
        return
    try:
        with path.open("rb"):  # a regular file: opening it does not block
            pass
    except OSError:
        _read_existing(path)  # the same error, worded in one place


def plan(
    config: Config, paths: Sequence[str | Path] | None = None
) -> tuple[Corpus, list[PlannedOutput]]:
    """Compute every output in memory (nothing is written)."""
    corpus, readme, exports = _pending(config, paths)
    planned = [readme] if readme is not None else []
    for export in exports:
        planned.append(
            PlannedOutput(export.kind, export.path, export.make(), _read_existing(export.path))
        )
    return corpus, planned


def _settle(output: PlannedOutput, check: bool) -> BuildOutput:
    """Compare one output with what is there; write it (unless ``check``) if it differs."""
    from awesome_ptm.write import atomic_write

    if output.existing == output.data:
        return BuildOutput(output.kind, output.path, "unchanged")
    if check:
        reason = "missing" if output.existing is None else "out of date"
        return BuildOutput(output.kind, output.path, "stale", reason)
    try:
        output.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(
            f"cannot create folder: {error.strerror or error}",
            display_path(output.path.parent),
        ) from None
    atomic_write(output.path, output.data)
    return BuildOutput(output.kind, output.path, "written")


def build(
    config: Config, paths: Sequence[str | Path] | None = None, check: bool = False
) -> BuildResult:
    """Build the README and the exports.

    ``check=False``: write each output whose bytes differ (atomically), leave the others
    untouched. ``check=True``: write nothing; an output that is missing or different is
    ``stale``. Raises :class:`~awesome_ptm.errors.AwesomePtmError` (one line) on bad input
    or config, e.g. an existing README without the markers.
    """
    corpus, readme, exports = _pending(config, paths)
    outputs = [_settle(readme, check)] if readme is not None else []
    for export in exports:
        # One export in memory at a time: computed, compared, written if need be, let go.
        data = export.make()
        outputs.append(
            _settle(
                PlannedOutput(export.kind, export.path, data, _read_existing(export.path)), check
            )
        )
        del data
    return BuildResult(
        outputs=tuple(outputs),
        sources=tuple(document.path for document in corpus.documents),
        entries=len(corpus),
    )
