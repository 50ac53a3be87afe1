"""``awesome-ptm enrich``: fetch what the metadata file is missing or holds stale, keep the
rest, and write the file only when its bytes change."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from awesome_ptm.metadata.ids import entry_keys
from awesome_ptm.metadata.settings import MetadataSettings
from awesome_ptm.metadata.store import MetadataStore, Record
from awesome_ptm.model import Entry

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class EnrichReport:
    """What one run did."""

    wanted: int = 0
    fetched: int = 0
    found: int = 0
    written: bool = False
    #: one line per provider that could not be reached or answered nonsense
    problems: list[str] = field(default_factory=list)
    #: keys no provider can be asked about
    unsupported: list[str] = field(default_factory=list)


def today() -> str:
    """Today's date (UTC), ISO."""
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def is_stale(record: Record, day: str, max_age_days: int) -> bool:
    """Whether ``record`` was fetched more than ``max_age_days`` before ``day``."""
    try:
        fetched = datetime.date.fromisoformat(record.fetched)
    except ValueError:
        return True
    return (datetime.date.fromisoformat(day) - fetched).days > max_age_days


def corpus_keys(entries: Iterable[Entry]) -> list[str]:
    """Every paper identity of the entries, sorted."""
    return sorted({key for entry in entries for key in entry_keys(entry)})


def wanted_keys(
    keys: Iterable[str], store: MetadataStore, day: str, max_age_days: int, refresh: bool
) -> list[str]:
    """The keys to fetch: without a record, with a stale one, or all with ``refresh``."""
    wanted = []
    for key in keys:
        record = store.get(key)
        if refresh or record is None or is_stale(record, day, max_age_days):
            wanted.append(key)
    return wanted


async def fetch_records(
    keys: list[str],
    settings: MetadataSettings,
    day: str,
    progress: Progress | None = None,
) -> tuple[dict[str, Record], list[str], list[str]]:
    """Ask the providers about ``keys``: ``(records, problems, unsupported keys)``. A
    provider that fails stops being asked; what it answered before is kept."""
    from awesome_ptm.enrich.providers import ProviderError, make_providers

    providers = make_providers(dict(settings.providers))
    records: dict[str, Record] = {}
    problems: list[str] = []
    assigned: dict[str, list[str]] = {}
    unsupported: list[str] = []
    for key in keys:
        provider = next((p for p in providers if p.supports(key)), None)
        if provider is None:
            unsupported.append(key)
        else:
            assigned.setdefault(provider.name, []).append(key)
    total = sum(len(v) for v in assigned.values())
    done = 0
    if progress is not None:
        progress(0, total)
    for provider in providers:
        mine = assigned.get(provider.name, [])
        if not mine:
            continue
        async with provider.session:
            for start in range(0, len(mine), provider.batch):
                batch = mine[start : start + provider.batch]
                try:
                    records.update(await provider.fetch(batch, day))
                except ProviderError as error:
                    left = len(mine) - start
                    problems.append(f"{error} ({left} paper(s) not fetched; the file keeps them)")
                    break
                done += len(batch)
                if progress is not None:
                    progress(done, total)
    return records, problems, unsupported


def enrich(
    entries: Iterable[Entry],
    store: MetadataStore,
    settings: MetadataSettings,
    *,
    day: str | None = None,
    refresh: bool = False,
    progress: Progress | None = None,
    write: bool = True,
) -> EnrichReport:
    """Fetch the missing and stale records of the entries' papers into ``store`` and save
    it (when ``write``). Records of papers no longer listed are kept: they cost nothing and
    a paper moved between lists need not be fetched again."""
    day = day or today()
    keys = corpus_keys(entries)
    wanted = wanted_keys(keys, store, day, settings.max_age_days, refresh)
    report = EnrichReport(wanted=len(wanted))
    if wanted:
        records, report.problems, report.unsupported = asyncio.run(
            fetch_records(wanted, settings, day, progress)
        )
        for key, record in records.items():
            old = store.get(key)
            # A paper the provider no longer knows keeps what it was known as.
            if not record.found and old is not None and old.found:
                old.fetched = record.fetched
                continue
            store.records[key] = record
        report.fetched = len(records)
        report.found = sum(1 for record in records.values() if record.found)
    if write:
        report.written = store.save()
    return report
