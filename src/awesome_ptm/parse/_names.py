"""People's names as lists write them beside a title: ``G. Hinton``, ``Andrew G. Howard``,
``A. van den Oord``, ``Rajpurkar et al.``, ``Chen and Manning``.

:func:`read_names` reads a text as a list of names, or refuses it when any part does not
read as a person's name (an organisation, a topic, an acronym, a word in lower case);
:meth:`Names.reads_as` then says whether the names are names enough for the place they
stand in. :func:`loose_names` reads names where the markup already says they are names (an
emphasised line under a title). The words are data: ``data/citations.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from awesome_ptm.datafiles import load_data
from awesome_ptm.venues import canonical_venue

#: How long a text may be to be read as a list of names.
MAX_NAMES_TEXT = 500
#: Words of one name (``Andrew G. Howard``, ``A. van den Oord``).
MAX_NAME_TOKENS = 5


@dataclass(frozen=True, slots=True)
class Words:
    """The words of ``data/citations.yaml``, folded (see :func:`fold_word`)."""

    et_al: tuple[str, ...]
    and_words: tuple[str, ...]
    particles: frozenset[str]
    honorifics: frozenset[str]
    suffixes: frozenset[str]
    not_name: frozenset[str]
    affiliation: frozenset[str]
    work_kinds: frozenset[str]
    not_author_before_by: frozenset[str]
    #: what a byline names when it names no one (``by unknown``)
    no_one: frozenset[str]
    #: endings of a title's words that no name has (``Minimization``, ``Pre-Training``)
    not_name_endings: tuple[str, ...]
    stops: tuple[str, ...]
    #: the word stops (``in``, ``at``) as one pattern, each between spaces
    stop_words: re.Pattern[str]
    terms: frozenset[str]
    editions: frozenset[str]
    splitter: re.Pattern[str]


def fold_word(word: str) -> str:
    """The form under which the words of citations.yaml are compared."""
    return word.strip().casefold()


@functools.cache
def citation_words() -> Words:
    """citations.yaml, read on first use."""
    data = load_data("citations.yaml")
    et_al = sorted({fold_word(w) for w in data["et_al"]}, key=lambda w: (-len(w), w))
    and_words = tuple(fold_word(w) for w in data["and_words"])
    # Names are separated by commas (half- or full-width), semicolons, "、", and the "and"
    # words: a Latin word needs spaces around it ("and" inside "Ferdinand" is no joiner).
    latin = [re.escape(w) for w in and_words if w.isascii()]
    other = [re.escape(w) for w in and_words if not w.isascii()]
    # Bounded runs of spaces: the splitter is searched at every position of the text. Case
    # matters: names are joined by "and"; "Fast And Simple" is a title's words.
    joiner = rf"\s{{1,4}}(?:{'|'.join(latin)})\s{{1,4}}" if latin else r"(?!)"
    splitter = re.compile(
        rf"(\s{{0,4}}[,，;；、]\s{{0,4}}(?:(?:{'|'.join(latin)})\s{{1,4}})?|{joiner}"
        + (rf"|\s{{0,4}}(?:{'|'.join(other)})\s{{0,4}}" if other else "")
        + ")"
    )
    not_name = data["not_name_words"]
    return Words(
        et_al=tuple(et_al),
        and_words=and_words,
        particles=frozenset(fold_word(w) for w in data["particles"]),
        honorifics=frozenset(fold_word(w) for w in data["honorifics"]),
        suffixes=frozenset(fold_word(w) for w in data["suffixes"]),
        not_name=frozenset(fold_word(w) for group in not_name.values() for w in group),
        affiliation=frozenset(fold_word(w) for w in data["affiliation_words"]),
        work_kinds=frozenset(fold_word(w) for w in data["work_kinds"]),
        not_author_before_by=frozenset(fold_word(w) for w in data["not_author_before_by"]),
        no_one=frozenset(fold_word(w) for w in data["no_one_names"]),
        not_name_endings=tuple(str(w) for w in data["not_name_endings"]),
        stops=tuple(str(w) for w in data["stops_after_names"] if not str(w).strip().isalpha()),
        stop_words=re.compile(
            r"\s(?:"
            + "|".join(
                re.escape(str(w).strip())
                for w in data["stops_after_names"]
                if str(w).strip().isalpha()
            )
            + r")\s"
        ),
        terms=frozenset(fold_word(w) for w in data["terms"]),
        editions=frozenset(fold_word(w) for w in data["editions"]),
        splitter=splitter,
    )


#: ``E.Denton``: an initial glued to the name after it.
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[^\W\d_])")
#: ``D``, ``TY``: a surname's initials written after it without dots (``Chen D``, ``Lin TY``).
_TRAILING_INITIALS = re.compile(r"[A-Z]{1,2}")
#: ``G.``, ``J.-P.``: an initial (or two joined by a hyphen).
INITIAL = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*")


def _is_word(token: str) -> bool:
    """A capitalised word of a name: ``Hinton``, ``Al-Rfou``, ``LeCun``, ``Géron``; not an
    acronym (``MIT``) nor a word of an organisation or a title (``Research``, ``Learning``)."""
    if not token[0].isupper() or not token[0].isalpha():
        return False
    if not all(ch.isalpha() or ch in "-'’" for ch in token):
        return False
    if not any(ch.islower() for ch in token):
        return False
    return fold_word(token) not in citation_words().not_name


def _initials_close(tokens: list[str]) -> bool:
    """Whether ``tokens`` are all initials without dots (``D``, ``T Y``, ``TY``)."""
    return all(_TRAILING_INITIALS.fullmatch(token) for token in tokens)


def _name_kind(part: str) -> str | None:
    """How ``part`` reads as one person's name: ``initials`` (``G. Hinton``, ``A. van den
    Oord``), ``full`` (``Michael Nielsen``, ``Andrew G. Howard``), ``surname``
    (``Manning``), ``weak`` (``D Ulyanov``: an initial without its dot), or None (not a
    name)."""
    tokens = _GLUED_INITIAL.sub(r"\1. ", part).split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return None
    if len(tokens) == 1 and not tokens[0].istitle() and canonical_venue(tokens[0]) is not None:
        return None  # ``Dawei Zhu et al., ICLR``: a venue's acronym is no surname
    if len(tokens) > 1 and fold_word(tokens[-1]) in citation_words().suffixes:
        tokens = tokens[:-1]  # "Hal Daumé III", "Martin Luther King Jr."
    particles = citation_words().particles
    kinds: list[str] = []
    for position, token in enumerate(tokens):
        if position and _is_word(tokens[0]) and _initials_close(tokens[position:]):
            kinds.append("trailing")  # ``Chen D``, ``Lin T Y``, ``Lin TY``: surname first
        elif INITIAL.fullmatch(token):
            kinds.append("initial")
        elif len(token) == 1 and token.isupper():
            kinds.append("bare")
        elif token in particles:
            kinds.append("particle")
        elif _is_word(token):
            kinds.append("word")
        else:
            return None
    if "trailing" in kinds:
        # Surname first, then its initials without dots (Vancouver and GB/T 7714 citations):
        # as weak as a bare initial, so it reads as names only with ``et al.``.
        trailing = kinds.index("trailing")
        return "weak" if all(k == "word" for k in kinds[:trailing]) else None
    if kinds[-1] != "word" or kinds[0] == "particle":
        return None
    if kinds[0] == "initial":
        return "initials"
    if "bare" in kinds:
        # ``Joel Z Leibo``: an initial without its dot between two words is a middle name's;
        # ``D Ulyanov`` (a first initial without its dot) stays weak.
        middle = kinds[0] == "word" and kinds.count("bare") == 1 and kinds[-2] == "bare"
        return "full" if middle and len(kinds) == 3 else "weak"
    # A middle initial (``Andrew G. Howard``) reads as a full name: "Supports U.S. English"
    # has one too.
    return "full" if kinds.count("word") >= 2 or "initial" in kinds else "surname"


@dataclass(frozen=True, slots=True)
class Names:
    """A text read as a list of names."""

    names: list[str]
    kinds: list[str]
    #: the list ends with ``et al.``
    et_al: bool
    #: the last two names are joined by ``and``
    joined: bool

    def reads_as(self, level: str) -> bool:
        """Whether the names are names enough for a place of ``level``.

        ``strong`` (anywhere a citation may put its authors): ``et al.``, or full names with
        at least one written with initials. ``several`` (a sentence or bracket where a
        citation puts its authors): also two or more first and last names. ``sentence`` (a
        sentence closing a title written as text): also two surnames joined by "and"
        (``Chen and Manning.``). ``medium`` (right after "by" or the title's year and a
        comma): also one first and last name (``(Book, Jan 2017), Michael Nielsen.``).
        """
        kinds = set(self.kinds)
        if self.et_al:
            return True
        if kinds <= {"initials", "full"} and "initials" in kinds:
            return True
        if kinds == {"full"} and (level == "medium" or len(self.names) >= 2):
            return level != "strong"
        return level == "sentence" and self.joined and len(self.names) == 2 and kinds == {"surname"}


def _strip_et_al(text: str) -> tuple[str, bool]:
    folded = text.casefold()
    for marker in citation_words().et_al:
        for form in (marker, marker.rstrip(".")):
            if form and folded.endswith(form):
                before = text[: len(text) - len(form)]
                # "Wetal" is no "et al"; a CJK marker needs no space before it.
                if not form.isascii() or not before or before[-1] in " ,，":
                    return before.rstrip(" ,，"), True
    return text, False


def _strip_honorific(part: str) -> str:
    words = part.split()
    honorifics = citation_words().honorifics
    while len(words) > 1 and fold_word(words[0]) in honorifics:
        words = words[1:]
    return " ".join(words)


def read_names(text: str) -> Names | None:
    """``G. Hinton, J. Dean and O. Vinyals.`` as a list of names, or None when any part of
    it does not read as a name (see :func:`_name_kind`)."""
    body = text.strip()
    if '"' in body:
        body = _NICKNAME.sub(" ", body)  # ``Jan "Honza" Cernocky``
    if not body or len(body) > MAX_NAMES_TEXT or _NOT_IN_NAMES.search(body) is not None:
        return None
    body, et_al = _strip_et_al(body.rstrip(" .,;"))
    body = body.rstrip(" .,;")
    if not body:
        return None
    # The separators are captured: the last one says whether "and" joins the last two.
    pieces = citation_words().splitter.split(body)
    parts, separators = pieces[::2], pieces[1::2]
    joined = bool(separators) and any(
        word in separators[-1].casefold().split() or word in separators[-1]
        for word in citation_words().and_words
    )
    names: list[str] = []
    kinds: list[str] = []
    for raw in parts:
        part = _strip_honorific(raw.strip())
        kind = _name_kind(part) if part else None
        if kind is None:
            return None
        names.append(part)
        kinds.append(kind)
    if _inverted_first(names, kinds, separators, et_al):
        # ``Plummer, Bryan A., et al.``: the first author written surname first
        given = names[1] + ("." if _INITIAL_END.search(names[1]) else "")
        names[:2], kinds[:2] = [f"{given} {names[0]}"], ["full"]
    return Names(names, kinds, et_al, joined)


#: A given name ending in an initial whose full stop the separator took (``Bryan A``).
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]$")
#: A first author's given names written after the surname: a word or two, initials.
_GIVEN = re.compile(r"[A-Z][a-z'’-]{1,20}(?:\s[A-Z](?:[a-z'’-]{1,20}|\.)?){0,2}\.?")


def _inverted_first(names: list[str], kinds: list[str], separators: list[str], et_al: bool) -> bool:
    """Whether the two parts are one author written ``Surname, Given``, then "et al.":
    one word, a comma, given names (``Yu, Licheng, et al.``, as Google Scholar cites). (With
    more names after them, ``Karpathy, Andrej, Armand Joulin, and …``, the readers of whole
    citations take the line, and read it better.)"""
    if len(names) != 2 or not et_al or kinds[0] != "surname" or separators[0].strip() != ",":
        return False
    return " " not in names[0] and _GIVEN.fullmatch(names[1]) is not None


#: ``Jan "Honza" Cernocky``: a nickname quoted between a first and a last name.
_NICKNAME = re.compile(r'(?<=\w) "[A-Z][a-z]{1,15}" (?=[A-Z])')
#: Characters no list of names holds (digits among them).
_NOT_IN_NAMES = re.compile(r'[0-9()\[\]{}:：|/\\"“”!?@#*_`<>=+]')


def names_at(text: str, level: str) -> list[str] | None:
    """The names ``text`` is, read at ``level`` (see :meth:`Names.reads_as`), or None."""
    found = read_names(text)
    if found is None or not found.reads_as(level):
        return None
    return found.names


# Anchored at the start of the (short) tail it is matched against: searched over a whole
# text, a leading ``\s*`` would rescan long runs of spaces from every position.
_ET_AL = re.compile(r"(?:et\s{1,8}al\.?|等)$", re.IGNORECASE)


_ET_AL_TAIL = 16


#: ``Mikolaj Czerkawski (@mikonvergence)``: the handle or affiliation after a name.
_HANDLE = re.compile(r"[(（][^()（）]*[)）]")


_MAX_NAME_WORDS = 5


#: ``et al.`` standing alone between the commas of a names list.
_ET_AL_PART = re.compile(r"et\.?\s{0,2}al\.?", re.I)


def split_authors(text: str) -> list[str]:
    """``A, B and C et al.`` → ``[A, B, C]`` ("et al." says the list is cut, not a name)."""
    text = text.strip()
    # (``A, B et al. (@MSRA & PKU)``: where they work, after the names)
    text = _AFFILIATION_TAIL.sub("", text).rstrip(".").rstrip()
    tail = text[-_ET_AL_TAIL:]
    found = _ET_AL.search(tail)
    if found is not None:
        text = text[: len(text) - len(tail) + found.start()]
    parts = re.split(r",|，|、|;|；|\band\b|\s&\s", text)
    names = [_HANDLE.sub("", p).strip() if "(" in p else p.strip() for p in parts]
    # (``A, B, C, et al., Z``: the cut marks where names were left out, the last author kept)
    return [n for n in names if n and not _ET_AL_PART.fullmatch(n)]


#: ``(@UC Berkeley & Google Brain)`` closing a names line: the authors' affiliations.
_AFFILIATION_TAIL = re.compile(r"[ \t]{0,3}[(（][ \t]{0,3}@[^()（）]{1,200}[)）][ \t]*$")


#: ``2014``, ``2014a.``: a part of a names line that is its year.
_YEAR_PART = re.compile(r"\(?(?:19|20)\d\d[a-z]?\)?\.?")


def loose_names(text: str) -> list[str] | None:
    """``A, B and C et al.`` as names where the markup says they are names (an emphasised
    line under a title), or None when it does not read as a list of names."""
    if any(ch in text for ch in "()[]:：|") or len(text) > MAX_NAMES_TEXT:
        return None
    # ``A, B and C, 2014``: a year after the names is not a name; a part with digits in it
    # otherwise (``Nikunj Saunshi. ICML 2019``) is no name either, nor the line names
    names = [n for n in split_authors(text) if not _YEAR_PART.fullmatch(n)]
    if not names or any(ch.isdigit() for n in names for ch in n):
        return None
    if any(len(n.split()) > _MAX_NAME_WORDS for n in names):
        return None
    several = len(names) > 1 or _ET_AL.search(text.strip().rstrip(".")[-_ET_AL_TAIL:])
    return names if several or len(names[0].split()) >= 2 else None


def plain_names(text: str) -> list[str] | None:
    """A line of names without emphasis: two or more, each of two to four capitalised
    words (``Yuan Xia, Jingbo Zhou``); None for anything else."""
    names = loose_names(text.strip().rstrip("\\").strip())
    if names is None or len(names) < 2:
        return None
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
            return None
    return names


#: ``Li, Dong``, ``Van Gool, Luc``, ``Huang, Thomas S``: one name written surname first, as
#: BibTeX does (a surname of up to three words).
SURNAME_FIRST = (
    r"[A-Z][\w'’-]{0,30}(?:[ \t][A-Z][\w'’-]{0,30}){0,2},[ \t]{1,3}"
    r"[A-Z][\w'’.-]{0,30}(?:[ \t][A-Z][\w'’.-]{0,30}){0,2}"
)
_SURNAME_FIRST = re.compile(SURNAME_FIRST)
#: What joins two names written surname first (the parts are stripped after: no ``\s+``
#: around the words, which backtracks on long runs of spaces).
_BIBTEX_JOIN = re.compile(r" and |;")


def bibtex_names(text: str) -> list[str] | None:
    """``Li, Dong and Hung, Wei-Chih and Yang, Ming-Hsuan``: names written surname first
    and joined by "and" (BibTeX's ``author`` field) or by semicolons (``Wang, Yawen; Shi,
    Lin``, as reference managers export them), each as written; None for anything else."""
    parts = [p.strip() for p in _BIBTEX_JOIN.split(text.strip().rstrip("."))]
    if len(parts) < 2 or not all(_SURNAME_FIRST.fullmatch(p) for p in parts):
        return None
    return parts


#: ``Hagendorff, T.``, ``d'Ascoli, S.``, ``King, J. R.``: one name as APA writes it, the
#: surname then the initials.
_APA_NAME = r"[^\W\d_][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2}, (?:[A-Z]\.(?:[ -]?[A-Z]\.){0,3})"
#: The names of an APA reference: names parted by commas, an ``&`` before the last, an
#: ellipsis where names are left out.
_APA_NAMES = re.compile(rf"(?P<all>{_APA_NAME}(?:,? (?:\.\.\.|…)?,? ?(?:& )?{_APA_NAME})*)\.?")


def reads_as_name_run(text: str) -> bool:
    """``Wang, Yaqing, Weifeng Yang, and Jing Gao.``: a short run of names between a year
    opening a reference and its linked title (two commas or an "and" in it), whether or
    not a reader takes the names apart."""
    text = text.strip()
    return 0 < len(text) <= _NAME_RUN_MAX and (
        text.count(",") >= _NAME_RUN_COMMAS or " and " in text
    )


#: The longest run of names before a linked title, and the fewest commas that make one.
_NAME_RUN_MAX = 400
_NAME_RUN_COMMAS = 2


def apa_names(text: str) -> list[str] | None:
    """``Banville, H., Benchetrit, Y., d'Ascoli, S., & King, J. R.`` (an APA reference's
    names, maybe with ``...`` for names left out): each name as written (``King, J. R.``);
    None for anything else."""
    body = text.strip()
    if "," not in body or len(body) > MAX_NAMES_TEXT:
        return None
    found = _APA_NAMES.fullmatch(body)
    if found is None:
        return None
    return re.findall(_APA_NAME, found.group("all"))
