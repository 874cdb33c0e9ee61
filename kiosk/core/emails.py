"""email_validator, imported on the first address checked, with its domain check remembered.

email_validator checks a domain character by character (IDNA and UTS-46 tables): about two
thirds of its 30 µs an address.  Signers share a handful of domains, and a merge checks every
address of 100,000s of records again, so the domain's result is kept (for the last 4,096
domains).  Only a domain that passed is kept: a refused one raises, and is checked again the
next time.  Everything else (the local part, the lengths, the normalised form) is checked on
every call, exactly as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

DOMAINS_REMEMBERED = 4096


@cache
def email_validator() -> tuple[Callable[..., Any], type[Exception]]:
    """``(validate_email, EmailNotValidError)``, looked up once: an import statement in the
    caller cost 2 µs on every signature, and the welcome screen never needs the module."""
    from email_validator import EmailNotValidError, validate_email

    _remember_domains()
    return validate_email, EmailNotValidError


def _remember_domains() -> None:
    # validate_email calls the domain check through its own module's global; a version that
    # has none (or has it cached already) keeps its own behaviour.
    module = sys.modules.get("email_validator.validate_email")
    check = getattr(module, "validate_email_domain_name", None)
    if check is None or hasattr(check, "cache_info"):
        return
    module.validate_email_domain_name = lru_cache(maxsize=DOMAINS_REMEMBERED)(check)  # type: ignore[union-attr]


def domain_checks_remembered() -> int:
    """How many domains are remembered now (0 where the check is not cached)."""
    module = sys.modules.get("email_validator.validate_email")
    check = getattr(module, "validate_email_domain_name", None)
    info = getattr(check, "cache_info", None)
    return info().currsize if info else 0
