"""First-run setup: checked in the order of the form, applied only when all is right."""

import pytest

from kiosk.app.services import open_services
from kiosk.core.setup import CREATE_KEY, PUBLIC_KEY, SetupRequest
from tests.conftest import PASSPHRASE


@pytest.fixture
def fresh(settings):
    services = open_services(settings)
    yield services
    services.close()


def _request(**changes) -> SetupRequest:
    values = dict(
        pin="135790",
        pin_repeat="135790",
        event_name="Campus table",
        key_choice=CREATE_KEY,
        passphrase=PASSPHRASE,
        passphrase_repeat=PASSPHRASE,
    )
    values.update(changes)
    return SetupRequest(**values)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"pin": "12", "pin_repeat": "12", "event_name": ""}, "pin"),
        ({"pin_repeat": "999999", "passphrase": "short"}, "pin_repeat"),
        ({"passphrase": "short", "passphrase_repeat": "short", "event_name": ""}, "passphrase"),
        ({"passphrase_repeat": "something else"}, "passphrase_repeat"),
        ({"key_choice": PUBLIC_KEY, "key_file": None}, "key_file"),
        ({"event_name": "   "}, "event_name"),
    ],
)
def test_the_first_problem_in_form_order_is_named_and_nothing_is_applied(fresh, changes, field):
    problem = fresh.setup.apply(_request(**changes))
    assert problem is not None and problem.field == field
    assert problem.message.render()
    assert fresh.setup.needs_setup() and not fresh.pin.is_set()
    assert not fresh.settings.private_key_path.exists()


def test_a_complete_form_sets_pin_key_and_event(fresh):
    assert fresh.setup.apply(_request()) is None
    assert not fresh.setup.needs_setup()
    assert fresh.pin.check("135790").ok
    assert fresh.keys.has_private_key() and fresh.signing.ready
    assert fresh.events.current().name == "Campus table"


def test_the_organizer_public_key_can_be_used_instead(fresh, tmp_path):
    from kiosk.services.keys import create_key_pair

    create_key_pair(tmp_path / "organizer", PASSPHRASE)
    public = tmp_path / "organizer" / "organizer.pub"
    assert fresh.setup.apply(_request(key_choice=PUBLIC_KEY, key_file=public)) is None
    assert fresh.signing.ready and not fresh.keys.has_private_key()


def test_a_file_that_is_not_a_key_is_refused(fresh, tmp_path):
    bogus = tmp_path / "photo.pub"
    bogus.write_text("not a key")
    problem = fresh.setup.apply(_request(key_choice=PUBLIC_KEY, key_file=bogus))
    assert problem is not None and problem.field == "key_file"
    assert "not a PEM public key" in problem.message.render()


def test_the_organizer_key_can_be_pasted_as_text_even_with_its_line_breaks_lost(fresh, tmp_path):
    from kiosk.crypto import generate_private_key, key_id, organizer_fingerprint, public_key_pem

    public = generate_private_key().public_key()
    pasted = public_key_pem(public).decode().replace("\n", " ")
    assert fresh.setup.describe_key(pasted) == organizer_fingerprint(public)
    garbled = _request(key_choice=PUBLIC_KEY, key_text="-----BEGIN PUBLIC KEY----- nope")
    assert fresh.setup.problem(garbled).field == "key_file"
    assert fresh.setup.apply(_request(key_choice=PUBLIC_KEY, key_text=pasted)) is None
    assert key_id(fresh.keys.public_key()) == key_id(public)
