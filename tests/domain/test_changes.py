"""A change set says which kinds of records changed, so each screen refreshes only for its own."""

from scdesk.domain.changes import Changes, RecordKind


def test_a_change_set_affects_the_kinds_it_names_and_no_other() -> None:
    changes = Changes(frozenset({RecordKind.MEETING}))
    assert changes.affects(RecordKind.PERSON, RecordKind.MEETING)
    assert not changes.affects(RecordKind.PERSON, RecordKind.ACTIVITY)


def test_joined_change_sets_keep_every_kind_and_every_flag() -> None:
    meeting = Changes(frozenset({RecordKind.MEETING}), figures=True)
    device = Changes(frozenset({RecordKind.DEVICE}), sync=True)
    assert meeting | device == Changes(
        frozenset({RecordKind.MEETING, RecordKind.DEVICE}), figures=True, sync=True
    )


def test_a_change_set_with_nothing_in_it_is_false() -> None:
    assert not Changes()
    assert Changes(sync=True)
