"""Recording someone not recorded yet from where they were being looked for (a meeting's
attendance, a committee's members, an activity's coaches and participants): the person's form
opens with the name typed, and its save adds them there once and closes it."""

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtWidgets import QWidget

from scdesk.store.queries.choices import PersonChoice, people_named
from scdesk.ui.context import AppContext

if TYPE_CHECKING:  # the person form is loaded only when someone new is recorded
    from scdesk.ui.forms.person_form import PersonForm


def record_new_person(
    parent: QWidget, context: AppContext, typed: str, add: Callable[[PersonChoice], None]
) -> "PersonForm":
    """Open a new person's form named as typed. Its first save hands the person to add and
    closes the form, so that the person is added once and a second Save cannot add them
    again."""
    from scdesk.ui.forms.person_form import PersonForm

    form = PersonForm(context, None, parent)
    added: list[UUID] = []

    def name_them() -> None:
        form.ready.disconnect(name_them)
        form.name.set_value(typed.strip())

    def on_saved(person_id: UUID) -> None:
        if added:
            return
        added.append(person_id)
        with context.store.read() as session:
            found = people_named(session, [person_id])
        if person_id in found:
            add(found[person_id])
        form.close()

    form.ready.connect(name_them)
    form.saved.connect(on_saved)
    form.show()
    form.start()
    return form
