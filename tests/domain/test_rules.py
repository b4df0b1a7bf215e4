"""Problems carry where they are: a record's field, or a field of one row of one of its parts."""

from scdesk.domain.rules import Location, Part, Problem, by_row, located


def test_a_simple_field_problem_has_no_location() -> None:
    problem = Problem("title", "Title is required.")
    assert (problem.field, problem.location) == ("title", None)
    assert not problem.within(Part.AGENDA)


def test_a_parts_problems_are_located_in_their_row_and_keep_field_and_sentence() -> None:
    own = [Problem("text", "Action is required."), Problem("due_on", "The due date is past.")]
    assert located(own, Part.ACTIONS, 2) == [
        Problem("text", "Action is required.", Location(Part.ACTIONS, 2)),
        Problem("due_on", "The due date is past.", Location(Part.ACTIONS, 2)),
    ]


def test_problems_by_row_hold_only_that_parts_rows() -> None:
    first = Problem("title", "Agenda item is required.", Location(Part.AGENDA, "new-1"))
    second = Problem("held_on", "Outside the dates.", Location(Part.SESSIONS, 0))
    record = Problem("title", "Title is required.")
    assert by_row([first, second, record], Part.AGENDA) == {"new-1": [first]}
    assert by_row([first, second, record], Part.SESSIONS) == {0: [second]}
