"""A small client for Action Network's OSDI API: the one part of Petition Kiosk that uses the
network, run by an organizer (``petition-kiosk push``), never by a kiosk.

At most ``rate`` requests a second; 429 and 5xx answers (and dropped connections) are retried
with exponential back-off and jitter, honouring Retry-After.  The API key travels only in the
``OSDI-API-Token`` header: no message, log line or exception text ever contains it, nor a URL
with a signer's email in it.
"""

from __future__ import annotations

import json
import random
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field


class PushError(Exception):
    """Action Network cannot be reached or keeps failing: the run stops (safe to rerun)."""


class PushRefused(Exception):
    """Action Network refused one request (a 4xx other than 429): that signer is skipped."""


@dataclass
class ActionNetwork:
    petition_url: str  # https://actionnetwork.org/api/v2/petitions/<id>
    api_key: str = field(repr=False)
    rate: float = 4.0  # requests per second, at most
    attempts: int = 6
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    timeout: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    backoffs: list[float] = field(default_factory=list)  # each retry's wait, for reports
    _last: float = field(default=-1e9, repr=False)

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.petition_url)
        if parts.scheme not in ("https", "http") or "/petitions/" not in parts.path:
            raise PushError(
                "--petition-url should be the petition's API address, such as "
                "https://actionnetwork.org/api/v2/petitions/<id>"
            )
        self.petition_url = self.petition_url.rstrip("/")
        prefix = parts.path[: parts.path.index("/petitions/")]
        self.api_root = f"{parts.scheme}://{parts.netloc}{prefix}"

    # --- the calls ---
    def tags(self) -> set[str]:
        """Every tag name on the list (only these may be added)."""
        names: set[str] = set()
        url: str | None = f"{self.api_root}/tags"
        pages = 0
        while url and pages < 200:
            page = self._request("GET", url, what="listing tags")
            pages += 1
            embedded = page.get("_embedded", {}).get("osdi:tags", [])
            names |= {t["name"] for t in embedded if isinstance(t, dict) and "name" in t}
            url = page.get("_links", {}).get("next", {}).get("href")
        return names

    def find_person(self, email: str) -> str | None:
        quoted = email.replace("'", "''")
        query = urllib.parse.urlencode({"filter": f"email_address eq '{quoted}'"})
        page = self._request("GET", f"{self.api_root}/people?{query}", what="looking up a person")
        people = page.get("_embedded", {}).get("osdi:people", [])
        return _native_id(people[0]) if people else None

    def add_unsubscribed_person(self, person: dict) -> str:
        """A new person who did not opt in: on the list, unsubscribed (person signup helper)."""
        addresses = [{**a, "status": "unsubscribed"} for a in person.get("email_addresses", [])]
        body = {"person": {**person, "email_addresses": addresses}}
        answer = self._request("POST", f"{self.api_root}/people", body, what="adding a person")
        return _native_id(answer)

    def signed_petitions(self, person_id: str) -> set[str]:
        """The petitions (API addresses) a person has signed: to check an interrupted send."""
        url = f"{self.api_root}/people/{urllib.parse.quote(person_id)}/signatures"
        page = self._request("GET", url, what="checking a person's signatures")
        out = set()
        for sig in page.get("_embedded", {}).get("osdi:signatures", []):
            href = sig.get("_links", {}).get("osdi:petition", {}).get("href", "")
            out.add(href.rstrip("/"))
        return out

    def record_signature(
        self, person: dict, identifier: str, tags: list[str], autoresponse: bool
    ) -> str:
        """The record signature helper: the person (created or matched by email) signs."""
        body: dict = {"identifiers": [identifier], "person": person}
        if tags:
            body["add_tags"] = tags
        if autoresponse:
            body["triggers"] = {"autoresponse": {"enabled": True}}
        answer = self._request(
            "POST", f"{self.petition_url}/signatures", body, what="recording a signature"
        )
        return _native_id(answer)

    # --- transport ---
    def _wait_for_rate(self) -> None:
        gap = 1.0 / self.rate - (self.clock() - self._last)
        if gap > 0:
            self.sleep(gap)
        self._last = self.clock()

    def _request(self, method: str, url: str, body: dict | None = None, *, what: str) -> dict:
        data = json.dumps(body).encode("utf-8") if body is not None else None
        headers = {"Content-Type": "application/json", "OSDI-API-Token": self.api_key}
        problem = ""
        for attempt in range(self.attempts):
            self._wait_for_rate()
            self.requests += 1
            request = urllib.request.Request(url, data=data, method=method, headers=headers)
            retry_after: float | None = None
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    raw = response.read()
            except urllib.error.HTTPError as exc:
                status = exc.code
                if status == 429 or status >= 500:
                    retry_after = _retry_after(exc.headers.get("Retry-After"))
                    problem = f"HTTP {status}"
                else:
                    raise PushRefused(f"{what}: HTTP {status} {_reason(exc)}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                problem = type(getattr(exc, "reason", exc)).__name__
            else:
                try:
                    parsed = json.loads(raw or b"{}")
                except ValueError:
                    raise PushError(
                        f"{what}: Action Network sent an answer that is not JSON"
                    ) from None
                if not isinstance(parsed, dict):
                    raise PushError(f"{what}: Action Network sent an unexpected answer")
                return parsed
            if attempt + 1 < self.attempts:
                delay = min(self.backoff * 2**attempt, 60.0) * (0.5 + random.random())
                self.backoffs.append(max(delay, retry_after or 0.0))
                self.sleep(self.backoffs[-1])
        raise PushError(f"{what}: Action Network kept failing ({problem}); rerun later")


def _native_id(resource: dict) -> str:
    for identifier in resource.get("identifiers", []) if isinstance(resource, dict) else []:
        if isinstance(identifier, str) and identifier.startswith("action_network:"):
            return identifier.split(":", 1)[1]
    raise PushError("Action Network's answer carries no action_network identifier")


def _retry_after(value: str | None) -> float | None:
    try:
        return min(float(value), 120.0) if value else None
    except ValueError:
        return None


def _reason(exc: urllib.error.HTTPError) -> str:
    """Action Network's own error text (never the request: it may hold an email)."""
    try:
        body = json.loads(exc.read() or b"{}")
    except ValueError:
        return ""
    text = body.get("error") if isinstance(body, dict) else None
    return f"({str(text)[:200]})" if text else ""
