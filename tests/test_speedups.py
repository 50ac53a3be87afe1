"""The speed-ups are shortcuts, not new behaviour: each fast path gives what the general code
gives. (Speed itself is measured in benchmarks/, never asserted here.)"""

from __future__ import annotations

import gc
import importlib.util
import json
import random
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it.common.normalize_url import normalizeLink

from awesome_ptm._gc import gc_paused
from awesome_ptm.identity._url import host_in, host_matches, parse_web, split_web
from awesome_ptm.parse import parse_text
from awesome_ptm.parse._document import layout
from awesome_ptm.parse._markdown import markdown
from awesome_ptm.parse._normalize import normalize_link
from awesome_ptm.rules.duplicates import similar_titles
from awesome_ptm.rules.schema import _builtin, _compiled, _Validator, _validator
from awesome_ptm.titles import normalize_title

ROOT = Path(__file__).resolve().parent.parent
TITLE_WORDS = (
    "pre training language model models bert roberta robustly optimized optimised approach "
    "chinese 中文 预训练 模型 part 1 2 ii iii (上) (下) 第一部分 第二部分 transformer transformers "
    "xl dialog dialogue"
)
URL_CHARS = "aZ09.-/?#:&=+$,_~!*'()@%[] \t中ſK"
PREFIXES = ["http://", "https://", "HTTP://", "hTtPs://", "//", "http:/", "ftp://", "", "#", "/"]


@st.composite
def url_like(draw: st.DrawFn) -> str:
    host = draw(st.sampled_from(["", "a", "github.com", "x-y.Z9", ".", "a..b", "A.B.", "[::1]"]))
    rest = draw(st.text(alphabet=URL_CHARS, max_size=20))
    return draw(st.sampled_from(PREFIXES)) + host + rest


@settings(max_examples=3000, deadline=None)
@given(url_like())
def test_parse_web_fast_path_is_urlsplit(text: str) -> None:
    parse_web.cache_clear()
    assert parse_web(text) == split_web(text)


@settings(max_examples=3000, deadline=None)
@given(url_like())
@example("//::")  # protocol-relative: mdurl drops the empty port (the fast path kept it)
@example("//a:")
@example("http://a//::")
def test_normalize_link_fast_path_is_markdown_its(text: str) -> None:
    assert normalize_link(text) == normalizeLink(text)


def test_normalize_link_on_the_seed_lists() -> None:
    import re

    for path in sorted((ROOT / "lists").glob("*.md")):
        for target in re.findall(r"\]\(([^)\s]+)", path.read_text(encoding="utf-8")):
            assert normalize_link(target) == normalizeLink(target), target


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="abc.-", max_size=12),
    st.frozensets(st.text(alphabet="abc.", min_size=1, max_size=6), max_size=5),
)
def test_host_in_is_any_host_matches(host: str, entries: frozenset[str]) -> None:
    assert host_in(host, entries) == any(host_matches(host, entry) for entry in entries)


def test_gc_paused_restores_the_collector() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError
    assert gc.isenabled()


