"""The remembered domain check gives exactly what email_validator's own check gives."""

import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.core.emails import domain_checks_remembered, email_validator

validate_email, NotValid = email_validator()
_MODULE = sys.modules["email_validator.validate_email"]


def _outcome(address: str) -> tuple[str, str]:
    try:
        result = validate_email(address, check_deliverability=False)
    except NotValid as exc:
        return "refused", str(exc)
    return "accepted", result.normalized


def _uncached_outcome(address: str) -> tuple[str, str]:
    """What email_validator itself says, its domain check not remembered."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            _MODULE, "validate_email_domain_name", _MODULE.validate_email_domain_name.__wrapped__
        )
        return _outcome(address)


LOCAL = st.sampled_from(
    ["maria", "Jean.Luc", "o'brien", "a+tag", '"quoted@local"', "ж", "", "a..b"]
)
DOMAIN = st.one_of(
    st.sampled_from(
        [
            "gmail.com",
            "GMAIL.COM",
            "bücher.de",
            "xn--bcher-kva.de",
            "пример.рф",
            "-bad-.org",
            "localhost",
            "example.com",
            "a.b",
            "mail.uni-hamburg.de",
            "x" * 64 + ".org",
            "[127.0.0.1]",
            "exa mple.org",
        ]
    ),
    st.text(alphabet="abcé-.Ж1", min_size=1, max_size=20),
)


@settings(max_examples=150, deadline=None)
@given(local=LOCAL, domain=DOMAIN)
@example(local="maria", domain="gmail.com")
def test_an_address_is_judged_as_email_validator_judges_it(local, domain):
    address = f"{local}@{domain}"
    expected = _uncached_outcome(address)
    assert _outcome(address) == expected  # the first time: the domain checked and kept
    assert _outcome(address) == expected  # the second: its remembered result


def test_a_domain_is_checked_once_for_all_its_addresses():
    check = _MODULE.validate_email_domain_name
    before = check.cache_info()
    for name in ("ana", "boris", "chen", "dmitri"):
        validate_email(f"{name}@once-only.example.org", check_deliverability=False)
    after = check.cache_info()
    assert after.misses == before.misses + 1
    assert after.hits == before.hits + 3
    assert domain_checks_remembered() >= 1


def test_a_refused_domain_is_not_remembered_and_is_refused_every_time():
    before = domain_checks_remembered()
    for _ in range(2):
        with pytest.raises(NotValid):
            validate_email("ana@-not-a-domain-.org", check_deliverability=False)
    assert domain_checks_remembered() == before
