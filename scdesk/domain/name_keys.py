"""Names read the same in every script: Latin keys for blocking and a similarity for scoring.

A name recorded as عائشہ خان on one laptop and Ayesha Khan on another is one name. anyascii
writes every script in Latin letters, but as it is written, not as it is said: Urdu leaves out
short vowels, Devanagari, Bengali and Sinhala drop the inherent vowel, Tamil has one letter for
k and g, t and d, p and b. So each word is reduced to a *skeleton*: its consonants, each of a
class of letters that the scripts and the usual spellings confuse (k g q; c s; j z; t d;
p b f v w), without vowels, h or y, and with a mark for a leading vowel. Urdu writes v and the
vowels o and u with one letter (Naveed, Yousafzai), so an Urdu word has a second skeleton
without it, and words match when any skeleton does. Latin spellings of the same name (Laxmi,
Lakshmi; Ayesha, Aisha) must also be close in a fuller form that keeps the vowels. rapidfuzz
measures how near two forms are.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from anyascii import anyascii
from rapidfuzz.distance import Indel, JaroWinkler


class Script(StrEnum):
    """The script a name is written in, as the reasons name it."""

    LATIN = "latin"
    URDU = "urdu"
    DEVANAGARI = "devanagari"
    BENGALI = "bengali"
    TAMIL = "tamil"
    SINHALA = "sinhala"
    OTHER = "other"


_SCRIPT_OF_BLOCK = {
    "LATIN": Script.LATIN,
    "ARABIC": Script.URDU,
    "DEVANAGARI": Script.DEVANAGARI,
    "BENGALI": Script.BENGALI,
    "TAMIL": Script.TAMIL,
    "SINHALA": Script.SINHALA,
}

#: Letters anyascii writes in a way that hides the sound: the anusvara (a nasal, n before most
#: consonants), the flapped r of Bengali and Devanagari, which it writes as d, and the Arabic
#: letters Urdu reads otherwise.
_BEFORE = {
    "\u0902": "n",  # Devanagari anusvara
    "\u0982": "n",  # Bengali anusvara
    "\u0d82": "n",  # Sinhala anusvara
    "\u09dc": "r",  # Bengali rra
    "\u09dd": "r",  # Bengali rha
    "\u095c": "r",  # Devanagari dddha
    "\u095d": "r",  # Devanagari rha
    "\u09a1\u09bc": "r",  # the same letters written with a separate nukta
    "\u09a2\u09bc": "r",
    "\u0921\u093c": "r",
    "\u0922\u093c": "r",
    # Urdu says these Arabic letters as s, z and t, where anyascii writes th, dh, d, dh
    "\u062b": "s",  # se: Usman, Sana
    "\u0635": "s",  # suad
    "\u0630": "z",  # zal
    "\u0636": "z",  # zuad: Raza
    "\u0638": "z",  # zoe
    "\u0637": "t",  # toe
    "\u0627": "a",  # alif, which anyascii leaves out: Iqbal, Asad
}
_BEFORE_PATTERN = re.compile("|".join(sorted(_BEFORE, key=len, reverse=True)))

#: Words that are titles rather than names; "Md" is how Bengali names shorten Muhammad.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "engr", "sahib", "sahiba", "shri"})
_SAME_WORD = {
    "md": "muhammad",
    "mohd": "muhammad",
    "mohammad": "muhammad",
    "mohammed": "muhammad",
    "sri": "shri",
}

_CONSONANT = "bcdfgjklmnpqrstvwxz"
_FULL_STEPS = (
    (re.compile("^abd[eu][lnrstz]"), "abdul"),  # Abdur Rahman, Abdus Salam: the article
    (re.compile("x"), "ks"),
    (re.compile("q"), "k"),
    (re.compile("ph"), "f"),
    (re.compile(f"ng(?=$|[h{_CONSONANT}])"), "n"),  # Gurung, Jayasinghe: the g is not written
    (re.compile(f"([{_CONSONANT}])h"), r"\1"),  # aspiration: kh, gh, th, dh, bh, sh, ch
    (re.compile("w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile("ee"), "i"),
    (re.compile("oo"), "u"),
)
_CLASSES = str.maketrans("gqczdbf", "kksjtpp")
_VOWELS = re.compile("[aeiouyh]")
_VOWEL_W = re.compile(f"ov(?=[{_CONSONANT}])")
_DOUBLES = re.compile(r"(.)\1+")
#: Two Latin spellings of a word this close (Jaro-Winkler, 0 to 1) with the same consonants
#: are one name.
_CLOSE_SPELLINGS = 0.8
_JOINED = Indel.normalized_similarity
#: What a word's similarity keeps when the two begin with different sounds.
_OTHER_START = 0.75


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a name: its fuller Latin form, its skeletons, and whether it was Latin."""

    full: str
    skeletons: tuple[str, ...]
    latin: bool
    #: The skeletons begin with a mark of a leading vowel, which a word run into the one
    #: before it loses (Himayat Ullah, Himayatullah).
    vowel_start: bool = False


