"""What the screens need from the rest of the kiosk, as protocols of plain calls.

The composition root (``kiosk.app``) hands the window objects that fit these shapes (the
services do); tests hand it fakes.  Nothing in ``kiosk.ui`` knows a service, the store, the
settings file or the crypto, so a screen can be built and driven with no database at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.campaign import Campaign
from kiosk.core.exporting import ExportReport, ExportRequest, Progress
from kiosk.core.models import (
    Drive,
    Event,
    KioskStatus,
    PinCheck,
    Receipt,
    SignatureDraft,
    WipeResult,
)
from kiosk.core.setup import SetupProblem, SetupRequest


@dataclass(frozen=True)
class UiOptions:
    """The settings the screens follow (read from settings.toml by the composition root)."""

    windowed: bool = False
    language: str | None = None
    idle_timeout_s: int = 60
    idle_warning_s: int = 15
    thanks_seconds: int = 10
    high_contrast: bool = False
    on_screen_keyboard: bool = False


class SigningPort(Protocol):
    def sign(self, draft: SignatureDraft) -> Receipt: ...
    def counts(self) -> tuple[int, int]: ...
    def prepare(self) -> None: ...  # the next record's key agreement, as the form opens


class PinPort(Protocol):
    def check(self, pin: str) -> PinCheck: ...
    def locked_for(self) -> int: ...
    def set_pin(self, pin: str) -> None: ...


class EventsPort(Protocol):
    def list(self) -> list[Event]: ...
    def current(self) -> Event | None: ...
    def start(self, name: str, place: str = "") -> Event: ...
    def rename(self, event_id: int, name: str, place: str = "") -> None: ...
    def end(self, event_id: int) -> None: ...


class AdminPort(Protocol):
    def kiosk_identity(self) -> tuple[str, str]: ...
    def unexported_count(self) -> int: ...
    def wipe_exported(self, pin: str) -> WipeResult: ...
    def backup(self) -> Path: ...
    def default_language(self) -> str | None: ...
    def set_default_language(self, language: str) -> None: ...
    def status(self) -> KioskStatus: ...
    def set_idle_timeout(self, seconds: int) -> None: ...


class DrivePort(Protocol):
    def drives(self) -> list[Drive]: ...
    def is_kiosk_disk(self, folder: Path) -> bool: ...
    def release(self, folder: Path) -> bool: ...


class ExportPort(Protocol):
    formats: tuple[str, ...]

    def needs_key(self, formats: tuple[str, ...]) -> bool: ...
    def can_open_records(self) -> bool: ...
    def export(self, request: ExportRequest, progress: Progress) -> ExportReport: ...


class SetupPort(Protocol):
    def back_up_key(self, folder: str) -> str: ...
    def forget_key(self, backup: str) -> None: ...
    def describe_key(self, source: str) -> str | None: ...
    def needs_setup(self) -> bool: ...
    def needs_key(self) -> bool: ...
    def apply(self, request: SetupRequest) -> SetupProblem | None: ...


@dataclass
class KioskPorts:
    campaign: Campaign
    options: UiOptions
    signing: SigningPort
    pins: PinPort
    events: EventsPort
    admin: AdminPort
    exports: ExportPort
    setup: SetupPort
    drives: DrivePort
