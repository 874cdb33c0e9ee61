import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from kiosk.app.services import open_services as open_kiosk
from kiosk.store.database import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    StoreRefused,
    create_store_engine,
    integrity_check,
    open_database,
)
from tests.conftest import make_draft


def test_known_revisions_match_the_alembic_scripts():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD_REVISION
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(KNOWN_REVISIONS)


def test_every_connection_carries_the_durability_pragmas(tmp_path):
    engine = open_database(tmp_path / "s.sqlite", tmp_path / "backups")
    for _ in range(2):  # a second pooled connection too
        with engine.connect() as c:
            get = lambda p: c.exec_driver_sql(f"PRAGMA {p}").scalar()  # noqa: E731
            assert get("journal_mode") == "wal"
            assert get("synchronous") == 2  # FULL
            assert get("foreign_keys") == 1
            assert get("busy_timeout") == 5000
            assert get("temp_store") == 2
        engine.dispose()


def _upgrade_to(path: Path, revision: str) -> None:
    from alembic import command

    engine = create_store_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA application_id=1347701553")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_old_database_upgrades_with_every_row_intact_after_a_backup(settings):
    settings.data_dir.mkdir(exist_ok=True)
    _upgrade_to(settings.database_path, "0001")
    with sqlite3.connect(settings.database_path) as db:
        db.execute(
            "INSERT INTO events (id, name, place, starts_at, signature_count) "
            "VALUES (1, 'Old', 'Hall', '2025-01-01 10:00:00', 250)"
        )
        db.executemany(
            "INSERT INTO signatures (uuid, event_id, kiosk_id, signed_at, key_id, sealed) "
            "VALUES (?, 1, 'k', '2025-01-01 10:00:00', 'kid', ?)",
            [(f"uuid-{i}", bytes([i % 256]) * 40) for i in range(250)],
        )
    from kiosk.services.keys import create_key_pair

    create_key_pair(settings.keys_dir, "a passphrase!")
    kiosk = open_kiosk(settings)
    try:
        with kiosk.engine.connect() as c:
            rows = c.exec_driver_sql("SELECT uuid, sealed FROM signatures ORDER BY id").all()
            version = c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            unsigned = c.exec_driver_sql(
                "SELECT COUNT(*) FROM signatures WHERE kiosk_sig IS NULL"
            ).scalar()
        assert version == HEAD_REVISION
        assert unsigned == 0  # the older rows were signed by this kiosk at start
        assert rows == [(f"uuid-{i}", bytes([i % 256]) * 40) for i in range(250)]
        assert kiosk.signing.counts() == (250, 250)
        kiosk.signing.sign(make_draft())
        assert kiosk.signing.counts() == (251, 251)
    finally:
        kiosk.close()
    backups = list(settings.backups_dir.glob("*before-upgrade-0001*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as db:
        assert db.execute("SELECT count(*) FROM signatures").fetchone()[0] == 250


def test_a_foreign_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "signatures.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(StoreRefused, match="another program"):
        open_database(path, tmp_path / "b")
    assert path.read_bytes() == before


def test_a_non_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "signatures.sqlite"
    path.write_bytes(b"these are my holiday photos" * 100)
    with pytest.raises(StoreRefused, match="not an SQLite file"):
        open_database(path, tmp_path / "b")
    assert path.read_bytes() == b"these are my holiday photos" * 100


def test_a_corrupted_database_is_refused_and_left_untouched(kiosk):
    for _ in range(30):
        kiosk.signing.sign(make_draft())
    path = kiosk.settings.database_path
    kiosk.close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # scribble over every page but the header's
        start = page * page_size
        data[start + 8 : start + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    with pytest.raises(StoreRefused, match=r"damaged|malformed|not a database"):
        open_database(path, kiosk.settings.backups_dir)
    assert path.read_bytes() == bytes(data)


def test_a_database_from_a_newer_version_is_refused(kiosk):
    with kiosk.engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
    kiosk.close()
    with pytest.raises(StoreRefused, match="newer version"):
        open_database(kiosk.settings.database_path, kiosk.settings.backups_dir)


def test_integrity_check_is_ok_after_signing(kiosk):
    kiosk.signing.sign(make_draft())
    assert integrity_check(kiosk.engine) == ["ok"]


def test_a_clean_close_spares_the_next_start_the_full_page_check(settings, monkeypatch):
    from kiosk.services.keys import create_key_pair
    from kiosk.store import sqlite_file

    create_key_pair(settings.keys_dir, "a passphrase!")
    kiosk = open_kiosk(settings)
    kiosk.signing.sign(make_draft())
    kiosk.close()
    path = settings.database_path
    assert sqlite_file._unchanged_since_clean_close(path)
    checks: list[str] = []
    real_connect = sqlite3.connect

    def counting_connect(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(checks.append)
        return connection

    monkeypatch.setattr(sqlite_file.sqlite3, "connect", counting_connect)
    assert sqlite_file.inspect_database(path) == HEAD_REVISION
    assert not any("quick_check" in sql for sql in checks)
    with sqlite3.connect(path) as db:  # another writer: the note no longer matches
        db.execute("INSERT INTO kiosk_meta (key, value) VALUES ('x', 'y')")
    db.close()
    assert not sqlite_file._unchanged_since_clean_close(path)
    sqlite_file.inspect_database(path)
    assert any("quick_check" in sql for sql in checks)