@dataclass(frozen=True, slots=True)
class Spelling:
    """A name made comparable across scripts."""

    words: tuple[Word, ...]
    script: Script
    #: The skeletons of the whole name run together (Himayat Ullah and Himayatullah).
    joined: tuple[str, ...]
    #: The same name in any script and spelling gives the same reading.
    reading: tuple[tuple[str, ...], ...]

    def keys(self) -> frozenset[tuple[str, str]]:
        """Blocking keys. Names that are one must read the same in at least one word, and the
        words beside it must be similar, so they start with the same letter: a key is a word
        with the first letter of a neighbouring word (Imran Khan: imran with k, khan with i;
        Muhammad Imran Khan gives both too). A one-word name keys on itself; the whole name run
        together is a key too, for a name written in a different number of words."""
        words = self.words
        keys = {(whole, "=") for whole in self.joined}
        if len(words) == 1:
            keys |= {(s, "") for s in words[0].skeletons}
        for i, word in enumerate(words):
            for other in words[max(0, i - 1) : i] + words[i + 1 : i + 2]:
                keys |= {(s, t[:1]) for s in word.skeletons for t in other.skeletons}
        return frozenset(keys)

    def without(self, other: "Spelling") -> "Spelling":
        """This name less the words that read as a word of other: an organisation's name less
        its city's, which every organisation of the city shares and so tells nothing."""
        known = {s for word in other.words for s in word.skeletons}
        kept = tuple(w for w in self.words if not known.intersection(w.skeletons))
        return _spelling(kept, self.script) if kept else self

    def first_word_keys(self) -> frozenset[tuple[str, str]]:
        """Where a name given by its first word only looks for the longer names it may be."""
        return frozenset((s, "") for s in self.words[0].skeletons) if self.words else frozenset()


def _spelling(words: tuple[Word, ...], script: Script) -> Spelling:
    count = max((len(w.skeletons) for w in words), default=0)
    joined = tuple(
        _DOUBLES.sub(
            r"\1",
            "".join(
                w.skeletons[min(i, len(w.skeletons) - 1)][int(w.vowel_start and n > 0) :]
                for n, w in enumerate(words)
            ),
        )
        for i in range(count)
    )
    return Spelling(words, script, joined, tuple(w.skeletons for w in words))


def script_of(text: str) -> Script:
    """The script of the first letter that has one; digits and spaces have none."""
    for char in text:
        if char.isalpha():
            block = unicodedata.name(char, "").split(" ", 1)[0]
            return _SCRIPT_OF_BLOCK.get(block, Script.OTHER)
    return Script.LATIN


def spell(name: str) -> Spelling:
    """The name's words in comparable form, titles left out."""
    words = []
    for written in unicodedata.normalize("NFC", name).split():
        script = script_of(written)
        raw = _BEFORE_PATTERN.sub(lambda m: _BEFORE[m.group(0)], written)
        # anyascii writes the Arabic ain as `: a vowel at the start of Imran, Ali, Usman.
        ascii_word = anyascii(raw).lower().replace("`", "a").replace("-", " ")
        for part in re.sub(r"[^a-z0-9 ]", "", ascii_word).split():
            part = _SAME_WORD.get(part, part)
            if part not in _TITLES:
                words.append(_word(part, script))
    return _spelling(tuple(words), script_of(name))


