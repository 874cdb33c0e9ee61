"""Validate and normalise what an attendee typed.  Pure Python, so it is tested without a screen.

Every problem is a :class:`~kiosk.core.i18n.Message` tied to a field key, so the UI can show it
next to the field, translated.  What passes is normalised (NFC, trimmed, emails canonical) and is
exactly what gets sealed and later printed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from dataclasses import dataclass
from itertools import chain, islice

from kiosk.core.emails import email_validator
from kiosk.core.fields import FieldSpec
from kiosk.core.i18n import QT_TRANSLATE_NOOP, Message
from kiosk.core.models import POINT_DOUBLES, SignatureDraft, Stroke

# Bidi embeddings, overrides and isolates can make a name print as something else.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Zero-width joiner and non-joiner are needed by emoji sequences and several scripts.
ALLOWED_FORMAT_CHARS = frozenset("\u200c\u200d")

_SPACES = re.compile(" {2,}")
MAX_STROKES = 200
MAX_POINTS = 5000

_REQUIRED = QT_TRANSLATE_NOOP("validation", "{label} is required.")
_TOO_LONG = QT_TRANSLATE_NOOP("validation", "{label} can be at most {limit} characters.")
_CONTROL = QT_TRANSLATE_NOOP(
    "validation", "{label} contains invisible control characters. Please type it again."
)
_BIDI = QT_TRANSLATE_NOOP(
    "validation", "{label} contains hidden text-direction characters. Please type it again."
)
_COUNTRY = QT_TRANSLATE_NOOP(
    "validation", "{label}: use the two-letter country code, for example GB, DE or UA."
)
_NO_LETTER = QT_TRANSLATE_NOOP("validation", "{label} must contain at least one letter.")
_EMAIL = QT_TRANSLATE_NOOP(
    "validation", "This does not look like an email address. Example: name@example.org"
)
_POSTAL = QT_TRANSLATE_NOOP("validation", "{label} is not in a format we recognise.")
_CONSENT = QT_TRANSLATE_NOOP("validation", "Tick the box to add your signature to the petition.")
_MAILING_NEEDS_EMAIL = QT_TRANSLATE_NOOP(
    "validation", "To join the mailing list, enter your email address."
)
_SIGNATURE = QT_TRANSLATE_NOOP("validation", "The drawn signature is too large. Please clear it.")


@dataclass(frozen=True)
class FieldError:
    field: str  # a field key, or "consent_sign" / "signature"
    message: Message


class ValidationFailed(Exception):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.message.render()}" for e in errors))
        self.errors = errors


def _clean_text(raw: str) -> str:
    """NFC-normalise, trim surrounding whitespace, collapse inner runs of spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", raw).strip())


def _character_problem(value: str) -> str | None:
    # Printable text has no character of the categories below (every C* and Z* but the
    # space is unprintable): one C-level pass instead of a category lookup per character.
    if value.isprintable():
        return None
    for ch in value:
        if ch in BIDI_CONTROLS:
            return _BIDI
        category = unicodedata.category(ch)
        if category == "Cc" or (category == "Cf" and ch not in ALLOWED_FORMAT_CHARS):
            return _CONTROL
        if category in ("Zl", "Zp", "Cs") or ch in "\u2028\u2029":
            return _CONTROL  # Cs: a lone surrogate cannot even be stored as UTF-8
    return None


def validate_field(spec: FieldSpec, raw: str, language: str = "en") -> tuple[str, Message | None]:
    """Return ``(normalised value, problem or None)`` for one field."""
    label = spec.label(language)
    if not isinstance(raw, str):  # through the service API anything may arrive
        return "", Message(_CONTROL, params={"label": label})
    value = _clean_text(raw or "")
    if not value:
        if spec.required:
            return "", Message(_REQUIRED, params={"label": label})
        return "", None
    problem = _character_problem(value)
    if problem:
        return value, Message(problem, params={"label": label})
    if len(value) > spec.max_length:
        return value, Message(_TOO_LONG, params={"label": label, "limit": spec.max_length})
    if spec.kind == "name" and not any(unicodedata.category(c).startswith("L") for c in value):
        return value, Message(_NO_LETTER, params={"label": label})
    if spec.kind == "email":
        validate_email, not_valid = email_validator()
        try:
            result = validate_email(value, check_deliverability=False)
        except not_valid:
            return value, Message(_EMAIL, params={"label": label})
        return result.normalized, None
    if spec.kind == "country":
        value = value.upper()
        if not re.fullmatch(r"[A-Z]{2}", value):
            return value, Message(_COUNTRY, params={"label": label})
    if spec.kind == "postal_code":
        value = value.upper()
        pattern = spec.compiled_pattern()
        if pattern and not pattern.fullmatch(value):
            return value, Message(_POSTAL, params={"label": label})
    return value, None


