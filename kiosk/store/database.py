"""Opening the signature database safely.

Start-up order matters: check the file is ours and healthy *before* anything writes to it, take
a backup copy before any migration, then migrate, then hand out an engine whose every pooled
connection carries the durability pragmas.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store.errors import StoreRefused
from kiosk.store.sqlite_file import (  # re-exported: the store's whole API in one place
    APPLICATION_ID,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SQLITE_HEADER,
    apply_pragmas,
    backup_database,
    backup_name,
    inspect_database,
)

log = logging.getLogger(__name__)

__all__ = [
    "APPLICATION_ID",
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "SQLITE_HEADER",
    "StoreRefused",
    "apply_pragmas",
    "backup_database",
    "backup_name",
    "inspect_database",
    "open_database",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def create_store_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 5.0})
    event.listen(engine, "connect", apply_pragmas)
    return engine


def new_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for the services: each use case opens one and owns its transaction."""
    return sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine) -> None:
    # Imported here: Alembic costs start-up time and is only needed when the schema changes.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(path: Path, backups_dir: Path) -> Engine:
    """Check, back up, migrate and open the database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    revision = inspect_database(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StoreRefused(
            f"{path} was written by a newer version of Petition Kiosk (schema {revision}). "
            "It is left untouched; update this kiosk's software."
        )
    if revision is not None and revision != HEAD_REVISION:
        copy = backup_database(path, backups_dir / backup_name(path, f"before-upgrade-{revision}"))
        log.info("backed up the database to %s before upgrading from %s", copy.name, revision)
    engine = create_store_engine(path)
    if revision != HEAD_REVISION:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        migrate(engine)
        log.info("database schema is at revision %s", HEAD_REVISION)
    return engine


def integrity_check(bind: Engine | Connection) -> list[str]:
    if isinstance(bind, Connection):
        return [row[0] for row in bind.exec_driver_sql("PRAGMA integrity_check")]
    with bind.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
