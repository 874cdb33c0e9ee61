"""CSV files for the online platforms and for spreadsheets.

RFC 4180 (every field quoted, CRLF line ends), UTF-8.  Any cell a spreadsheet could read as a
formula is neutralised as OWASP recommends (CSV injection): a leading ``= + - @``, tab or CR
gets a single quote in front, and quotes inside are doubled by the csv module.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC
from operator import itemgetter
from pathlib import Path

from kiosk.campaign import Campaign
from kiosk.core.models import OpenedSignature
from kiosk.fileio import atomic_writer

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def everyone(person: dict[str, str]) -> bool:
    return True


@dataclass(frozen=True)
class Flavour:
    """One platform's file: its name, who belongs in it, and its columns.

    ``columns`` pairs each header with the people-table column it shows; the campaign's own
    extra fields (an organisation, say) follow under their keys."""

    name: str  # the kind the export ledger records
    filename: str
    bom: bool  # spreadsheets need a BOM to see UTF-8; platform importers want none
    columns: tuple[tuple[str, str], ...]
    include: Callable[[dict[str, str]], bool] = everyone


# The people table: every platform file is a view of these columns (plus the pack's extras).
PEOPLE_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "zip_code",
    "country",
    "language",
    "email_opt_in",
    "tags",
    "signed_at",
    "event",
    "external_id",
    "consent_mailing_at",
    "privacy_notice_version",
)
_CORE = {"first_name", "last_name", "email", "postal_code"}


def _opted_in(person: dict[str, str]) -> bool:
    return bool(person["email"]) and person["email_opt_in"] == "Y"


def _not_opted_in(person: dict[str, str]) -> bool:
    return bool(person["email"]) and person["email_opt_in"] == "N"


# Action Network's upload matches these headers itself; it needs an email and subscribes
# everyone uploaded, so only those who ticked the mailing box go in the opted-in file.
_AN_COLUMNS = (
    ("email", "email"),
    ("first_name", "first_name"),
    ("last_name", "last_name"),
    ("zip_code", "zip_code"),
    ("country", "country"),
)
ACTION_NETWORK = Flavour(
    "action-network", "action-network-opted-in.csv", False, _AN_COLUMNS, _opted_in
)
# Signers with an email who did not opt in: only for an upload with "do not subscribe".
ACTION_NETWORK_DO_NOT_SUBSCRIBE = Flavour(
    "action-network-do-not-subscribe",
    "action-network-do-not-subscribe.csv",
    False,
    _AN_COLUMNS,
    _not_opted_in,
)
# NationBuilder needs a unique identifier on every row: the signature id is external_id.
NATIONBUILDER = Flavour(
    "nationbuilder",
    "nationbuilder.csv",
    False,
    (
        ("external_id", "external_id"),
        ("email", "email"),
        ("email_opt_in", "email_opt_in"),
        ("first_name", "first_name"),
        ("last_name", "last_name"),
        ("primary_zip", "zip_code"),
        ("primary_country_code", "country"),
        ("language", "language"),
        ("tag_list", "tags"),
    ),
)
# Mailchimp imports subscribers: opted-in only.  Its address field is US-shaped, so the
# postcode goes in a text merge field.
MAILCHIMP = Flavour(
    "mailchimp",
    "mailchimp.csv",
    False,
    (
        ("Email Address", "email"),
        ("First Name", "first_name"),
        ("Last Name", "last_name"),
        ("Postal Code", "zip_code"),
        ("Country", "country"),
        ("Language", "language"),
        ("Tags", "tags"),
    ),
    _opted_in,
)
GENERIC = Flavour(
    "csv",
    "signatures.csv",
    True,
    tuple(
        (c, c) for c in (*PEOPLE_COLUMNS, "place", "kiosk_id", "consent_sign", "drawn_signature")
    ),
)
FLAVOURS = (ACTION_NETWORK, ACTION_NETWORK_DO_NOT_SUBSCRIBE, NATIONBUILDER, MAILCHIMP, GENERIC)


def _extra_keys(campaign: Campaign) -> list[str]:
    return [f.key for f in campaign.fields if f.key not in _CORE and f.kind != "country"]


def tag_safe(text: str) -> str:
    """A tag that no importer can split: commas, semicolons and line ends become spaces."""
    return " ".join(text.replace(",", " ").replace(";", " ").split())


def _utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class People:
    """Builds people-table rows for one campaign.  What is the same for every signer (the
    country field, the extra fields, an event's tags) is worked out once: a merge builds
    100,000s of rows."""

    def __init__(self, campaign: Campaign):
        self.campaign = campaign
        self.country_field = next((s.key for s in campaign.fields if s.kind == "country"), None)
        self.extras = _extra_keys(campaign)
        self._tags: dict[str, str] = {}

    def tags(self, event_name: str) -> str:
        if event_name not in self._tags:
            tags = [tag_safe(t) for t in (self.campaign.slug, event_name) if tag_safe(t)]
            self._tags[event_name] = ", ".join(tags)
        return self._tags[event_name]

    def row(self, item: OpenedSignature) -> dict[str, str]:
        r = item.record
        f = r.fields
        signed_at = _utc(r.signed_at)
        row = {
            "email": f.get("email", ""),
            "first_name": f.get("first_name", ""),
            "last_name": f.get("last_name", ""),
            "zip_code": f.get("postal_code", ""),
            "country": (f.get(self.country_field, "") if self.country_field else "")
            or self.campaign.country,
            "language": r.language,
            "email_opt_in": "Y" if r.consent_mailing else "N",
            "tags": self.tags(item.event.name),
            "signed_at": signed_at,
            "event": item.event.name,
            "external_id": item.uuid,
            "consent_mailing_at": signed_at if r.consent_mailing else "",
            "privacy_notice_version": r.privacy_notice_version,
            "place": item.event.place,
            "kiosk_id": item.kiosk_id,
            "consent_sign": "Y" if r.consent_sign else "N",
            "drawn_signature": "Y" if r.strokes else "N",
        }
        for key in self.extras:
            row[key] = f.get(key, "")
        return row


def person(campaign: Campaign, item: OpenedSignature) -> dict[str, str]:
    """The people-table row of one signer (with the campaign's extra fields and the kiosk's
    metadata); the platform files pick their columns from it."""
    return People(campaign).row(item)


_FORMULA_FIRST = frozenset(FORMULA_STARTS)


def safe_cells(values: dict[str, str]) -> dict[str, str]:
    """A people-table row with every cell neutralised (as ``neutralise`` does, inlined: a
    merge neutralises millions of cells), once for all the files it goes in."""
    return {
        key: "'" + value if value[:1] in _FORMULA_FIRST else value for key, value in values.items()
    }


def header(flavour: Flavour, campaign: Campaign) -> list[str]:
    return [name for name, _ in flavour.columns] + _extra_keys(campaign)


def row(flavour: Flavour, campaign: Campaign, item: OpenedSignature) -> list[str] | None:
    """One CSV row, or None when this signer does not belong in this file."""
    values = person(campaign, item)
    if not flavour.include(values):
        return None
    return [values[column] for _, column in flavour.columns] + [
        values[key] for key in _extra_keys(campaign)
    ]


def _picker(flavour: Flavour, campaign: Campaign) -> Callable[[dict[str, str]], tuple]:
    """Picks a file's cells from a people-table row in one C call (a list built in Python
    cost 0.5 µs more a row, for every file of a merge); a one-column file would get a bare
    value from itemgetter, hence the tuple."""
    columns = [column for _, column in flavour.columns] + _extra_keys(campaign)
    pick = itemgetter(*columns)
    return pick if len(columns) > 1 else lambda values: (pick(values),)


# A signer as the CSV files take them: (id, each file's line or None, postcode area or None).
Rendered = tuple[str, tuple[str | None, ...], tuple[str, str] | None]


class RowRenderer:
    """Each requested file's line for a signer, as the text the file will hold.  A merge's
    workers render them alongside opening the records, so the process that writes the files
    only appends lines (building the rows there took 1.5 s of a 100-kiosk merge)."""

    def __init__(self, campaign: Campaign, flavours: list[Flavour], postcodes: bool = False):
        self.campaign, self.flavours, self.postcodes = campaign, flavours, postcodes
        self._setup()

    def _setup(self) -> None:
        self._people = People(self.campaign)
        self._picks = [(fl.include, _picker(fl, self.campaign)) for fl in self.flavours]
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")

    def __getstate__(self) -> tuple:  # it travels to the workers; a csv writer cannot
        return self.campaign, self.flavours, self.postcodes

    def __setstate__(self, state: tuple) -> None:
        self.campaign, self.flavours, self.postcodes = state
        self._setup()

    def line(self, cells: Iterable[str]) -> str:
        buffer = self._buffer
        buffer.seek(0)
        buffer.truncate()
        self._csv.writerow(cells)
        return buffer.getvalue()

    def render(self, item: OpenedSignature) -> Rendered:
        person = self._people.row(item)  # once for every file
        safe = safe_cells(person)
        lines = tuple(
            self.line(pick(safe)) if include is everyone or include(person) else None
            for include, pick in self._picks
        )
        return item.uuid, lines, postcode_key(person) if self.postcodes else None


def _text_file(raw, bom: bool) -> io.TextIOWrapper:
    """UTF-8 text over ``raw``, the BOM written by hand: Python's "utf-8-sig" encoder runs
    in Python on every write (a merge writes 100,000s of rows), plain UTF-8 in C."""
    text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    if bom:
        text.write("\ufeff")
    return text


class CsvWriter:
    """Writes one flavour, row by row, to a temporary file renamed into place on close."""

    def __init__(self, path: Path, flavour: Flavour, campaign: Campaign):
        self.path, self.flavour, self.campaign = path, flavour, campaign
        self.rows = 0
        self._context = atomic_writer(path)
        self._text = _text_file(self._context.__enter__(), flavour.bom)
        self._csv = csv.writer(self._text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        self._csv.writerow(header(flavour, campaign))
        self._cells = _picker(flavour, campaign)

    def add(self, item: OpenedSignature) -> bool:
        """Write the signer's row if they belong in this file; says whether they did."""
        return self.add_person(person(self.campaign, item))

    def add_person(self, values: dict[str, str], safe: dict[str, str] | None = None) -> bool:
        """The same for a people-table row already built (one per signer for every file);
        ``safe``: the same row through ``safe_cells``, when the caller made it already."""
        include = self.flavour.include
        if include is not everyone and not include(values):  # most files take everyone
            return False
        safe = safe or safe_cells(values)
        self._csv.writerow(self._cells(safe))
        self.rows += 1
        return True

    def add_line(self, line: str) -> None:
        """A row rendered already (``RowRenderer``), in this file's dialect."""
        self._text.write(line)
        self.rows += 1

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
    return read_back_rows(path, flavour.bom)


