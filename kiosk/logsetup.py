"""Rotating log files in the data folder.  Logs say what happened, never who signed."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_NAME = "kiosk.log"


def setup_logging(logs_dir: Path, verbose: bool = False, rotate: bool = True) -> None:
    """Log to ``logs_dir/kiosk.log``.  ``rotate=False`` starts with a plain file handler (the
    kiosk's first frame does not wait for logging.handlers); :func:`start_rotating` then
    switches to the rotating one."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    _remove_ours(root)
    handler: logging.Handler
    if rotate:
        handler = _rotating(logs_dir)
    else:
        handler = logging.FileHandler(logs_dir / LOG_NAME, encoding="utf-8")
    _add(root, handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # SQLAlchemy at INFO would log statement parameters; keep it quiet.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)


def start_rotating(logs_dir: Path) -> None:
    """Swap the plain handler for the rotating one (after the kiosk's first frame)."""
    root = logging.getLogger()
    _remove_ours(root)
    _add(root, _rotating(logs_dir))


def _rotating(logs_dir: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(
        logs_dir / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )


def _remove_ours(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, "_petition_kiosk", False):
            root.removeHandler(handler)
            handler.close()


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._petition_kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
