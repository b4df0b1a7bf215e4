"""Opens forms: one window per record (asking again raises it), new records as many as wanted,
and drafts kept from a crash reopened with what was typed."""

from typing import TYPE_CHECKING
from uuid import UUID

import shiboken6
from PySide6.QtWidgets import QWidget

from scdesk.services.drafts import Draft
from scdesk.ui.context import AppContext

if TYPE_CHECKING:  # the forms are imported when the first one opens, not at start-up
    from scdesk.ui.forms.record_form import SomeRecordForm


class FormOpener:
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self._context = context
        self._parent = parent
        self._open: dict[tuple[str, UUID], SomeRecordForm] = {}

    def open(
        self, kind: str, record_id: UUID | None, draft: Draft | None = None
    ) -> "SomeRecordForm":
        if record_id is not None:
            existing = self._open.get((kind, record_id))
            if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        form = form_class(kind)(self._context, record_id, self._parent, draft)
        form.saved.connect(lambda saved_id, form=form, kind=kind: self._track(kind, saved_id, form))
        opens = getattr(form, "open_requested", None)  # a form linking to other records
        if opens is not None:
            opens.connect(self.open)
        if record_id is not None:
            self._open[(kind, record_id)] = form
        form.show()
        form.start()
        return form

    def restore(self, draft: Draft) -> "SomeRecordForm":
        return self.open(draft.key.form, draft.key.record_id, draft)

    def forms(self) -> list["SomeRecordForm"]:
        return [f for f in self._open.values() if shiboken6.isValid(f)]

    def _track(self, kind: str, record_id: UUID, form: "SomeRecordForm") -> None:
        self._open[(kind, record_id)] = form


def form_class(kind: str) -> type["SomeRecordForm"]:
    """The form for a kind of record, imported when first needed (start-up imports none)."""
    if kind == "meeting":
        from scdesk.ui.forms.meeting_form import MeetingForm

        return MeetingForm
    if kind == "activity":
        from scdesk.ui.forms.activity_form import ActivityForm

        return ActivityForm
    if kind == "person":
        from scdesk.ui.forms.person_form import PersonForm

        return PersonForm
    if kind == "committee":
        from scdesk.ui.forms.committee_form import CommitteeForm

        return CommitteeForm
    if kind == "organisation":
        from scdesk.ui.forms.place_forms import OrganisationForm

        return OrganisationForm
    if kind == "city":
        from scdesk.ui.forms.place_forms import CityForm

        return CityForm
    if kind == "grant":
        from scdesk.ui.forms.support_forms import GrantForm

        return GrantForm
    if kind == "advice":
        from scdesk.ui.forms.support_forms import AdviceForm

        return AdviceForm
    if kind == "risk_profile":
        from scdesk.ui.forms.plan_forms import RiskProfileForm

        return RiskProfileForm
    if kind == "plan":
        from scdesk.ui.forms.plan_forms import PreventionPlanForm

        return PreventionPlanForm
    if kind == "indicator":
        from scdesk.ui.forms.indicator_form import IndicatorForm

        return IndicatorForm
    if kind == "raising":
        from scdesk.ui.forms.cooperation_form import RaisingForm

        return RaisingForm
    raise ValueError(f"no form for {kind}")
