"""Fake services for the window: plain Python, no database, no keys."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.exporting import FORMATS, ExportReport, ExportRequest
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
from kiosk.core.validation import validate_draft


class FakeSigning:
    """Validates like the real service (the core's rules), then counts instead of storing."""

    def __init__(self, fields=()) -> None:
        self.drafts: list[SignatureDraft] = []
        self.fields = fields
        self.prepared = 0

    def sign(self, draft: SignatureDraft) -> Receipt:
        validate_draft(draft, self.fields)
        self.drafts.append(draft)
        n = len(self.drafts)
        return Receipt(f"id-{n}", 1, datetime.now(UTC), n, n + 40)

    def counts(self) -> tuple[int, int]:
        return len(self.drafts), len(self.drafts) + 40

    def prepare(self) -> None:
        self.prepared += 1


class FakePins:
    def __init__(self, pin: str = "246813") -> None:
        self.pin = pin

    def check(self, pin: str) -> PinCheck:
        return PinCheck(pin == self.pin)

    def locked_for(self) -> int:
        return 0

    def set_pin(self, pin: str) -> None:
        self.pin = pin


class FakeEvents:
    def __init__(self) -> None:
        self.events = [Event(1, "Freshers fair", "Union", datetime.now(UTC), None, 0)]

    def list(self) -> list[Event]:
        return list(self.events)

    def current(self) -> Event | None:
        return next((e for e in self.events if e.is_open), None)

    def start(self, name: str, place: str = "") -> Event:
        event = Event(len(self.events) + 1, name, place, datetime.now(UTC), None)
        self.events.append(event)
        return event

    def rename(self, event_id: int, name: str, place: str = "") -> None: ...

    def end(self, event_id: int) -> None: ...


class FakeAdmin:
    def kiosk_identity(self) -> tuple[str, str]:
        return "kiosk-fake01", "0000 1111 2222 3333 · acid acorn actor adult agent alarm"

    def unexported_count(self) -> int:
        return 3

    def wipe_exported(self, pin: str) -> WipeResult:
        return WipeResult(PinCheck(pin == "246813"), 3, 0)

    def backup(self) -> Path:
        return Path("/nowhere/backup.sqlite")

    language: str | None = None

    def default_language(self) -> str | None:
        return self.language

    def set_default_language(self, language: str) -> None:
        self.language = language

    idle: int | None = None
    removed_total = 0

    def set_idle_timeout(self, seconds: int) -> None:
        self.idle = seconds

    def status(self) -> KioskStatus:
        return KioskStatus(
            event_name="Freshers fair",
            at_event=1_234,
            collected=56_789,
            unexported=321,
            last_export_at=datetime(2026, 11, 27, 17, 5, tzinfo=UTC),
            last_export_to="/media/kiosk/KINGSTON",
            last_export_kinds=("bundle", "pdf"),
            free_bytes=12_300_000_000,
            battery_percent=64,
            on_battery=True,
        )


class FakeDrives:
    """A removable drive that is a temporary folder (tests plug and pull it)."""

    def __init__(self, sticks: list[Path] | None = None, kiosk_disk: Path | None = None):
        self.sticks = sticks or []
        self.kiosk_disk = kiosk_disk
        self.released: list[Path] = []

    def drives(self) -> list[Drive]:
        return [
            Drive(f"STICK{i + 1}", root, 16_000_000_000, 9_500_000_000, True, f"/dev/sd{i}")
            for i, root in enumerate(self.sticks)
            if root.is_dir()
        ]

    def is_kiosk_disk(self, folder: Path) -> bool:
        return self.kiosk_disk is not None and self.kiosk_disk in (folder, *folder.parents)

    def release(self, folder: Path) -> bool:
        self.released.append(folder)
        return True


class FakeExports:
    formats = FORMATS

    def needs_key(self, formats: tuple[str, ...]) -> bool:
        return any(f != "bundle" for f in formats)

    def can_open_records(self) -> bool:
        return False

    def export(self, request: ExportRequest, progress) -> ExportReport:
        progress(1, 1)
        return ExportReport()


class FakeSetup:
    def back_up_key(self, folder: str) -> str:
        return f"{folder}/organizer-key.json"

    def forget_key(self, backup: str) -> None: ...

    def describe_key(self, source: str) -> str | None:
        return "0000 1111 2222 3333 · acid acorn actor adult agent alarm"

    def needs_setup(self) -> bool:
        return False

    def needs_key(self) -> bool:
        return False

    def apply(self, request: SetupRequest) -> SetupProblem | None:
        return None


def fake_ports(drives: FakeDrives | None = None):
    from kiosk.campaign import load_campaign
    from kiosk.resources import default_campaign_dir
    from kiosk.ui.ports import KioskPorts, UiOptions

    campaign = load_campaign(default_campaign_dir())
    return KioskPorts(
        campaign=campaign,
        options=UiOptions(),
        signing=FakeSigning(campaign.fields),
        pins=FakePins(),
        events=FakeEvents(),
        admin=FakeAdmin(),
        exports=FakeExports(),
        setup=FakeSetup(),
        drives=drives or FakeDrives(),
    )