def read_back_rows(path: Path, bom: bool) -> list[list[str]]:
    encoding = "utf-8-sig" if bom else "utf-8"
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))[1:]


def count_rows(path: Path, bom: bool) -> int:
    """How many rows a written file parses back to, header excluded (nothing held)."""
    encoding = "utf-8-sig" if bom else "utf-8"
    with path.open(encoding=encoding, newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def write_rows(path: Path, head: list[str], rows: Iterable[Iterable[object]], bom: bool) -> None:
    """A small table (the per-postcode counts) in the same dialect, atomically."""
    with atomic_writer(path) as raw:
        text = _text_file(raw, bom)
        out = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        out.writerow(head)
        out.writerows([neutralise(str(v)) for v in r] for r in rows)
        text.flush()
        text.detach()


def postcode_key(values: dict[str, str]) -> tuple[str, str]:
    """The (country, postal code) a signer is counted under."""
    return values["country"], "".join(values["zip_code"].split()).upper()


def postcode_counts(people: Iterable[dict[str, str]]) -> list[tuple[str, str, int]]:
    """Signatures per (country, postal code), for platforms that take paper totals by area;
    postcodes compare without spaces, signers without one are counted under ""."""
    counts: dict[tuple[str, str], int] = {}
    for values in people:
        key = postcode_key(values)
        counts[key] = counts.get(key, 0) + 1
    return sorted(((c, z, n) for (c, z), n in counts.items()), key=lambda r: (r[0], r[1]))
