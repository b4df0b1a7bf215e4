"""Suppression hides small counts and whatever would let a reader work them out."""

from hypothesis import given
from hypothesis import strategies as st

from scdesk.domain.figures import Dimension, Figure, suppress


def _figure(cells: dict[str, int], dimension: Dimension = Dimension.GENDER) -> Figure:
    return Figure(sum(cells.values()), {dimension: cells})


def test_one_small_cell_hides_the_next_smallest_too() -> None:
    figure = suppress(_figure({"female": 40, "male": 12, "another": 2, "undisclosed": 0}))
    assert figure.total == 54
    assert figure.breakdowns[Dimension.GENDER] == {
        "female": 40, "male": None, "another": None, "undisclosed": 0,
    }  # fmt: skip


def test_a_small_total_hides_everything() -> None:
    figure = suppress(_figure({"female": 3, "male": 1}))
    assert figure.total is None
    assert figure.breakdowns[Dimension.GENDER] == {"female": None, "male": None}


def test_groups_overlap_so_no_cell_is_hidden_to_protect_another() -> None:
    figure = suppress(Figure(30, {Dimension.GROUP: {"refugee": 2, "displaced": 20, "none": 9}}))
    assert figure.breakdowns[Dimension.GROUP] == {"refugee": None, "displaced": 20, "none": 9}


@given(st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 40), min_size=1))
def test_no_small_count_can_be_read_or_worked_out_from_the_total(cells: dict[str, int]) -> None:
    figure = suppress(_figure(cells, Dimension.COUNTRY))
    shown = figure.breakdowns[Dimension.COUNTRY]
    assert all(v is None or v == 0 or v >= 5 for v in shown.values())
    hidden = [k for k, v in shown.items() if v is None]
    if figure.total is not None and hidden:
        assert len(hidden) >= 2  # one hidden cell alone would be total minus the rest


def test_a_count_hidden_only_to_protect_a_smaller_one_is_marked_as_such() -> None:
    figure = suppress(_figure({"female": 40, "male": 7, "another": 2, "undisclosed": 0}))
    assert figure.breakdowns[Dimension.GENDER]["male"] is None
    assert figure.hidden_to_protect(Dimension.GENDER, "male")  # 7: not under 5
    assert not figure.hidden_to_protect(Dimension.GENDER, "another")  # 2: under 5


@given(st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 40), min_size=1))
def test_a_count_marked_hidden_to_protect_another_is_never_under_the_threshold(
    cells: dict[str, int],
) -> None:
    figure = suppress(_figure(cells, Dimension.COUNTRY))
    for key, value in cells.items():
        if figure.hidden_to_protect(Dimension.COUNTRY, key):
            assert value >= 5
        elif figure.breakdowns[Dimension.COUNTRY][key] is None:
            assert value < 5 or figure.total is None
