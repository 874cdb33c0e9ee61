"""A signer's plaintext must reach no file in the data dir: not the DB, WAL, logs or backups."""

import uuid

from kiosk.core.models import SignatureDraft
from kiosk.store.database import backup_database


def _all_bytes(folder):
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        yield path, path.read_bytes()


def test_unique_name_is_in_no_file_of_the_data_dir(kiosk):
    canary = f"Canary{uuid.uuid4().hex[:12]}"
    email = f"{canary.lower()}@example.org"
    org = f"Org{uuid.uuid4().hex[:10]}"
    draft = SignatureDraft(
        {"first_name": canary, "last_name": "Жуковская", "email": email, "organization": org},
        consent_sign=True,
        consent_mailing=True,
    )
    kiosk.signing.sign(draft)
    backup_database(kiosk.settings.database_path, kiosk.settings.backups_dir / "b.sqlite")
    # Checked while the kiosk is still open (WAL present) and again after closing.
    for stage in ("open", "closed"):
        files = list(_all_bytes(kiosk.settings.data_dir))
        names = {p.name for p, _ in files}
        assert "signatures.sqlite-wal" in names or stage == "closed"
        for path, data in files:
            for needle in (canary, email, org, "Жуковская"):
                for encoding in ("utf-8", "utf-16-le"):
                    assert needle.encode(encoding) not in data, f"{needle!r} found in {path}"
        kiosk.close()
