"""The committed metadata file, ``.awesome-ptm/metadata.json``: one record per paper identity.

The file is sorted (records by key, fields by name), indented, UTF-8 and ends with a line
break, so the same data always gives the same bytes and a change reads as a small diff.
``check`` reads it and nothing else: the rules never touch the network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesome_ptm.errors import InputError
from awesome_ptm.read import display_path

#: Where the file lives, relative to the config's folder (``[tool.awesome-ptm.metadata] file``
#: changes it).
DEFAULT_PATH = ".awesome-ptm/metadata.json"
FORMAT_VERSION = 1
#: Larger files are refused rather than read (a list of 100,000 papers is about 60 MB).
MAX_BYTES = 256 * 1024 * 1024


@dataclass(slots=True)
class Record:
    """What a provider said about one paper identity.

    ``found`` is False when the provider does not know the identity (kept, so that it is not
    asked again until the record is stale). ``venue`` is the provider's free-text venue;
    ``publication_venue`` its structured venue (``name``, ``type``, ``alternate_names``).
    ``fetched`` is the ISO date of the answer.
    """

    key: str
    provider: str
    fetched: str
    found: bool = True
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    publication_venue: dict[str, Any] | None = None
    external_ids: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"provider": self.provider, "fetched": self.fetched}
        if not self.found:
            data["found"] = False
            return data
        data.update(
            title=self.title,
            authors=list(self.authors),
            year=self.year,
            venue=self.venue,
            publication_venue=self.publication_venue,
            external_ids=dict(sorted(self.external_ids.items())),
        )
        return data

    @classmethod
    def from_dict(cls, key: str, data: Any, where: str) -> Record:
        if not isinstance(data, dict):
            raise InputError(f"record {key!r} is not an object; run `awesome-ptm enrich`", where)
        try:
            venue = data.get("publication_venue")
            return cls(
                key=key,
                provider=str(data["provider"]),
                fetched=str(data["fetched"]),
                found=bool(data.get("found", True)),
                title=_str(data.get("title")),
                authors=[str(a) for a in data.get("authors") or []],
                year=_int(data.get("year")),
                venue=_str(data.get("venue")),
                publication_venue=dict(venue) if isinstance(venue, dict) else None,
                external_ids={str(k): str(v) for k, v in (data.get("external_ids") or {}).items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InputError(
                f"record {key!r} is malformed ({error}); delete it and run `awesome-ptm enrich`",
                where,
            ) from None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class MetadataStore:
    """The records of one metadata file, by key."""

    def __init__(self, path: Path, records: dict[str, Record] | None = None) -> None:
        self.path = path
        self.records: dict[str, Record] = dict(records or {})

    def get(self, key: str) -> Record | None:
        return self.records.get(key)

    def found(self, key: str) -> Record | None:
        """The record of ``key`` when the provider knew the paper."""
        record = self.records.get(key)
        return record if record is not None and record.found else None

    def to_bytes(self) -> bytes:
        """The file's bytes: sorted, two-space indented, one trailing newline."""
        data = {
            "version": FORMAT_VERSION,
            "papers": {key: self.records[key].to_dict() for key in sorted(self.records)},
        }
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        return (text + "\n").encode("utf-8")

    def save(self) -> bool:
        """Write the file (atomically, creating its folder) when its bytes change; returns
        whether it was written."""
        from awesome_ptm.write import atomic_write

        data = self.to_bytes()
        try:
            if self.path.read_bytes() == data:
                return False
        except FileNotFoundError:
            if not self.records:
                return False  # nothing known: no empty file to commit
        except OSError:
            pass
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(
                f"cannot create the folder: {error.strerror or error}", display_path(self.path)
            ) from None
        atomic_write(self.path, data)
        return True


def load_store(path: Path) -> MetadataStore:
    """Read the metadata file at ``path``; an absent file is an empty store. A file that is
    not one raises :class:`InputError` naming it."""
    where = display_path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"larger than {MAX_BYTES} bytes; not a metadata file?", where)
        raw = path.read_bytes()
    except FileNotFoundError:
        return MetadataStore(path)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", where) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise InputError(
            f"not valid JSON ({error}); restore it from git or delete it and run "
            "`awesome-ptm enrich`",
            where,
            line,
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("papers"), dict):
        raise InputError('expected {"version": 1, "papers": {...}}', where)
    if data.get("version") != FORMAT_VERSION:
        raise InputError(
            f"format version {data.get('version')!r} is not {FORMAT_VERSION}; "
            "upgrade awesome-ptm or run `awesome-ptm enrich --refresh`",
            where,
        )
    records = {
        str(key): Record.from_dict(str(key), value, where) for key, value in data["papers"].items()
    }
    return MetadataStore(path, records)
