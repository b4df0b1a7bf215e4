"""The cycle collector held back for a long piece of work, and put back after it."""

import gc

import pytest

from scdesk.collection import fewer_collections


def _failing_work() -> None:
    with fewer_collections():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("the work failed")


def test_what_was_alive_is_set_aside_for_the_block_and_put_back_even_on_error() -> None:
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError, match="the work failed"):
        _failing_work()
    assert gc.get_freeze_count() == 0


def test_a_block_within_another_leaves_the_putting_back_to_the_outer_one() -> None:
    with fewer_collections():
        frozen = gc.get_freeze_count()
        with fewer_collections():
            pass
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == 0