def test_recorded_layout_is_the_layout_of_a_fresh_parse() -> None:
    for path in sorted((ROOT / "lists").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        document = parse_text(text, path.name)
        assert document.layout == layout(markdown().parse(document.text))


def _reference_block_tokens(key: str) -> set[str]:
    """``duplicates._similarity._block_tokens`` as it was before its ASCII and no-joiner fast
    paths."""
    from awesome_ptm.rules.duplicates import _similarity as new

    tokens: set[str] = set()
    for wide, run in new._runs(new._JOINERS.sub("", key)):
        if wide and len(run) > 1:
            tokens.update(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.add(run[: new._STEM])
    return tokens


def _crowded_titles(seed: int, count: int, numbered: float = 0.0) -> list[str]:
    """Distinct normalised titles from a small vocabulary (crowded blocks, searched by
    window); a share ``numbered`` of them end in a number of their own (unpaired markers)."""
    words = TITLE_WORDS.split()
    rng = random.Random(seed)
    keys: list[str] = []
    forms: set[str] = set()
    while len(keys) < count:
        key = normalize_title(" ".join(rng.choice(words) for _ in range(rng.randint(2, 8))))
        if rng.random() < 0.3:
            key = key.replace("o", "0", 1) if rng.random() < 0.5 else key[:-1]
        if rng.random() < numbered:
            key = f"{key} {len(keys) + 10}"
        form = "".join(ch for ch in key if ch.isalnum())
        if len(form) >= 5 and form not in forms:
            forms.add(form)
            keys.append(key)
    return keys


def _old_duplicates() -> Any:
    """rules/duplicates.py (now rules/duplicates/_similarity.py) as it was before candidate
    pairs were filtered by series markers: every block pair scored (kept here, trimmed to what
    similar_titles needs, as the oracle)."""
    from collections import Counter
    from itertools import combinations

    from awesome_ptm.rules.duplicates import _similarity as new

    def blocks(keys: list[str], forms: list[str]) -> set[tuple[int, int]]:
        tokens = [_reference_block_tokens(key) for key in keys]
        frequency = Counter(token for each in tokens for token in each)
        found: dict[tuple[str, ...], list[int]] = {}
        for number, each in enumerate(tokens):
            rarest = sorted(sorted(each, key=lambda t: (frequency[t], t))[: new._RAREST])
            for block in combinations(rarest, 2 if len(rarest) > 2 else 1):
                found.setdefault(block, []).append(number)
        pairs: set[tuple[int, int]] = set()
        for members in found.values():
            if len(members) <= new._MAX_BLOCK:
                pairs.update(combinations(members, 2))
                continue
            ordered = sorted(members, key=lambda n: (forms[n], n))
            for at, number in enumerate(ordered):
                for other in ordered[at + 1 : at + 1 + new._WINDOW]:
                    pairs.add((min(number, other), max(number, other)))
        return pairs

    def similar(keys: list[str], threshold: float) -> dict[int, dict[int, float]]:
        from rapidfuzz import fuzz

        forms = ["".join(ch for ch in key if ch.isalnum()) for key in keys]
        lengths = [len(form) for form in forms]
        least = threshold / 200
        pairs: dict[int, dict[int, float]] = {}
        for i, j in blocks(keys, forms):
            a, b = lengths[i], lengths[j]
            if min(a, b) < least * (a + b):
                continue
            score = fuzz.ratio(forms[i], forms[j], score_cutoff=threshold)
            if score and new._spelling_only(keys[i], keys[j]):
                pairs.setdefault(i, {})[j] = score
                pairs.setdefault(j, {})[i] = score
        return pairs

    return similar


@pytest.mark.parametrize("seed", range(6))
def test_similar_titles_equals_scoring_every_block_pair(seed: int) -> None:
    keys = _crowded_titles(seed, 1500)
    oracle = _old_duplicates()
    for threshold in (92, 80):
        assert similar_titles(keys, threshold) == oracle(keys, threshold)


@pytest.mark.parametrize(("seed", "numbered"), [(0, 0.5), (1, 0.9), (2, 0.99), (3, 1.0)])
def test_similar_titles_with_titles_whose_markers_are_their_own(seed: int, numbered: float) -> None:
    # Unpaired titles still count towards block sizes and window positions, and a corpus
    # where every title has its own number has no candidate at all.
    keys = _crowded_titles(seed, 1500, numbered)
    oracle = _old_duplicates()
    assert similar_titles(keys, 80) == oracle(keys, 80)


def test_block_tokens_fast_paths_are_the_general_path() -> None:
    from awesome_ptm.rules.duplicates._similarity import _block_tokens

    keys = _crowded_titles(9, 500) + [
        normalize_title(text)
        for text in (
            "Pre-training of Deep Bidirectional Transformers",
            "roberta: a robustly optimized bert pre-training approach",
            "BERT's 预训练模型 (第一部分) x.y_z",
            "中文预训练模型ERNIE-Gram论文笔记",
            "ａｂｃ 全角 ｐｒｅ－ｔｒａｉｎｉｎｇ",
            "o'neill’s models",
            "",
            "a",
        )
    ]
    for key in keys:
        assert _block_tokens(key) == _reference_block_tokens(key), key


TOKEN_TEXT = st.lists(
    st.sampled_from(
        [
            *list("aZbq xyzM09_-.'’<>`@](/:é中文，"),
            "http://",
            "www.",
            "](",
            "<b>",
            "`code`",
            "It's",
            "don't",
            "a.b",
            "x@y.z",
            "’s",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TOKEN_TEXT)
def test_spelling_tokens_fast_path_is_the_general_path(text: str) -> None:
    from awesome_ptm.rules.spelling._words import _masked_tokens, tokens, words

    expected = _masked_tokens(text)
    assert tokens.__wrapped__(text) == expected
    assert words(text) == [token.word for token in expected]


def _reference_lexicon(context: Any) -> tuple[Any, Any]:
    """``build_lexicon``'s title counts and forms as the per-word loop built them."""
    from collections import Counter

    from awesome_ptm.rules._base import normalized_title
    from awesome_ptm.rules.spelling._words import _masked_tokens

    title_counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    seen: set[str] = set()
    for entry in context.corpus:
        normal = normalized_title(entry.title)
        if not normal or normal in seen:
            continue
        seen.add(normal)
        keys = set()
        for token in _masked_tokens(entry.title):
            keys.add(token.key)
            forms.setdefault(token.key, Counter())[token.word] += 1
        title_counts.update(keys)
    return title_counts, forms


def test_lexicon_counts_are_the_per_word_loops() -> None:
    from awesome_ptm.config import Config
    from awesome_ptm.corpus import load
    from awesome_ptm.rules import Context
    from awesome_ptm.rules.spelling._lexicon import build_lexicon

    corpus = load(sorted((ROOT / "lists").glob("*.md")))
    context = Context(corpus, Config())
    lexicon = build_lexicon(context)
    title_counts, forms = _reference_lexicon(context)
    assert lexicon.title_counts == title_counts
    # Order matters too: a key's most common form breaks ties by first use.
    assert list(lexicon.forms) == list(forms)
    assert [list(c.items()) for c in lexicon.forms.values()] == [
        list(c.items()) for c in forms.values()
    ]


ROW_TEXT = st.text(alphabet=st.sampled_from(list("| \t`\\a中x")), max_size=30)


@settings(max_examples=3000, deadline=None)
@given(ROW_TEXT)
def test_pipe_bounds_fast_path_is_the_walk(line: str) -> None:
    from awesome_ptm.parse.cells import pipe_bounds, walked_pipe_bounds

    assert pipe_bounds(line) == walked_pipe_bounds(line)


def test_space_pattern_is_str_isspace_on_every_code_point() -> None:
    from awesome_ptm.rules.links._malformed_url import _SPACE

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (_SPACE.match(char) is not None) == char.isspace(), hex(code)


@settings(max_examples=2000, deadline=None)
@given(url_like())
def test_is_local_target_fast_path(url: str) -> None:
    from awesome_ptm.rules.links._targets import has_scheme, is_local_target, looks_like_host

    target = url.strip()
    expected = bool(target) and not (
        target.startswith(("#", "/", "\\")) or has_scheme(target) or looks_like_host(target)
    )
    assert is_local_target(url) == expected


def test_schema_fast_validator_agrees_with_jsonschema() -> None:
    entry_schema = _builtin("entry.schema.json")
    fast = _compiled(entry_schema)
    if fast is None:
        pytest.skip("jsonschema-rs is not installed")
    full = _validator(entry_schema)
    document = parse_text((ROOT / "lists" / "ptm-paper-table.md").read_text(encoding="utf-8"))
    instances: list[dict[str, Any]] = [entry.to_dict() for entry in document.entries]
    broken = json.loads(json.dumps(instances[0]))
    broken.update(id="zz", year="2020", title="")
    broken["links"].append({"url": ""})
    instances.append(broken)
    for instance in instances:
        assert fast.is_valid(instance) == full.is_valid(instance)
        ours = [error.message for error in _Validator(entry_schema).iter_errors(instance)]
        assert ours == [error.message for error in full.iter_errors(instance)]


def test_schema_validator_without_jsonschema_rs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # import fails
    validator = _Validator(_builtin("entry.schema.json"))
    assert validator.fast is None
    assert list(validator.iter_errors({"id": "x"}))


def test_english_counts_are_spellcheckers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("spellchecker") is None:
        pytest.skip("pyspellchecker is not installed")
    from awesome_ptm.rules.spelling import _english

    monkeypatch.setattr(_english, "_cache_folder", lambda: tmp_path / "cache")
    expected = dict(_english.spell_checker().word_frequency.dictionary)
    assert _english._english_counts() == expected  # decoded, then cached
    [cached] = (tmp_path / "cache").glob("english-*.marshal")
    assert _english._english_counts() == expected  # read from the cache
    cached.write_bytes(b"damaged")
    assert _english._english_counts() == expected  # decoded again


def _config_keys() -> list[str]:
    from awesome_ptm.config import _config_schema

    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.update(str(key) for key in node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(_config_schema())
    return sorted(found)


CONFIG_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "x", "PTM101", "error", "warning", "info", "ALL", "lists/", "*.md"]),
    st.text(max_size=5),
)


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_config_fast_validator_agrees_with_jsonschema(data: st.DataObject) -> None:
    from jsonschema import Draft202012Validator

    from awesome_ptm.config import _config_schema, _valid_fast

    keys = st.one_of(st.sampled_from(_config_keys()), st.text(max_size=3))
    values = st.recursive(
        CONFIG_SCALARS,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)
        ),
        max_leaves=12,
    )
    raw = data.draw(st.dictionaries(st.sampled_from(_config_keys()), values, max_size=4))
    expected = Draft202012Validator(_config_schema()).is_valid(raw)
    assert _valid_fast(raw) == expected, raw