@functools.lru_cache(maxsize=1 << 16)
def _word(ascii_word: str, script: Script) -> Word:
    """Cached: a few family names make up much of any network (Khan, Perera, Rahman)."""
    latin = script is Script.LATIN
    if ascii_word.isdigit():
        return Word(ascii_word, (ascii_word,), latin)
    full = ascii_word
    for pattern, replacement in _FULL_STEPS:
        full = pattern.sub(replacement, full)
    # A word that starts with a vowel keeps a mark of it: Asad is not Shahid.
    start = "a" if full[0] in "aeiou" else ""
    said = _VOWEL_W.sub("o", full) if latin else full  # Chowdhury: the w is a vowel
    consonants = start + _VOWELS.sub("", said).translate(_CLASSES)
    with_v = _DOUBLES.sub(r"\1", consonants.replace("v", "p"))
    if script is not Script.URDU:
        return Word(full, (with_v,), latin, bool(start))
    # Urdu writes v and the vowels u and o with one letter: Naveed, Yousafzai.
    without_v = _DOUBLES.sub(r"\1", consonants.replace("v", ""))
    skeletons = (with_v,) if with_v == without_v else (with_v, without_v)
    return Word(full, skeletons, latin, bool(start))


def word_similarity(a: Word, b: Word) -> float:
    """0 to 1. Digits match only exactly (Mardan 2 is not Mardan 3). Skeletons carry the
    comparison across scripts; between two Latin spellings the vowels count too (Sana, Sina)."""
    if a.full.isdigit() or b.full.isdigit():
        return 1.0 if a.full == b.full else 0.0
    shape = max(_shape(x, y) for x in a.skeletons for y in b.skeletons)
    if a.latin and b.latin:
        return (shape + JaroWinkler.normalized_similarity(a.full, b.full)) / 2
    return shape


def _shape(x: str, y: str) -> float:
    """Skeletons that begin differently are different names however much of the rest they
    share (Nasrin and Shirin, Sita and Gita): a name is spelled variously, but it starts with
    the same sound."""
    if not x or not y:
        return 1.0 if x == y else 0.0
    similarity = Indel.normalized_similarity(x, y)
    return similarity if x[0] == y[0] else similarity * _OTHER_START


def same_word(a: Word, b: Word) -> bool:
    """Read the same: a skeleton in common, and the same fuller form when both are Latin."""
    if a.latin and b.latin and a.full != b.full:
        # Vowels are spelled as each writer hears them (Ayesha, Aisha): the consonants must
        # agree and the spellings be close.
        close = JaroWinkler.normalized_similarity(a.full, b.full) >= _CLOSE_SPELLINGS
        return close and a.full[0] == b.full[0] and bool(set(a.skeletons) & set(b.skeletons))
    return bool(set(a.skeletons) & set(b.skeletons))


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How two names compare: similarity 0 to 1 and whether they read the same."""

    similarity: float
    same: bool
    #: The words of the shorter name, matched one by one with the longer's.
    matched: int
    #: Words of the longer name that matched none of the shorter's.
    extra: int


def compare_names(a: Spelling, b: Spelling) -> NameMatch:
    """Each word of the shorter name takes the most similar unused word of the longer one; the
    name is as similar as its least similar pair (Ali Khan and Ali Hassan differ in Khan)."""
    if not a.words or not b.words:
        return NameMatch(0.0, False, 0, 0)
    if a.reading == b.reading and (a.words == b.words or not a.script == b.script == Script.LATIN):
        return NameMatch(1.0, True, len(a.words), 0)  # most pairs: the same name, often retyped
    if max(_JOINED(x, y, score_cutoff=0.5) for x in a.joined for y in b.joined) == 0:
        return NameMatch(0.0, False, 0, 0)  # far apart as a whole: no need to pair words
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    free = list(long_.words)
    lowest, same = 1.0, True
    for word in short.words:
        similarity, best = max(((word_similarity(word, o), o) for o in free), key=_first)
        free.remove(best)
        lowest = min(lowest, similarity)
        same = same and same_word(word, best)
    if any(word.full.isdigit() for word in free):
        return NameMatch(0.0, False, len(short.words), len(free))  # Mardan and Mardan 2
    if free:
        joined = max(
            Indel.normalized_similarity(x, y) for x in a.joined for y in b.joined if x and y
        )
        if joined > lowest or joined == 1.0:  # Khadija Bibi, خدیجہ بی بی
            return NameMatch(joined, joined == 1.0, len(long_.words), 0)
    return NameMatch(lowest, same and not free, len(short.words), len(free))


def _first(pair: tuple[float, Word]) -> float:
    return pair[0]
