import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.campaign import load_campaign
from kiosk.core.fields import FieldSpec
from kiosk.core.models import SignatureDraft
from kiosk.core.validation import ValidationFailed, validate_draft, validate_field
from kiosk.resources import default_campaign_dir

NAME = FieldSpec("first_name", "name", True, {"en": "First name", "ru": "Имя"}, max_length=80)
EMAIL = FieldSpec("email", "email", False, {"en": "Email"}, max_length=254)
POSTAL = FieldSpec("postal_code", "postal_code", False, {"en": "Postal code"}, max_length=12)

GOOD_NAMES = [
    "Zoë",
    "O'Brien",
    "Jean-Luc",
    "Борис",
    "Марʼяна",
    "Γιώργος",
    "דוד",
    "محمد",
    "王",
    "さくら",
    "Nguyễn Thị",
    "Madonna",
    "👩‍👩‍👧 Kim",
]


@pytest.mark.parametrize("name", GOOD_NAMES)
def test_real_names_in_every_script_are_accepted_as_typed(name):
    value, problem = validate_field(NAME, name)
    assert problem is None
    assert value == unicodedata.normalize("NFC", name)


def test_names_are_nfc_normalised_and_trimmed():
    decomposed = "Zoe\u0308  Smith "  # e + combining diaeresis, double space
    value, problem = validate_field(NAME, decomposed)
    assert problem is None
    assert value == "Zoë Smith"


@pytest.mark.parametrize(
    "bad",
    ["Ann\u202eA", "Bob\u2066x\u2069", "a\x00b", "line\nbreak", "tab\there", "cr\rlf", "a\u2028b"],
)
def test_control_and_bidi_characters_are_refused_with_a_message(bad):
    _, problem = validate_field(NAME, bad)
    assert problem is not None
    assert "First name" in problem.render()


def test_every_code_point_is_judged_by_its_category():
    """The printable fast path refuses exactly what the per-character rules refuse."""
    from kiosk.core.validation import ALLOWED_FORMAT_CHARS, BIDI_CONTROLS, _character_problem

    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        category = unicodedata.category(ch)
        refused = (
            ch in BIDI_CONTROLS
            or category in ("Cc", "Zl", "Zp", "Cs")
            or (category == "Cf" and ch not in ALLOWED_FORMAT_CHARS)
        )
        assert (_character_problem(f"Ann{ch}a") is not None) == refused, hex(code)


def test_message_is_translated_when_a_translator_is_given():
    _, problem = validate_field(NAME, "", language="ru")
    assert problem is not None
    rendered = problem.render(lambda ctx, text: "{label} — обязательное поле." if ctx else text)
    assert rendered == "Имя — обязательное поле."


def test_length_cap_and_letter_rule():
    assert validate_field(NAME, "x" * 81)[1] is not None
    assert validate_field(NAME, "x" * 10_000)[1] is not None
    assert validate_field(NAME, "12345")[1] is not None


def test_email_is_checked_offline_and_normalised():
    value, problem = validate_field(EMAIL, "Someone@Example.ORG")
    assert problem is None
    assert value == "Someone@example.org"
    assert validate_field(EMAIL, "not-an-email")[1] is not None
    assert validate_field(EMAIL, "=HYPERLINK(1)@x")[1] is not None
    assert validate_field(EMAIL, "")[1] is None  # optional


def test_postal_code_rule_from_the_pack():
    assert validate_field(POSTAL, "sw1a 1aa") == ("SW1A 1AA", None)
    assert validate_field(POSTAL, "=1+1")[1] is not None
    strict = FieldSpec("postal_code", "postal_code", True, {"en": "ZIP"}, pattern=r"\d{5}")
    assert validate_field(strict, "12345")[1] is None
    assert validate_field(strict, "1234")[1] is not None


def test_draft_needs_the_sign_consent_and_reports_every_problem():
    fields = load_campaign(default_campaign_dir()).fields
    draft = SignatureDraft(
        {"first_name": "", "email": "nope"}, consent_sign=False, consent_mailing=True
    )
    with pytest.raises(ValidationFailed) as info:
        validate_draft(draft, fields)
    failed = {e.field for e in info.value.errors}
    assert failed == {"first_name", "last_name", "email", "consent_sign"}


@given(st.text(max_size=300))
def test_any_input_gives_a_value_or_a_message_never_a_crash(text):
    value, problem = validate_field(NAME, text)
    if problem is None and value:
        assert value == unicodedata.normalize("NFC", value)
        assert not any(unicodedata.category(c) == "Cc" for c in value)
        assert len(value) <= NAME.max_length


def test_mailing_list_needs_an_email():
    fields = load_campaign(default_campaign_dir()).fields
    draft = SignatureDraft({"first_name": "Ann", "last_name": "Lee"}, True, consent_mailing=True)
    with pytest.raises(ValidationFailed) as info:
        validate_draft(draft, fields)
    assert [e.field for e in info.value.errors] == ["email"]
    draft.fields["email"] = "ann@example.org"
    assert validate_draft(draft, fields)[0]["email"] == "ann@example.org"