def test_config_fast_validator_accepts_the_projects_configs() -> None:
    from awesome_ptm.config import _load_raw, _valid_fast

    assert _valid_fast(_load_raw(ROOT / ".awesome-ptm.yaml"))


def test_config_fast_validator_defers_what_it_cannot_convert() -> None:
    import datetime

    from awesome_ptm.config import _valid_fast

    # A YAML date, a non-string key: jsonschema decides (and makes the message).
    assert not _valid_fast({"lists": [datetime.date(2020, 1, 1)]})
    assert not _valid_fast({"severity": {1: "error"}})


def test_sorted_words_are_a_set() -> None:
    from awesome_ptm.rules.spelling._english import SortedWords

    rng = random.Random(5)
    words = {"".join(rng.choice("ab'é-z") for _ in range(rng.randint(1, 6))) for _ in range(3000)}
    text = SortedWords.write(words)
    found = SortedWords.read(text)
    assert found is not None
    probes = [*sorted(words), "", "\n", "a\nb", "0", "~", "zzzzzzzz", "aaaaaaaaa"]
    probes += ["".join(rng.choice("ab'é-z") for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    # More lookups than BISECTIONS: the answers stay the same once it is a frozenset.
    assert len(probes) > SortedWords.BISECTIONS
    for probe in probes:
        assert (probe in found) == (probe in words), probe
    assert found.words == frozenset(words)
    assert SortedWords.read(text[:-1]) is None  # cut short
    assert SortedWords.read(text + "zzz\n") is None  # a line too many
    assert SortedWords.read("not a word file\n") is None
    empty = SortedWords.read(SortedWords.write([]))
    assert empty is not None and "a" not in empty


def test_english_is_the_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from awesome_ptm.rules.spelling import _english

    monkeypatch.setattr(_english, "_cache_folder", lambda: tmp_path / "cache")
    _english.english.cache_clear()
    counts, floor = _english._dictionary()
    rng = random.Random(3)
    probes = [*rng.sample(sorted(counts), 4000), "qzxv", "", "famly", "modal", "softa"]
    try:
        for attempt in ("built", "from the cache files", "rebuilt"):
            english = _english.english()
            assert english.floor == floor, attempt
            assert dict(english.common) == {w: c for w, c in counts.items() if c > floor}
            for probe in probes:
                assert (probe in english) == (probe in counts), (attempt, probe)
                assert english.count(probe) == counts.get(probe, 0), (attempt, probe)
            _english.english.cache_clear()
            if attempt == "from the cache files":
                [rare] = (tmp_path / "cache").glob("english-*.rare.words")
                rare.write_text("damaged", encoding="utf-8")
    finally:
        _english.english.cache_clear()


def _reference_normalize_title(title: str) -> str:
    """``titles.normalize_title`` as it was: a translate table and a whitespace regex."""
    import re
    import unicodedata

    quotes = str.maketrans("", "", "《》〈〉「」『』“”‘’\"'`")
    text = unicodedata.normalize("NFKC", title).translate(quotes).casefold()
    text = re.sub(r"\s+", " ", text)
    return text.strip(".,;:!?。，；：！？、-–—_ ")


TITLE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list("《》〈〉「」『』“”‘’\"'` \t\n\u3000\u00a0\u2028\x1c.,;:!?。，；：！？、-–—_")
        ),
        st.sampled_from(list("aBcZ0９ＡＢ中文ßİﬁ")),
        st.characters(),
    ),
    max_size=30,
)


