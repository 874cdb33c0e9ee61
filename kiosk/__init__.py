"""Petition Kiosk: offline, sealed signature collection for tabling events."""

__version__ = "0.1.0"
