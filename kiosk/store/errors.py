"""The store's refusal, importable without loading SQLAlchemy (the kiosk's first paint)."""


class StoreRefused(Exception):
    """The database must not be used: the message says why, for a volunteer to read."""
