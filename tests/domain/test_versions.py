"""Clock stamps, dots and version vectors: the arithmetic the merge relies on."""

from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from scdesk.domain.versions import (
    HLC_CEILING,
    MAX_DRIFT_MS,
    DeviceId,
    Dot,
    FieldVersion,
    Hlc,
    VersionVector,
    hlc_datetime,
    hlc_from_ms,
    hlc_seen,
    hlc_tick,
)

devices = st.uuids().map(DeviceId)
vectors = st.dictionaries(devices, st.integers(min_value=1, max_value=10**9), max_size=6).map(
    VersionVector
)


@given(st.integers(0, 2**40), st.lists(st.integers(0, 2**40), min_size=1, max_size=30))
def test_clock_stamps_only_rise_whatever_the_wall_clock_does(start: int, walls: list[int]) -> None:
    stamp = hlc_from_ms(start)
    for wall in walls:
        later = hlc_tick(stamp, wall)
        assert later > stamp
        stamp = later


def test_a_stamp_after_a_remote_one_is_later_than_it() -> None:
    wall = 1_999_999_000_000
    remote = hlc_from_ms(2_000_000_000_000)
    assert hlc_tick(hlc_seen(Hlc(5), remote, wall), wall) > remote
    assert hlc_datetime(hlc_from_ms(1_767_225_600_000)).isoformat() == "2026-01-01T00:00:00+00:00"


@given(st.integers(0, 2**40), st.integers(0, HLC_CEILING - 1))
def test_a_remote_stamp_moves_the_clock_at_most_the_drift_past_the_wall(
    wall: int, remote: int
) -> None:
    stamp = hlc_tick(hlc_seen(Hlc(0), Hlc(remote), wall), wall)
    assert stamp <= hlc_from_ms(wall + MAX_DRIFT_MS) + 1
    assert stamp > min(remote, hlc_from_ms(wall + MAX_DRIFT_MS))


@given(vectors)
def test_a_vector_survives_its_json_form(vector: VersionVector) -> None:
    assert VersionVector.from_json(vector.to_json()) == vector


@given(vectors, vectors, vectors)
def test_merging_vectors_is_commutative_associative_and_idempotent(
    a: VersionVector, b: VersionVector, c: VersionVector
) -> None:
    assert a.merged(b) == b.merged(a)
    assert a.merged(b).merged(c) == a.merged(b.merged(c))
    assert a.merged(a) == a


@given(vectors, devices, st.integers(1, 10**9))
def test_a_vector_covers_exactly_the_dots_it_has_seen(
    vector: VersionVector, device: DeviceId, counter: int
) -> None:
    dot = Dot(device, counter)
    assert vector.with_dot(dot).covers(dot)
    assert vector.covers(dot) == (vector.get(device, 0) >= counter)


def test_concurrent_writes_are_ordered_the_same_way_everywhere() -> None:
    low, high = DeviceId(UUID(int=1)), DeviceId(UUID(int=2))
    a = FieldVersion(Dot(low, 7), Hlc(100))
    b = FieldVersion(Dot(high, 3), Hlc(100))
    c = FieldVersion(Dot(low, 8), Hlc(101))
    assert b.wins_over(a)
    assert not a.wins_over(b)
    assert c.wins_over(b)  # a later clock wins whatever the device
