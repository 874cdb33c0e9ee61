"""The fields a campaign collects, and their rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELD_KINDS = ("name", "email", "postal_code", "country", "text")

# A loose international postal code: letters, digits, spaces and hyphens, 2..12 characters.
DEFAULT_POSTAL_PATTERN = r"[A-Z0-9][A-Z0-9 \-]{1,11}"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: str
    required: bool
    labels: dict[str, str]
    max_length: int = 100
    pattern: str | None = None  # postal codes: a full-match regular expression
    hints: dict[str, str] = field(default_factory=dict)

    def label(self, language: str, fallback: str = "en") -> str:
        return self.labels.get(language) or self.labels.get(fallback) or self.key

    def compiled_pattern(self) -> re.Pattern[str] | None:
        if self.kind == "postal_code":
            return re.compile(self.pattern or DEFAULT_POSTAL_PATTERN, re.IGNORECASE)
        return re.compile(self.pattern) if self.pattern else None