def _check_strokes(strokes: list[Stroke]) -> tuple[list[Stroke], array] | None:
    """Bounded, finite points clamped to the pad (0-1), and the same values as C doubles in
    point order, for the record encoder to copy rather than read every point again.  None
    when the drawing cannot be one.  (The pad rounds each point as it arrives: see
    :func:`kiosk.core.models.pad_point`.)

    The checks run once over the whole drawing, on a list of its values: a list's items are
    floats already, where each read from the array makes one, and per stroke the same work
    cost a third more (80 µs for a drawing of 300 points, now 55)."""
    if not isinstance(strokes, list) or len(strokes) > MAX_STROKES:
        return None
    try:
        if sum(map(len, strokes)) > MAX_POINTS:  # a stroke without a length is no stroke
            return None
        kept = [stroke for stroke in strokes if stroke]
        points = list(chain.from_iterable(kept))
        if points and set(map(len, points)) != {3}:
            return None  # a point is not (x, y, pressure)
        flat = list(chain.from_iterable(points))
        try:
            values = array("d", flat)
        except TypeError:  # numbers sent as text (older pads)
            flat = [float(v) for v in flat]
            values = array("d", flat)
        if flat:
            # NaN and infinity survive a sum (so does an overflow of absurd values).
            if not math.isfinite(sum(flat)):
                return None
            if min(flat) < 0.0 or max(flat) > 1.0:
                values = array("d", [min(max(v, 0.0), 1.0) for v in flat])
        rebuilt = POINT_DOUBLES.iter_unpack(values)
        cleaned = [list(islice(rebuilt, len(stroke))) for stroke in kept]
    except (TypeError, ValueError):
        return None
    return cleaned, values


def validate_draft(
    draft: SignatureDraft, specs: list[FieldSpec]
) -> tuple[dict[str, str], list[Stroke]]:
    """Validate a whole draft. Returns normalised fields and strokes, or raises ValidationFailed."""
    values, strokes, _ = validate_for_sealing(draft, specs)
    return values, strokes


def validate_for_sealing(
    draft: SignatureDraft, specs: list[FieldSpec]
) -> tuple[dict[str, str], list[Stroke], array]:
    """:func:`validate_draft`, and the strokes' values as C doubles in point order (what
    :func:`kiosk.core.record_codec.encode_record` takes to skip reading every point)."""
    errors: list[FieldError] = []
    values: dict[str, str] = {}
    fields = draft.fields if isinstance(draft.fields, dict) else {}
    for spec in specs:
        value, problem = validate_field(spec, fields.get(spec.key, ""), draft.language)
        if problem:
            errors.append(FieldError(spec.key, problem))
        elif value:
            values[spec.key] = value
    email_field = next((spec.key for spec in specs if spec.kind == "email"), None)
    email_failed = any(e.field == email_field for e in errors)
    if draft.consent_mailing and email_field and email_field not in values and not email_failed:
        errors.append(FieldError(email_field, Message(_MAILING_NEEDS_EMAIL)))
    if draft.consent_sign is not True:  # ticked, not merely truthy
        errors.append(FieldError("consent_sign", Message(_CONSENT)))
    drawing = _check_strokes(draft.strokes)
    if drawing is None:
        errors.append(FieldError("signature", Message(_SIGNATURE)))
    if errors or drawing is None:
        raise ValidationFailed(errors)
    return values, drawing[0], drawing[1]
