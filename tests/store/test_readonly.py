"""The read-only opener: never writes, and reads a WAL database even where no -shm can be
created (a write-protected stick)."""

import sqlite3

import pytest

from kiosk.store import repository as repo
from kiosk.store.database import StoreRefused
from kiosk.store.readonly import open_read_only
from tests.conftest import make_draft


def _stored(kiosk, count=3):
    for _ in range(count):
        kiosk.signing.sign(make_draft())
    path = kiosk.settings.database_path
    kiosk.close()
    return path


def test_reads_without_changing_a_byte(kiosk):
    path = _stored(kiosk)
    before = path.read_bytes()
    with open_read_only(path) as session:
        assert len(list(repo.iter_sealed(session))) == 3
    assert path.read_bytes() == before


def test_reads_a_wal_database_where_no_shm_file_can_be_made(kiosk, tmp_path):
    path = _stored(kiosk)
    # Keep committed pages in the -wal file (no checkpoint), as a kiosk pulled mid-day does.
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO kiosk_meta (key, value) VALUES ('only_in_wal', 'yes')")
    holder.commit()
    media = tmp_path / "stick"
    media.mkdir()
    copy = media / path.name
    copy.write_bytes(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    (media / wal.name).write_bytes(wal.read_bytes())
    holder.close()
    # A directory where SQLite wants its -shm file: it cannot create one, as on read-only media.
    (media / (path.name + "-shm")).mkdir()
    with open_read_only(copy) as session:
        assert len(list(repo.iter_sealed(session))) == 3
        assert repo.get_meta(session, "only_in_wal") == "yes"  # the -wal file was read too


def test_refuses_a_newer_schema(kiosk):
    path = _stored(kiosk, 1)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreRefused, match="newer version"), open_read_only(path):
        pass


def test_an_empty_database_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    with (
        pytest.raises(StoreRefused, match="could not be read"),
        open_read_only(path) as session,
    ):
        list(repo.iter_sealed(session))
