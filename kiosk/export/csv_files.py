"""CSV files for the online platforms and for spreadsheets.

RFC 4180 (every field quoted, CRLF line ends), UTF-8.  Any cell a spreadsheet could read as a
formula is neutralised as OWASP recommends (CSV injection): a leading ``= + - @``, tab or CR
gets a single quote in front, and quotes inside are doubled by the csv module.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.campaign import Campaign
from kiosk.core.models import OpenedSignature
from kiosk.fileio import atomic_writer

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@dataclass(frozen=True)
class Flavour:
    name: str
    filename: str
    bom: bool  # spreadsheets need a BOM to see UTF-8; platform importers want none


ACTION_NETWORK = Flavour("action-network", "action-network-opted-in.csv", bom=False)
ACTION_NETWORK_ALL = Flavour("action-network-all", "action-network-all-signers.csv", bom=False)
NATIONBUILDER = Flavour("nationbuilder", "nationbuilder.csv", bom=False)
GENERIC = Flavour("csv", "signatures.csv", bom=True)

_CORE = {"first_name", "last_name", "email", "postal_code"}


def _extra_keys(campaign: Campaign) -> list[str]:
    return [f.key for f in campaign.fields if f.key not in _CORE]


def header(flavour: Flavour, campaign: Campaign) -> list[str]:
    extra = _extra_keys(campaign)
    if flavour in (ACTION_NETWORK, ACTION_NETWORK_ALL):
        return ["email", "first_name", "last_name", "zip_code", *extra]
    if flavour is NATIONBUILDER:
        return [
            "email",
            "email_opt_in",
            "first_name",
            "last_name",
            "primary_zip",
            *extra,
            "tag_list",
        ]
    return [
        "signature_id",
        "signed_at_utc",
        "event",
        "place",
        "kiosk_id",
        "first_name",
        "last_name",
        "email",
        "postal_code",
        *extra,
        "consent_sign",
        "consent_mailing",
        "privacy_notice_version",
        "language",
        "drawn_signature",
    ]


def row(flavour: Flavour, campaign: Campaign, item: OpenedSignature) -> list[str] | None:
    """One CSV row, or None when this signer does not belong in this file."""
    r = item.record
    f = r.fields
    extra = [f.get(k, "") for k in _extra_keys(campaign)]
    if flavour in (ACTION_NETWORK, ACTION_NETWORK_ALL):
        # Action Network imports need an email; the opted-in file holds only opt-ins.
        if not f.get("email") or (flavour is ACTION_NETWORK and not r.consent_mailing):
            return None
        return [
            f["email"],
            f.get("first_name", ""),
            f.get("last_name", ""),
            f.get("postal_code", ""),
            *extra,
        ]
    if flavour is NATIONBUILDER:
        return [
            f.get("email", ""),
            "true" if r.consent_mailing else "false",
            f.get("first_name", ""),
            f.get("last_name", ""),
            f.get("postal_code", ""),
            *extra,
            f"{campaign.slug}, {item.event.name}",
        ]
    return [
        item.uuid,
        r.signed_at.isoformat(timespec="seconds"),
        item.event.name,
        item.event.place,
        item.kiosk_id,
        f.get("first_name", ""),
        f.get("last_name", ""),
        f.get("email", ""),
        f.get("postal_code", ""),
        *extra,
        "yes" if r.consent_sign else "no",
        "yes" if r.consent_mailing else "no",
        r.privacy_notice_version,
        r.language,
        "yes" if r.strokes else "no",
    ]


class CsvWriter:
    """Writes one flavour, row by row, to a temporary file renamed into place on close."""

    def __init__(self, path: Path, flavour: Flavour, campaign: Campaign):
        self.path, self.flavour, self.campaign = path, flavour, campaign
        self.rows = 0
        self._context = atomic_writer(path)
        raw = self._context.__enter__()
        self._text = io.TextIOWrapper(
            raw, encoding="utf-8-sig" if flavour.bom else "utf-8", newline=""
        )
        self._csv = csv.writer(self._text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        self._csv.writerow(header(flavour, campaign))

    def add(self, item: OpenedSignature) -> bool:
        """Write the signer's row if they belong in this file; says whether they did."""
        values = row(self.flavour, self.campaign, item)
        if values is None:
            return False
        self._csv.writerow([neutralise(v) for v in values])
        self.rows += 1
        return True

    def close(self, error: BaseException | None = None) -> None:
        """Deliver the file (``error`` None) or remove it.  A failure while flushing removes
        it too and is raised here, so nothing is left for the garbage collector to report."""
        failed: BaseException | None = None
        try:
            self._text.flush()
        except BaseException as exc:
            failed = exc
        with contextlib.suppress(BaseException):
            self._text.detach()
        error = error or failed
        if error is None:
            self._context.__exit__(None, None, None)
            return
        self._context.__exit__(type(error), error, error.__traceback__)
        if failed is not None:
            raise failed


def write_csv(
    path: Path, flavour: Flavour, campaign: Campaign, items: Iterable[OpenedSignature]
) -> int:
    writer = CsvWriter(path, flavour, campaign)
    try:
        for item in items:
            writer.add(item)
    except BaseException as exc:
        writer.close(exc)
        raise
    writer.close()
    return writer.rows


def read_back(path: Path, flavour: Flavour) -> list[list[str]]:
    """Parse a written file back (verification and tests); the header row is dropped."""
    encoding = "utf-8-sig" if flavour.bom else "utf-8"
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))[1:]
