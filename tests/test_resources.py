"""The one accessor for shipped files refuses to leave resources/."""

import pytest

from kiosk.resources import default_campaign_dir, resource_path, resources_root


def test_shipped_files_are_found():
    assert (resources_root() / "fonts").is_dir()
    assert resource_path("theme/kiosk.qss").is_file()
    assert (default_campaign_dir() / "campaign.toml").is_file()


@pytest.mark.parametrize("bad", ["../pyproject.toml", "/etc/passwd", "fonts/../../README.md"])
def test_paths_outside_resources_are_refused(bad):
    with pytest.raises(ValueError, match="inside resources"):
        resource_path(bad)
