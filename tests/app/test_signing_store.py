"""An attendee's path opens without the ORM, and the whole store opens around it later."""

import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk.app.deferred import DeferredServices, deferred_ports
from kiosk.app.services import open_services
from kiosk.app.signing_store import open_signing
from kiosk.ui.ports import UiOptions
from tests.conftest import PASSPHRASE, make_draft

ROOT = Path(__file__).resolve().parents[2]


def test_signing_opens_and_signs_without_sqlalchemy(kiosk):
    data_dir = kiosk.settings.data_dir
    kiosk.signing.sign(make_draft())
    kiosk.close()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from kiosk.app.signing_store import open_signing
        from kiosk.campaign import load_campaign
        from kiosk.core.models import SignatureDraft
        from kiosk.settings import load_settings
        settings = load_settings(data_dir=Path({str(data_dir)!r}))
        signing = open_signing(settings, load_campaign(settings.campaign_dir))
        signing.sign(SignatureDraft({{"first_name": "Bo", "last_name": "Ray"}}, True, False))
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
        print(signing.counts(), heavy)
        sys.exit(1 if heavy else 0)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("(2, 2) []")


def test_the_whole_store_opens_around_the_same_signing_service(settings, campaign, monkeypatch):
    from kiosk.services.keys import create_key_pair

    create_key_pair(settings.keys_dir, PASSPHRASE)
    deferred = DeferredServices(
        settings, campaign, lambda s, c, signing: open_services(s, c, signing), open_signing
    )
    ports = deferred_ports(deferred, UiOptions())
    try:
        assert ports.signing.counts() == (0, 0)  # read without opening anything
        ports.signing.prepare()  # the form's key agreement does not open signing early
        assert not deferred.signing_ready
        ports.signing.sign(make_draft())
        assert deferred.signing_ready and not deferred.ready
        assert ports.signing.counts() == (1, 1)
        ports.signing.prepare()  # once open, it goes to the service
        assert len(deferred.signing()._prepared) == 1

        def checked_again(*_args):
            raise AssertionError("the file was checked when signing opened")

        monkeypatch.setattr("kiosk.store.database.inspect_database", checked_again)
        services = deferred.get()  # a volunteer screen asks for the rest
        assert services.signing is deferred.signing()
        assert services.admin.unexported_count() == 1
        ports.signing.sign(make_draft(first_name="Cy"))
        assert services.signing.counts() == (2, 2)
    finally:
        deferred.close()


def test_a_new_kiosk_gets_its_schema_from_the_signing_path(settings, campaign):
    signing = open_signing(settings, campaign)  # no database yet: the store creates it
    try:
        assert signing.counts() == (0, 0)
        assert signing.kiosk_id.startswith("kiosk-")
    finally:
        signing.writer.close()
    again = open_services(settings, campaign)
    try:
        assert again.signing.kiosk_id == signing.kiosk_id  # made once, kept
    finally:
        again.close()
