"""The signature store: SQLite through SQLAlchemy 2, sealed records only."""
