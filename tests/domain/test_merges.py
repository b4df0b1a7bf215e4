"""The record that stays after merges follows from the merges alone, whatever their order."""

import itertools
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from scdesk.domain.merges import survivors

A, B, C, D = (UUID(int=n) for n in (1, 2, 3, 4))


def test_a_merge_leaves_the_kept_record() -> None:
    assert survivors([(B, A)]) == {A: B, B: B}


def test_a_chain_leaves_its_last_record() -> None:
    assert survivors([(B, A), (C, B)]) == {A: C, B: C, C: C}
    assert survivors([(C, B), (B, A)]) == {A: C, B: C, C: C}


def test_opposite_merges_and_forks_leave_the_smallest_id() -> None:
    assert survivors([(B, A), (A, B)]) == {A: A, B: A}
    assert survivors([(B, A), (C, A)]) == {A: B, B: B, C: B}


def test_separate_merges_stay_separate() -> None:
    assert survivors([(B, A), (D, C)]) == {A: B, B: B, C: D, D: D}


@given(st.lists(st.tuples(st.sampled_from([A, B, C, D]), st.sampled_from([A, B, C, D])),
                max_size=6))  # fmt: skip
def test_any_order_of_the_same_merges_gives_the_same_survivors(
    merges: list[tuple[UUID, UUID]],
) -> None:
    merges = [(kept, other) for kept, other in merges if kept != other]
    first = survivors(merges)
    for order in itertools.islice(itertools.permutations(merges), 24):
        assert survivors(order) == first
    for survivor in first.values():
        assert first[survivor] == survivor
