"""The PIN and passphrase rules every screen and command shares."""

import pytest

from kiosk.core.credentials import guessable_pin, passphrase_problem, pin_problem


@pytest.mark.parametrize("weak", ["12345678", " " * 8, "password1234", "qwertyuiop", "short"])
def test_weak_passphrases_are_refused_with_advice(weak):
    problem = passphrase_problem(weak)
    assert problem is not None
    assert "8 characters" in problem.render() or "four or more unrelated words" in problem.render()


@pytest.mark.parametrize(
    "strong", ["correct horse battery staple", "lantern-orbit-velvet-thirty", "Tr0ub4dor&3xQ!"]
)
def test_strong_passphrases_pass(strong):
    assert passphrase_problem(strong) is None


def test_pin_rules_name_the_problem():
    assert pin_problem("") is not None and "Enter" in pin_problem("").render()
    assert "6 to 12 digits" in pin_problem("1234").render()
    assert guessable_pin("135791") is False and pin_problem("135792") is None
    assert guessable_pin("901234") and guessable_pin("543210") and guessable_pin("454545")
