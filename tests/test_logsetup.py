"""Logs: a plain file handler until the kiosk's first frame, the rotating one after; one
file throughout, and our handler never stacked twice."""

import logging
import logging.handlers

from kiosk.logsetup import setup_logging, start_rotating


def _ours():
    return [h for h in logging.getLogger().handlers if getattr(h, "_petition_kiosk", False)]


def test_the_kiosk_starts_with_a_plain_log_and_rotates_after_its_first_frame(tmp_path):
    try:
        setup_logging(tmp_path, rotate=False)
        [plain] = _ours()
        assert type(plain) is logging.FileHandler
        logging.getLogger("kiosk.test").info("before the first frame")
        start_rotating(tmp_path)
        [rotating] = _ours()
        assert isinstance(rotating, logging.handlers.RotatingFileHandler)
        assert rotating.maxBytes == 1_000_000 and rotating.backupCount == 5
        logging.getLogger("kiosk.test").info("after it")
        text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
        assert "before the first frame" in text and "after it" in text
        setup_logging(tmp_path)  # the CLI's way: rotating at once, still one handler
        assert len(_ours()) == 1
    finally:
        for handler in _ours():
            logging.getLogger().removeHandler(handler)
            handler.close()