@settings(max_examples=5000, deadline=None)
@given(TITLE_TEXT)
def test_normalize_title_is_the_reference(title: str) -> None:
    assert normalize_title(title) == _reference_normalize_title(title)


def test_normalize_title_on_the_seed_lists() -> None:
    from awesome_ptm.corpus import load

    for entry in load(sorted((ROOT / "lists").glob("*.md"))):
        assert normalize_title(entry.title) == _reference_normalize_title(entry.title)


MARKUP_LINE = st.lists(
    st.sampled_from([*list("()（）【】《》*_ a中\x00"), "**", "__", "** a **"]), max_size=25
).map("".join)


@settings(max_examples=5000, deadline=None)
@given(MARKUP_LINE)
def test_markup_shortcut_skips_only_lines_without_problems(line: str) -> None:
    from awesome_ptm.rules.markup import (
        _bracket_problems,
        bracket_problems,
        broken_strong,
        may_have_markup_problem,
    )

    assert bracket_problems(line) == _bracket_problems(line)
    if not may_have_markup_problem(line):
        assert _bracket_problems(line) == []
        assert broken_strong(line, line) == []


SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=8,
)


@settings(max_examples=3000, deadline=None)
@given(SPANS, st.integers(0, 50), st.integers(0, 10))
def test_few_spans_meet_as_spans_do(spans: list[tuple[int, int]], at: int, width: int) -> None:
    from awesome_ptm.rules.venues._written import _few_spans_meet, _Spans

    assert _few_spans_meet(spans)(at, at + width) == _Spans(spans).meets(at, at + width)


