"""The findings tab's state (what a meeting form's drafts hold, as JSON) made from a
consultation's stored findings, and the findings to save made from that state. A finding's
priority chooser holds a fixed priority area's value or the id of a priority the hub added."""

from scdesk.domain.plans import FindingCategory, FindingEntry, FindingId, FindingInput, PriorityArea
from scdesk.store.queries.findings import FindingView
from scdesk.ui.form_records.values import part_of

#: The order the tab shows the categories in, and the order the findings are saved in.
CATEGORIES = tuple(FindingCategory)


def findings_state(views: list[FindingView]) -> dict[str, object]:
    """Each category's entries, in their order."""
    return {
        category.value: [
            {
                "finding_id": str(view.id),
                "text": view.text,
                "priority_area": _priority_value(view),
            }
            for view in views
            if view.category is category
        ]
        for category in CATEGORIES
    }


def findings_record(state: object) -> tuple[FindingEntry, ...]:
    """The findings in reading order: every category's entries in their order, in the order of
    CATEGORIES."""
    values = part_of(state)
    found = []
    for category in CATEGORIES:
        for row in values.rows(category.value):
            finding_id = row.id("finding_id")
            hub = row.id("priority_area")
            finding = FindingInput(
                category=category,
                text=row.text("text").strip(),
                priority_area=(
                    PriorityArea.OTHER
                    if hub
                    else row.optional_choice("priority_area", PriorityArea)
                ),
                priority_id=hub,
            )
            found.append(FindingEntry(FindingId(finding_id) if finding_id else None, finding))
    return tuple(found)


def _priority_value(view: FindingView) -> str | None:
    """The priority chooser holds a fixed area's value or, for a priority the hub added, its id
    (whose area is Other)."""
    if view.priority_id is not None:
        return str(view.priority_id)
    return view.priority_area.value if view.priority_area else None
