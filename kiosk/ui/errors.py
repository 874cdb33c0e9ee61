"""Logging errors without personal data: the exception's type and where, never its text
(database errors quote parameters, validation errors quote input)."""

from __future__ import annotations

import logging
import traceback

log = logging.getLogger("kiosk.errors")


def describe(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames[-6:])
    )
    return f"{type(exc).__module__}.{type(exc).__qualname__} at {where or 'unknown'}"


def log_exception(what: str, exc: BaseException) -> None:
    log.error("%s: %s", what, describe(exc))