@settings(max_examples=3000, deadline=None)
@given(url_like())
def test_link_key_and_strip_tracking_fast_paths(url: str) -> None:
    from awesome_ptm.identity import tracking_params
    from awesome_ptm.rules.duplicates._index import _SCHEME, link_key

    if url.startswith(("https://", "http://")):
        assert _SCHEME.match(url)  # what the general path of link_key tests
        assert link_key("lists/a.md", url) == url
    if "?" not in url and "#" not in url:
        assert tracking_params(url) == []  # no query: nothing for strip_tracking to remove


SERIES_TEXT = st.lists(
    st.sampled_from(
        [
            "part",
            " ",
            "ii",
            "iii",
            "i",
            "x",
            "xi",
            "vi",
            "one",
            "first",
            "two",
            "2",
            "19",
            "١٢",
            *list("一二十零〇上下中篇()[]【】（）abz-.,"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=4000, deadline=None)
@given(SERIES_TEXT)
def test_series_markers_in_one_scan_are_the_two_scans(key: str) -> None:
    from awesome_ptm.rules.duplicates._similarity import _LATIN_WORD, _PART, _markers, _series

    series = _series()
    found = series.numerals.findall(key)
    found += [w for w in _LATIN_WORD.findall(key) if w in series.words]
    for match in _PART.finditer(key):
        part = match.group(1) or match.group(2)
        if part in series.parts:
            found.append(part)
    assert _markers(key) == tuple(sorted(found))


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), st.text()))
def test_fuzzy_form_is_the_letters_and_digits(key: str) -> None:
    from awesome_ptm.rules.duplicates import fuzzy_form

    assert fuzzy_form(key) == "".join(ch for ch in key if ch.isalnum())


