"""Finding probable duplicates: records that are probably the same person, city or event.

No two records are compared unless they share a block: people and organisations by city and a
word of their name read the same in every script (domain/name_keys.py), cities by country and
such a word, meetings and youth activities by city, day and kind. A person or organisation
recorded with no city is compared with every record whose whole name reads the same, and a
person known by one word (a child's first name) with the names in the city that start with it.
So the work follows the number of records sharing a name in a city, never the square of the
store. A pair that could not reach the threshold whatever its names is not compared at all.

Deleted records, and so the records a merge folded into another, are never read; pairs a
person dismissed are passed in as `dismissed` and left out.
"""

import logging
from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from datetime import datetime
from itertools import combinations
from typing import Any

from anyascii import anyascii
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from scdesk import __version__
from scdesk.domain.duplicates import (
    DEFAULT_MIN_SCORE,
    FIRST_NAME_POINTS,
    NAME_POINTS,
    Candidate,
    CityFacts,
    DuplicateKind,
    EventFacts,
    OrganisationFacts,
    PersonFacts,
    Reason,
    StoredId,
    as_uuid,
    candidate,
    city_reasons,
    event_reasons,
    min_score_problems,
    name_reason,
    organisation_reasons,
    person_ceiling,
    person_reasons,
)
from scdesk.domain.errors import StoreUnavailableError
from scdesk.domain.name_keys import NameMatch, Spelling, compare_names, spell
from scdesk.domain.places import CityName
from scdesk.domain.rules import require
from scdesk.store.queries import duplicate_facts
from scdesk.store.queries.dismissals import dismissed_pairs
from scdesk.store.queries.duplicate_search import keep_answers, kept_answers, store_mark
from scdesk.store.store import Store

log = logging.getLogger(__name__)

JSON_FORMAT = "scdesk-duplicates"
JSON_VERSION = 1

_Pair = tuple[int, int]


def find_duplicates(
    store: Store,
    kinds: Collection[DuplicateKind] | None = None,
    min_score: int = DEFAULT_MIN_SCORE,
) -> list[Candidate]:
    """Every candidate pair scoring min_score or more, the most probable first; pairs found to
    be different (dismissed) are left out, and records merged away are no longer compared."""
    require(min_score_problems(min_score))
    wanted = set(kinds) if kinds else set(DuplicateKind)
    year = store.now().year
    with store.read() as session:
        mark = store_mark(session, year)
        answers = {
            kind: found
            for kind, found in kept_answers(session, mark, min_score).items()
            if kind in wanted
        }
        left_out = dismissed_pairs(session)
        fresh = {
            kind: [c for c in _search(session, kind, year, min_score) if c.score >= min_score]
            for kind in sorted(wanted - answers.keys(), key=list(DuplicateKind).index)
        }
    if fresh:
        _keep_answers(store, mark, min_score, fresh)
    found = [c for answer in (answers | fresh).values() for c in answer]
    order = list(DuplicateKind)
    kept = [c for c in found if c.key not in left_out]
    kept.sort(key=lambda c: (-c.score, order.index(c.kind), c.first_name, c.first_id))
    log.info("duplicate search: %d candidates", len(kept))
    return kept


def _search(session: Session, kind: DuplicateKind, year: int, min_score: int) -> list[Candidate]:
    if kind is DuplicateKind.PERSON:
        return _people(duplicate_facts.people_facts(session), year, min_score)
    if kind is DuplicateKind.CITY:
        return _cities(duplicate_facts.city_facts(session), min_score)
    if kind is DuplicateKind.ORGANISATION:
        return _organisations(duplicate_facts.organisation_facts(session), min_score)
    if kind is DuplicateKind.MEETING:
        return _events(kind, duplicate_facts.meeting_facts(session), min_score)
    return _events(kind, duplicate_facts.activity_facts(session), min_score)


def _keep_answers(
    store: Store, mark: str, min_score: int, answers: Mapping[DuplicateKind, list[Candidate]]
) -> None:
    """Keep the answers for the searches that follow, unless the store cannot take them now (a
    merge under way, a full disk): the answer stands either way, and the next search finds it
    again."""
    try:
        with store.keep() as session:
            keep_answers(session, mark, min_score, answers)
    except (StoreUnavailableError, DBAPIError) as error:
        log.info("duplicate search: answer not kept (%s)", error)


