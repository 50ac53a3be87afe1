"""Metadata providers behind one interface, and the HTTP session they share.

Requests go through the link checker's HTTP layer (:class:`awesome_ptm.links.http.Checker`):
one gate per host (at most one request in flight, ``interval`` seconds apart), retries with
backoff on 429, 5xx, timeouts and resets, and a ``Retry-After`` honoured for the whole host.
The base URL of a provider is the user's choice (config or environment), so unlike list links
it may be a local address: tests and mirrors use one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import httpx

from awesome_ptm.links._outcomes import Answer, phrase
from awesome_ptm.links.http import Checker
from awesome_ptm.links.options import USER_AGENT, LinkOptions
from awesome_ptm.metadata.settings import ProviderSettings
from awesome_ptm.metadata.store import Record

#: How the store and the messages name each provider.
SEMANTIC_SCHOLAR = "semantic-scholar"
OPENREVIEW = "openreview"


class ProviderError(Exception):
    """The provider could not be asked or gave no usable answer; one line for the user."""


class Provider(Protocol):
    """Answers paper identities (metadata keys) with records."""

    name: str
    #: most keys one request may carry
    batch: int

    def supports(self, key: str) -> bool: ...

    async def fetch(self, keys: Sequence[str], today: str) -> dict[str, Record]:
        """A record for each of ``keys`` (``found=False`` for unknown ones); raises
        :class:`ProviderError` when the provider cannot be reached or answers nonsense."""
        ...


class Session:
    """One HTTP client and checker for the providers of one run; use ``async with``."""

    def __init__(self, settings: ProviderSettings, headers: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.options = LinkOptions(
            per_host=1,
            interval=settings.interval,
            timeout=settings.timeout,
            retries=settings.retries,
            backoff=settings.backoff,
            max_retry_after=settings.max_retry_after,
            max_body_bytes=64 * 1024 * 1024,
            builtin_hosts=False,
            confirm_with_get=False,
            cache=False,
        )
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
        self.client: httpx.AsyncClient | None = None
        self.checker: Checker | None = None

    async def __aenter__(self) -> Session:
        self.client = httpx.AsyncClient(
            headers=self.headers,
            timeout=httpx.Timeout(self.settings.timeout, pool=None),
            follow_redirects=False,
            trust_env=True,
        )
        self.checker = Checker(self.client, self.options)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.client is not None:
            await self.client.aclose()

    async def call(self, method: str, url: str, body: Any = None) -> Any:
        """The decoded JSON answer of one request (with retries); :class:`ProviderError`
        when there is none. A 404 answers None."""
        assert self.checker is not None, "use the session with `async with`"
        content = None if body is None else json.dumps(body).encode("utf-8")
        result, note = await self.checker.fetch(method, url, True, [0], content)
        name = self.settings.name
        if not isinstance(result, Answer):
            what = result.describe(self.options.timeout)
            raise ProviderError(f"{name} could not be reached at {self.settings.url}: {what}")
        if result.status == 404:
            return None
        if result.status not in self.options.accept:
            detail = f"; {note}" if note else ""
            if result.status == 429:
                detail += (
                    "; set SEMANTIC_SCHOLAR_API_KEY or try later" if "semantic" in name else ""
                )
            raise ProviderError(f"{name} answered {phrase(result.status)}{detail}")
        try:
            return json.loads(result.text or "")
        except json.JSONDecodeError:
            raise ProviderError(f"{name} answered something that is not JSON") from None


class SemanticScholar:
    """The Semantic Scholar Graph API's batch endpoint: ``POST {url}/graph/v1/paper/batch``
    with ``{"ids": [...]}``; the answer is a list in request order, ``null`` for unknown
    ids."""

    name = SEMANTIC_SCHOLAR

    def __init__(self, settings: ProviderSettings, environ: dict[str, str] | None = None) -> None:
        self.settings = settings
        extra = settings.extra
        self.batch = int(extra.get("batch", 500))
        self.fields = str(extra.get("fields", ""))
        self.prefixes: dict[str, str] = dict(extra.get("prefixes", {}))
        env = os.environ if environ is None else environ
        key = env.get(str(extra.get("key-env", "SEMANTIC_SCHOLAR_API_KEY")), "").strip()
        self.headers = {"x-api-key": key} if key else {}
        self.session = Session(settings, {"Content-Type": "application/json", **self.headers})

    def supports(self, key: str) -> bool:
        return key.partition(":")[0] in self.prefixes

    def _id(self, key: str) -> str:
        scheme, _, value = key.partition(":")
        return self.prefixes[scheme] + value

    async def fetch(self, keys: Sequence[str], today: str) -> dict[str, Record]:
        url = f"{self.settings.url}{self.settings.path}?fields={self.fields}"
        answer = await self.session.call("POST", url, {"ids": [self._id(k) for k in keys]})
        if not isinstance(answer, list) or len(answer) != len(keys):
            raise ProviderError(
                f"{self.name} answered {type(answer).__name__} where a list of "
                f"{len(keys)} papers was expected"
            )
        return {key: self._record(key, item, today) for key, item in zip(keys, answer, strict=True)}

    def _record(self, key: str, item: Any, today: str) -> Record:
        if not isinstance(item, dict):
            return Record(key, self.name, today, found=False)
        venue = item.get("publicationVenue")
        publication = None
        if isinstance(venue, dict) and isinstance(venue.get("name"), str):
            publication = {
                "name": venue["name"],
                "type": venue.get("type") if isinstance(venue.get("type"), str) else None,
                "alternate_names": sorted(
                    {str(n) for n in venue.get("alternate_names") or [] if isinstance(n, str)}
                ),
            }
        raw_ids = item.get("externalIds")
        ids: dict[str, Any] = raw_ids if isinstance(raw_ids, dict) else {}
        authors = [
            a["name"] for a in item.get("authors") or [] if isinstance(a, dict) and a.get("name")
        ]
        year = item.get("year")
        return Record(
            key=key,
            provider=self.name,
            fetched=today,
            title=_text(item.get("title")),
            authors=[str(a) for a in authors],
            year=year if isinstance(year, int) and not isinstance(year, bool) else None,
            venue=_text(item.get("venue")),
            publication_venue=publication,
            external_ids={str(k): str(v) for k, v in ids.items() if v is not None},
        )


class OpenReview:
    """OpenReview's notes endpoint, one paper a request: ``GET {url}/notes?id=ID``. It adds
    what Semantic Scholar cannot be asked about: papers known only by their forum id."""

    name = OPENREVIEW
    batch = 1

    def __init__(self, settings: ProviderSettings) -> None:
        self.settings = settings
        self.session = Session(settings)

    def supports(self, key: str) -> bool:
        return key.startswith("openreview:")

    async def fetch(self, keys: Sequence[str], today: str) -> dict[str, Record]:
        records = {}
        for key in keys:
            forum = key.partition(":")[2]
            url = f"{self.settings.url}{self.settings.path}?id={forum}"
            answer = await self.session.call("GET", url)
            notes = answer.get("notes") if isinstance(answer, dict) else None
            note = notes[0] if isinstance(notes, list) and notes else None
            records[key] = self._record(key, note, today)
        return records

    def _record(self, key: str, note: Any, today: str) -> Record:
        if not isinstance(note, dict) or not isinstance(note.get("content"), dict):
            return Record(key, self.name, today, found=False)
        content = note["content"]

        def value(name: str) -> Any:
            # API 2 wraps each value as {"value": ...}; API 1 does not.
            raw = content.get(name)
            return raw.get("value") if isinstance(raw, dict) else raw

        venue = _text(value("venue"))
        authors = value("authors")
        year = None
        when = note.get("pdate") or note.get("cdate")
        if isinstance(when, int) and not isinstance(when, bool):
            import datetime

            year = datetime.datetime.fromtimestamp(when / 1000, datetime.timezone.utc).year
        return Record(
            key=key,
            provider=self.name,
            fetched=today,
            title=_text(value("title")),
            authors=[str(a) for a in authors] if isinstance(authors, list) else [],
            year=year,
            venue=venue,
        )


def _text(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def make_providers(
    settings: dict[str, ProviderSettings],
) -> list[SemanticScholar | OpenReview]:
    """The providers in the order they are asked (the first that supports a key gets it)."""
    return [SemanticScholar(settings[SEMANTIC_SCHOLAR]), OpenReview(settings[OPENREVIEW])]


ProgressCallback = Callable[[int, int], None]
