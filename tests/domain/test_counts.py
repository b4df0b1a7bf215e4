"""Each count a user asks for is taken up to its bound, and refused past it in one sentence."""

import pytest

from scdesk.domain.counts import (
    MOST_BLANK_ROWS,
    MOST_DEMO_SCALE,
    blank_rows_problems,
    demo_scale_problems,
)


@pytest.mark.parametrize("rows", [0, 1, MOST_BLANK_ROWS])
def test_blank_rows_from_none_to_the_bound_are_taken(rows: int) -> None:
    assert blank_rows_problems(rows) == []


@pytest.mark.parametrize("rows", [-1, MOST_BLANK_ROWS + 1, 1_000_000])
def test_blank_rows_below_none_or_past_the_bound_are_refused_with_the_bound(rows: int) -> None:
    [problem] = blank_rows_problems(rows)
    assert problem.field == "blank_rows"
    assert f"0 to {MOST_BLANK_ROWS} blank rows" in problem.message


@pytest.mark.parametrize("scale", [1, MOST_DEMO_SCALE])
def test_a_demo_scale_from_one_to_the_bound_is_taken(scale: int) -> None:
    assert demo_scale_problems(scale) == []


@pytest.mark.parametrize("scale", [-1, 0, MOST_DEMO_SCALE + 1])
def test_a_demo_scale_below_one_or_past_the_bound_is_refused_with_the_bound(scale: int) -> None:
    [problem] = demo_scale_problems(scale)
    assert problem.field == "scale"
    assert problem.message == f"The demo's scale is a whole number from 1 to {MOST_DEMO_SCALE}."