def duplicates_document(
    candidates: Sequence[Candidate], min_score: int, generated_at: datetime
) -> dict[str, Any]:
    """The stable JSON shape documented in docs/duplicates-json.md."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generator": f"scdesk {__version__}",
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "min_score": min_score,
        "candidates": [
            {
                "kind": c.kind.value,
                "score": c.score,
                "first": {"id": str(c.first_id), "name": c.first_name},
                "second": {"id": str(c.second_id), "name": c.second_name},
                "reasons": [
                    {"code": r.code.value, "points": r.points, "words": r.words} for r in c.reasons
                ],
            }
            for c in candidates
        ],
    }


# ---------------------------------------------------------------- blocks
class _Spellings:
    """Each distinct name spelled once per search, with its blocking keys: a network's names
    repeat (the same person typed on several laptops, and common names)."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Spelling, frozenset[Hashable]]] = {}

    def __call__(self, name: str) -> tuple[Spelling, frozenset[Hashable]]:
        found = self._known.get(name)
        if found is None:
            spelling = spell(name)
            found = self._known[name] = (spelling, spelling.keys())
        return found


def _pairs_in(blocks: Iterable[list[int]]) -> set[_Pair]:
    """Each pair of members of a block once; members were added in order, so i < j."""
    return {pair for members in blocks for pair in combinations(members, 2)}


def _blocks(entries: Iterable[tuple[int, Hashable, Iterable[Hashable]]]) -> list[list[int]]:
    """Each index once in each block its scope and keys name (a city's Latin and local names
    often give the same key); blocks of one are dropped."""
    blocks: dict[tuple[Hashable, Hashable], list[int]] = defaultdict(list)
    for index, scope, keys in entries:
        for key in keys:
            members = blocks[(scope, key)]
            if not members or members[-1] != index:
                members.append(index)
    return [members for members in blocks.values() if len(members) > 1]


def _with_no_scope(spellings: Sequence[Spelling], scopes: Sequence[Hashable | None]) -> set[_Pair]:
    """A record with no city meets every record whose whole name reads the same."""
    whole: dict[str, list[int]] = defaultdict(list)
    for index, spelling in enumerate(spellings):
        for key in spelling.joined:
            whole[key].append(index)
    pairs: set[_Pair] = set()
    for index, scope in enumerate(scopes):
        if scope is None:
            for key in spellings[index].joined:
                pairs |= {(min(index, o), max(index, o)) for o in whole[key] if o != index}
    return pairs


def _first_names_only(
    spellings: Sequence[Spelling], scopes: Sequence[Hashable | None]
) -> set[_Pair]:
    """A one-word name (a child's first name) meets, in its city, every name that starts with
    the same word; longer names that share only their first word do not meet each other."""
    starts: dict[tuple[Hashable | None, Hashable], list[int]] = defaultdict(list)
    for index, (spelling, scope) in enumerate(zip(spellings, scopes, strict=True)):
        for key in spelling.first_word_keys():
            starts[(scope, key)].append(index)
    pairs: set[_Pair] = set()
    for index, (spelling, scope) in enumerate(zip(spellings, scopes, strict=True)):
        if len(spelling.words) == 1:
            for key in spelling.first_word_keys():
                pairs |= {
                    (min(index, o), max(index, o)) for o in starts[(scope, key)] if o != index
                }
    return pairs


def _keep(
    found: list[Candidate],
    kind: DuplicateKind,
    a: tuple[StoredId, str],
    b: tuple[StoredId, str],
    reasons: list[Reason],
    min_score: int,
) -> None:
    """Most pairs scored are not shown: only those that reach min_score become candidates."""
    if sum(reason.points for reason in reasons) >= min_score:
        first, second = (as_uuid(a[0]), a[1]), (as_uuid(b[0]), b[1])
        found.append(candidate(kind, first, second, reasons))


