"""The findings tab's state (what a meeting form's drafts hold, as JSON) made from a
consultation's stored findings, and the findings to save made from that state."""

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
                "priority_area": view.priority_area.value if view.priority_area else None,
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
            finding = FindingInput(
                category=category,
                text=row.text("text").strip(),
                priority_area=row.optional_choice("priority_area", PriorityArea),
            )
            found.append(FindingEntry(FindingId(finding_id) if finding_id else None, finding))
    return tuple(found)
