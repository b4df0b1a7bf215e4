"""Resources are found beside the package, and only by names that stay inside resources/."""

import pytest

from scdesk.resources import resource_path


def test_a_resource_is_found_in_the_checkout() -> None:
    assert resource_path("README.md").read_text(encoding="utf-8").startswith("# resources")


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../pyproject.toml", "fonts/../../x", "C:\\x", "a\\b"]
)
def test_a_name_that_leaves_resources_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="resource name"):
        resource_path(name)