# ---------------------------------------------------------------- kinds
def _people(facts: list[PersonFacts], year: int, min_score: int) -> list[Candidate]:
    spelled = _Spellings()
    named = [spelled(f.name) for f in facts]
    spellings = [spelling for spelling, _ in named]
    blocks = _blocks(
        (i, f.city_id, keys)
        for i, (f, (_, keys)) in enumerate(zip(facts, named, strict=True))
        if f.city_id is not None
    )
    pairs = _pairs_in(blocks) | _with_no_scope(spellings, [f.city_id for f in facts])
    pairs |= _first_names_only(spellings, [f.city_id for f in facts])
    found: list[Candidate] = []
    matches: dict[tuple[str, str], NameMatch] = {}
    # The most a name can give: a first name alone gives less than a whole name.
    most = [FIRST_NAME_POINTS if len(s.words) < 2 else NAME_POINTS for s in spellings]
    for i, j in pairs:
        a, b = facts[i], facts[j]
        if min(most[i], most[j]) + person_ceiling(a, b) < min_score:
            continue  # children known by first name, age band and community, mostly
        match = matches.get((a.name, b.name))
        if match is None:
            match = matches[(a.name, b.name)] = compare_names(spellings[i], spellings[j])
        said = name_reason((a.name, b.name), (spellings[i], spellings[j]), match, first_names=True)
        if said is not None and said.points + person_ceiling(a, b) >= min_score:
            reasons = [said, *person_reasons(a, b, year)]
            _keep(found, DuplicateKind.PERSON, (a.id, a.name), (b.id, b.name), reasons, min_score)
    return found


def _cities(facts: list[CityFacts], min_score: int) -> list[Candidate]:
    spelled = _Spellings()
    names = [[(n, *spelled(n)) for n in (f.name, f.name_local) if n] for f in facts]
    blocks = _blocks(
        (i, f.country, [key for _, _, keys in written for key in keys])
        for i, (f, written) in enumerate(zip(facts, names, strict=True))
    )
    found: list[Candidate] = []
    for i, j in _pairs_in(blocks):
        a, b = facts[i], facts[j]
        said = _best_name(
            [(text, spelling) for text, spelling, _ in names[i]],
            [(text, spelling) for text, spelling, _ in names[j]],
        )
        if said is not None:
            reasons = [said, *city_reasons(a, b)]
            _keep(found, DuplicateKind.CITY, (a.id, a.name), (b.id, b.name), reasons, min_score)
    return found


def _best_name(a: list[tuple[str, Spelling]], b: list[tuple[str, Spelling]]) -> Reason | None:
    """The strongest of the reasons any name of one record gives with any name of the other."""
    said = [name_reason((x, y), (sx, sy), compare_names(sx, sy)) for x, sx in a for y, sy in b]
    return max((r for r in said if r is not None), key=lambda r: r.points, default=None)


def _organisations(facts: list[OrganisationFacts], min_score: int) -> list[Candidate]:
    spelled = _Spellings()
    spellings = [spelled(f.name)[0] for f in facts]
    blocks = _blocks(
        (i, f.city_id, s.without(spelled(f.city_name)[0]).keys())
        for i, (f, s) in enumerate(zip(facts, spellings, strict=True))
        if f.city_id is not None and f.city_name is not None
    )
    pairs = _pairs_in(blocks) | _with_no_scope(spellings, [f.city_id for f in facts])
    found: list[Candidate] = []
    for i, j in pairs:
        a, b = facts[i], facts[j]
        said = _best_name([(a.name, spellings[i])], [(b.name, spellings[j])])
        if said is not None:
            reasons = [said, *organisation_reasons(a, b)]
            kind = DuplicateKind.ORGANISATION
            _keep(found, kind, (a.id, a.name), (b.id, b.name), reasons, min_score)
    return found


def _events(kind: DuplicateKind, facts: list[EventFacts], min_score: int) -> list[Candidate]:
    blocks = _blocks((i, f.city_id, [(f.day, f.kind)]) for i, f in enumerate(facts))
    titles = [" ".join(anyascii(f.title).casefold().split()) for f in facts]
    found: list[Candidate] = []
    for i, j in _pairs_in(blocks):
        a, b = facts[i], facts[j]
        reasons = event_reasons(a, b, (titles[i], titles[j]))
        _keep(found, kind, (a.id, a.title), (b.id, b.title), reasons, min_score)
    return found


def similar_cities(name: str, cities: Sequence[CityName]) -> list[CityName]:
    """The cities whose name or local name reads like name, in any script: what the first run
    shows while a new city is typed, so that an officer picks the hub's Mardan rather than
    adding a second one. A first run knows a few hundred cities at most: each is compared."""
    typed = [(name, spell(name))]
    return [
        city
        for city in cities
        if _best_name(typed, [(t, spell(t)) for t in (city.name, city.name_local) if t])
    ]