def _seed_documents() -> list[Any]:
    from awesome_ptm.corpus import load

    paths = sorted((ROOT / "lists").glob("*.md"))
    paths += sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    return load(paths, max_bytes=10**9).documents


def _reference_masked_lines(document: Any) -> dict[int, str]:
    """``markup.masked_lines`` as it was, with iter_link_spans and Document.position."""
    from awesome_ptm.parse._inline import BARE_URL, trim_url
    from awesome_ptm.rules._base import iter_link_spans
    from awesome_ptm.rules.markup import _CODE_SPAN, _blank_out, entry_and_heading_lines

    blank: dict[int, list[tuple[int, int]]] = {}
    for entry in document.entries:
        for link in entry.links:
            for start in iter_link_spans(document, link.line, link.column, link.url):
                line, column = document.position(start)
                blank.setdefault(line, []).append((column - 1, column - 1 + len(link.url)))
    result: dict[int, str] = {}
    for number in entry_and_heading_lines(document):
        text = document.line_text(number)
        spans = list(blank.get(number, []))
        if "`" in text:
            spans.extend(m.span() for m in _CODE_SPAN.finditer(text))
        if "://" in text:
            for match in BARE_URL.finditer(text):
                url = trim_url(match.group(0))
                spans.append((match.start(), match.start() + len(url)))
        result[number] = _blank_out(text, spans) if spans else text
    return result


def test_inlined_offsets_on_the_seed_lists() -> None:
    from awesome_ptm.rules.markup import masked_lines, may_have_markup_problem
    from awesome_ptm.rules.venues._written import entry_region

    for document in _seed_documents():
        reference = _reference_masked_lines(document)
        assert masked_lines(document) == reference, document.path
        wanted = masked_lines(document, may_have_markup_problem)
        assert wanted == {
            n: t
            for n, t in reference.items()
            if may_have_markup_problem(document.line_text(n))  # asked of the line as written
        }
        offsets = document.line_offsets()
        for entry in document.entries:
            start = document.offset(entry.source.line)
            last = min(entry.source.end_line, len(offsets) - 1)
            end = document.offset(last) + len(document.line_text(last))
            assert entry_region(document, entry) == (start, end)


def test_dictionary_caches_are_shared_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache name comes from the dictionary file's content, not its path or time, so
    environments with the same pyspellchecker share one set of cache files; writing a new
    set removes the stale ones of this Python (an older dictionary, older names), and
    leaves other Pythons' files and unrelated files alone."""
    from awesome_ptm.rules.spelling import _english

    cache = tmp_path / "cache"
    cache.mkdir()
    tag = _english._PYTHON_TAG
    stale = [
        cache / f"english-650750-1795593837867578171-{tag}.marshal",
        cache / f"english-0123456789abcdef-{tag}.rare.words",
    ]
    kept = [cache / "english-0123456789abcdef-py29.common.marshal", cache / "links.json"]
    for path in stale + kept:
        path.write_bytes(b"old")
    found = _english._english_source()
    assert found is not None
    source, name = found
    assert name == _english._english_source()[1]  # type: ignore[index]
    # A copy of the data file elsewhere (another venv) has the same cache name.
    other_env = tmp_path / "venv2" / "spellchecker" / "resources"
    other_env.mkdir(parents=True)
    (other_env / "en.json.gz").write_bytes(source.read_bytes())
    monkeypatch.setattr(
        "importlib.util.find_spec",
        lambda module: SimpleNamespace(submodule_search_locations=[str(other_env.parent)]),
    )
    assert _english._english_source() == (other_env / "en.json.gz", name)
    _english._write_cache(cache / f"{name}.common.marshal", b"new")
    assert (cache / f"{name}.common.marshal").read_bytes() == b"new"
    assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in kept)


def test_ci_profile_draws_the_same_examples_every_run() -> None:
    """CI=true selects a derandomised profile: a red CI run means a bug, not a bad seed."""
    profile = settings.get_profile("ci")
    assert profile.derandomize
    assert profile.database is None
