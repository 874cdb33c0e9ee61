"""Shared fixtures: a temporary data dir → an opened kiosk (real SQLite file) → services."""

from __future__ import annotations

import os

# Before any Qt import: headless, and cheap key stretching so tests stay fast.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PETITION_KIOSK_FAST_KDF"] = "1"
os.environ.pop("PETITION_KIOSK_DATA_DIR", None)
# Merges' working files go to a folder of the test run's own, not the user's cache folder.
os.environ["PETITION_KIOSK_WORK_DIR"] = __import__("tempfile").mkdtemp(prefix="kiosk-work-")

from pathlib import Path

import pytest

from kiosk.app.services import Services as Kiosk
from kiosk.app.services import open_services as open_kiosk
from kiosk.core.models import SignatureDraft
from kiosk.services.keys import create_key_pair
from kiosk.settings import Settings, load_settings

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return load_settings(data_dir=data_dir)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def kiosk(settings: Settings):
    create_key_pair(settings.keys_dir, PASSPHRASE)
    opened = open_kiosk(settings)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def campaign():
    from kiosk.campaign import load_campaign
    from kiosk.resources import default_campaign_dir

    return load_campaign(default_campaign_dir())


@pytest.fixture
def organizer_key(kiosk):
    return kiosk.keys.unlock(PASSPHRASE)


def make_draft(**fields: str) -> SignatureDraft:
    values = {"first_name": "Ada", "last_name": "Lovelace"}
    values.update(fields)
    return SignatureDraft(fields=values, consent_sign=True, consent_mailing=False)


@pytest.fixture
def draft() -> SignatureDraft:
    return make_draft()


__all__ = ["PASSPHRASE", "Kiosk", "make_draft"]
