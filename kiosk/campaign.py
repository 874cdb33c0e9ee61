"""Load and check a campaign pack: ``<folder>/campaign.toml`` plus ``summary.<lang>.md`` files.

Every problem is reported as a :class:`CampaignError` naming the file, the key and what is wrong,
so a volunteer editing a pack gets one clear line instead of a traceback.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from kiosk.core.fields import FIELD_KINDS, FieldSpec

PACK_FILE = "campaign.toml"
_KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")


class CampaignError(Exception):
    def __init__(self, file: Path, key: str, problem: str):
        super().__init__(f"{file}: {key}: {problem}" if key else f"{file}: {problem}")
        self.file, self.key, self.problem = file, key, problem


@dataclass(frozen=True)
class Campaign:
    folder: Path
    slug: str
    languages: list[str]
    title: dict[str, str]
    statement: dict[str, str]
    petition_url: str
    organizer_name: str
    organizer_contact: str
    privacy_version: str
    privacy_notice: dict[str, str]
    facts_as_of: date
    fields: list[FieldSpec]
    summaries: dict[str, str]
    public_key_file: Path | None = None
    images: list[Path] = field(default_factory=list)
    country: str = ""  # ISO 3166-1 alpha-2 default for the platform files; "" when international

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def text(self, table: dict[str, str], language: str) -> str:
        """Pick ``language`` from a per-language table, falling back to the pack's first one."""
        return table.get(language) or table[self.default_language]

    def summary(self, language: str) -> str:
        return self.text(self.summaries, language)

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


class _Reader:
    """Typed access to the parsed TOML that raises CampaignError with the key path."""

    def __init__(self, file: Path, data: dict[str, Any]):
        self.file, self.data = file, data

    def fail(self, key: str, problem: str) -> CampaignError:
        return CampaignError(self.file, key, problem)

    def get(self, table: dict[str, Any], key: str, path: str, kind: type, required: bool = True):
        if key not in table:
            if required:
                raise self.fail(path, "is missing")
            return None
        value = table[key]
        if kind is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(path, f"should be a {kind.__name__}, not {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            raise self.fail(path, "is empty")
        return value

    def localized(self, table: dict[str, Any], key: str, path: str, languages: list[str]):
        value = self.get(table, key, path, dict)
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{path}.{lang}", "should be non-empty text")
        if languages[0] not in value:
            raise self.fail(path, f"has no text in the pack's first language '{languages[0]}'")
        return {lang: text.strip() for lang, text in value.items()}


def load_campaign(folder: Path | str) -> Campaign:
    folder = Path(folder)
    file = folder / PACK_FILE
    if not folder.is_dir():
        raise CampaignError(folder, "", "campaign folder not found")
    try:
        raw = file.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise CampaignError(file, "", "file not found") from None
    except UnicodeDecodeError as exc:
        raise CampaignError(file, "", f"is not UTF-8 text ({exc.reason})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise CampaignError(file, "", f"not valid TOML: {exc}") from None
    r = _Reader(file, data)

    c = r.get(data, "campaign", "[campaign]", dict)
    slug = r.get(c, "slug", "campaign.slug", str)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", slug):
        raise r.fail("campaign.slug", "use lower-case letters, digits and hyphens")
    languages = r.get(c, "languages", "campaign.languages", list)
    if not languages or not all(isinstance(x, str) and _LANG_RE.fullmatch(x) for x in languages):
        raise r.fail("campaign.languages", 'should list language codes such as "en", "ru"')
    url = r.get(c, "petition_url", "campaign.petition_url", str)
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise r.fail("campaign.petition_url", f"'{url}' is not a web address")
    facts_as_of = r.get(c, "facts_as_of", "campaign.facts_as_of", date)
    country = r.get(c, "country", "campaign.country", str, required=False) or ""
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise r.fail("campaign.country", f"'{country}' is not a two-letter country code (GB, US)")

    o = r.get(data, "organizer", "[organizer]", dict)
    p = r.get(data, "privacy", "[privacy]", dict)
    public_key = r.get(o, "public_key_file", "organizer.public_key_file", str, required=False)
    public_key_file = (folder / public_key) if public_key else None
    if public_key_file and not public_key_file.is_file():
        raise r.fail("organizer.public_key_file", f"'{public_key}' not found in the pack")

    fields = _read_fields(r, data, languages)
    summaries = _read_summaries(folder, languages)
    images = sorted(
        f for f in (folder / "images").glob("*") if f.suffix.lower() in {".png", ".jpg", ".svg"}
    )
    return Campaign(
        folder=folder,
        slug=slug,
        languages=languages,
        title=r.localized(c, "title", "campaign.title", languages),
        statement=r.localized(c, "statement", "campaign.statement", languages),
        petition_url=url,
        organizer_name=r.get(o, "name", "organizer.name", str),
        organizer_contact=r.get(o, "contact", "organizer.contact", str),
        privacy_version=r.get(p, "version", "privacy.version", str),
        privacy_notice=r.localized(p, "notice", "privacy.notice", languages),
        facts_as_of=facts_as_of,
        fields=fields,
        summaries=summaries,
        public_key_file=public_key_file,
        images=images,
        country=country,
    )


def _read_fields(r: _Reader, data: dict[str, Any], languages: list[str]) -> list[FieldSpec]:
    entries = r.get(data, "fields", "[[fields]]", list)
    if not entries:
        raise r.fail("[[fields]]", "a campaign needs at least one field")
    specs: list[FieldSpec] = []
    for i, entry in enumerate(entries):
        path = f"fields[{i}]"
        if not isinstance(entry, dict):
            raise r.fail(path, "should be a table")
        key = r.get(entry, "key", f"{path}.key", str)
        if not _KEY_RE.fullmatch(key):
            raise r.fail(f"{path}.key", f"'{key}' should be lower_snake_case")
        if any(s.key == key for s in specs):
            raise r.fail(f"{path}.key", f"'{key}' is used twice")
        kind = r.get(entry, "kind", f"{path}.kind", str)
        if kind not in FIELD_KINDS:
            raise r.fail(f"{path}.kind", f"'{kind}' is not one of {', '.join(FIELD_KINDS)}")
        max_length = r.get(entry, "max_length", f"{path}.max_length", int, required=False) or 100
        if not 1 <= max_length <= 1000:
            raise r.fail(f"{path}.max_length", "should be between 1 and 1000")
        pattern = r.get(entry, "pattern", f"{path}.pattern", str, required=False)
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise r.fail(f"{path}.pattern", f"not a valid regular expression: {exc}") from None
        specs.append(
            FieldSpec(
                key=key,
                kind=kind,
                required=bool(r.get(entry, "required", f"{path}.required", bool, required=False)),
                labels=r.localized(entry, "label", f"{path}.label", languages),
                max_length=max_length,
                pattern=pattern,
            )
        )
    return specs


def _read_summaries(folder: Path, languages: list[str]) -> dict[str, str]:
    summaries: dict[str, str] = {}
    for lang in languages:
        file = folder / f"summary.{lang}.md"
        if file.is_file():
            try:
                summaries[lang] = file.read_text(encoding="utf-8").strip()
            except UnicodeDecodeError as exc:
                raise CampaignError(file, "", f"is not UTF-8 text ({exc.reason})") from None
    if languages[0] not in summaries:
        raise CampaignError(folder / f"summary.{languages[0]}.md", "", "file not found")
    return summaries