def test_malformed_values_through_the_service_api_are_validation_errors(kiosk):
    import pytest

    from kiosk.core.models import SignatureDraft
    from kiosk.core.validation import ValidationFailed

    bad_drafts = [
        SignatureDraft({"first_name": "Ada\ud800", "last_name": "L"}, True, False),
        SignatureDraft({"first_name": 42, "last_name": "L"}, True, False),  # type: ignore[dict-item]
        SignatureDraft({"first_name": "Ada", "last_name": "L"}, "yes", False),  # type: ignore[arg-type]
        SignatureDraft(
            {"first_name": "Ada", "last_name": "L"}, True, False, [[(float("nan"), 0.1, 0.5)]]
        ),
        SignatureDraft(
            {"first_name": "Ada", "last_name": "L"}, True, False, [[(float("inf"), 0.1, 0.5)]]
        ),
        SignatureDraft({"first_name": "Ada", "last_name": "L"}, True, False, "strokes"),  # type: ignore[arg-type]
        SignatureDraft({"first_name": "Ada", "last_name": "L"}, True, False, [[(0.1, 0.2)]]),  # type: ignore[list-item]
        SignatureDraft({"first_name": "Ada", "last_name": "L"}, True, False, [[(0.1, None, 0.5)]]),
        # Six values, but not three to a point: never re-cut into two points
        SignatureDraft(
            {"first_name": "Ada", "last_name": "L"},
            True,
            False,
            [[(0.1, 0.2), (0.3, 0.4, 0.5, 0.6)]],
        ),  # type: ignore[list-item]
        SignatureDraft(
            {"first_name": "Ada", "last_name": "L"}, True, False, [[(0.1, 0.2, 0.5)], None]
        ),  # type: ignore[list-item]
        SignatureDraft(
            {"first_name": "Ada", "last_name": "L"},
            True,
            False,
            [[(0.1, 0.2, 0.5)], [(0.3, 0.4, 0.5), (0.5, float("nan"), 0.5)]],
        ),
        SignatureDraft("not a dict", True, False),  # type: ignore[arg-type]
    ]
    for draft in bad_drafts:
        with pytest.raises(ValidationFailed):
            kiosk.signing.sign(draft)
    assert kiosk.signing.counts() == (0, 0)


def test_event_names_are_checked_like_signer_fields(kiosk):
    import pytest

    from kiosk.core.models import EventError

    for bad in ["Fair\u202e evil", "Fair\x00", "x" * 201, "   ", 7]:
        with pytest.raises(EventError):
            kiosk.events.start(bad, "Hall")  # type: ignore[arg-type]
    with pytest.raises(EventError):
        kiosk.events.start("Fair", "Hall\u2066")
    assert kiosk.events.start("  Freshers   fair ", "Union").name == "Freshers fair"


def test_drawings_are_clamped_to_the_pad_and_empty_strokes_dropped():
    strokes = [[(0.123456, 0.5, 0.77777), (2, -1, 0.5)], [], [(0.00004, "0.99996", 0.0005)]]
    _, cleaned = validate_draft(SignatureDraft({"first_name": "Ada"}, True, False, strokes), [NAME])
    assert cleaned == [[(0.123456, 0.5, 0.77777), (1.0, 0.0, 0.5)], [(0.00004, 0.99996, 0.0005)]]


def test_the_pad_records_points_rounded_finer_than_a_pen():
    from kiosk.core.models import pad_point

    assert pad_point(0.123456, 0.5, 0.77777) == (0.1235, 0.5, 0.778)
    assert pad_point(0.00004, 0.99996, 0.0005) == (0.0, 1.0, 0.001)
    assert [repr(v) for v in pad_point(0.123456, 0.5, 0.77777)] == ["0.1235", "0.5", "0.778"]


_POINT = st.tuples(st.floats(-0.5, 1.5), st.floats(-0.5, 1.5), st.floats(0, 1) | st.integers(0, 1))


@given(st.lists(st.lists(_POINT, max_size=40), max_size=6))
def test_the_values_handed_to_the_encoder_are_the_validated_points(strokes):
    from kiosk.core.record_codec import encode_drawing
    from kiosk.core.validation import validate_for_sealing

    draft = SignatureDraft({"first_name": "Ada"}, True, False, strokes)
    _, cleaned, doubles = validate_for_sealing(draft, [NAME])
    assert list(doubles) == [v for stroke in cleaned for point in stroke for v in point]
    assert encode_drawing(cleaned, doubles) == encode_drawing(cleaned)  # the same bytes
    if doubles:
        with pytest.raises(ValueError, match="do not match"):
            encode_drawing(cleaned, doubles[:-3])
