"""The one accessor for files shipped under ``resources/``.

In a source checkout (and an editable install) they live beside the package; in a wheel or a
frozen build they are copied into ``kiosk/_resources``.  Every lookup goes through
:func:`resource_path`, which refuses paths that would escape the resources folder.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path, PurePosixPath


@cache
def resources_root() -> Path:
    package_dir = Path(__file__).resolve().parent
    candidates = [
        package_dir / "_resources",  # wheel install
        package_dir.parent / "resources",  # source checkout / editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the kiosk's resources folder is missing from this installation")


def resource_path(relative: str) -> Path:
    """Return the absolute path of ``relative`` (a POSIX path) inside resources/."""
    parts = PurePosixPath(relative).parts
    if PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"resource paths must stay inside resources/: {relative!r}")
    return resources_root().joinpath(*parts)


def default_campaign_dir() -> Path:
    return resource_path("campaigns/free-boris-kagarlitsky")
