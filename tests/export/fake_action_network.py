"""A small Action Network on a real HTTP server (pytest-httpserver), for the push tests.

It implements the endpoints ``push`` uses, the way Action Network documents them: people are
matched by email, a new person from the signature helper is subscribed unless they exist,
signatures are one per person and petition, unknown tags are ignored.  Tests can queue
answers (429, 500, a malformed body) and watch every request."""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections import Counter

from werkzeug import Request, Response

API_KEY = "test-api-key-SECRET-9f3e"
PETITION = "pet-1"


class FakeActionNetwork:
    def __init__(self, server, tags=("kiosk", "freshers")):
        self.server = server
        self.people: dict[str, dict] = {}  # email -> {"id", "status", "identifiers"}
        self.signatures: dict[tuple[str, str], str] = {}  # (person id, petition) -> sig id
        self.signature_posts: Counter[str] = Counter()  # our identifier -> POSTs
        self.tags_added: list[str] = []
        self.autoresponses = 0
        self.tags = list(tags)
        self.forced: list[tuple[int, str]] = []  # (status, body) answered next, in order
        self.requests: list[tuple[str, str]] = []
        self.hold_after: int | None = None  # hold the n-th signature answer (kill tests)
        self.holding = threading.Event()
        self._ids = itertools.count(1)
        server.expect_request(re.compile(r"/api/v2/.*")).respond_with_handler(self.handle)

    @property
    def petition_url(self) -> str:
        return self.server.url_for(f"/api/v2/petitions/{PETITION}")

    def handle(self, request: Request) -> Response:
        self.requests.append((request.method, request.path))
        if request.headers.get("OSDI-API-Token") != API_KEY:
            return _json(401, {"error": "API Key invalid or not present"})
        if self.forced:
            status, body = self.forced.pop(0)
            return Response(body, status=status, content_type="application/json")
        path, method = request.path, request.method
        if path == "/api/v2/tags" and method == "GET":
            return self._tags(request)
        if path == "/api/v2/people" and method == "GET":
            match = re.fullmatch(r"email_address eq '(.*)'", request.args.get("filter", ""))
            email = match.group(1).replace("''", "'") if match else ""
            found = self.people.get(email)
            people = [{"identifiers": [f"action_network:{found['id']}"]}] if found else []
            return _json(200, {"_embedded": {"osdi:people": people}})
        if path == "/api/v2/people" and method == "POST":
            person = json.loads(request.data)["person"]
            record = self._person(person, default_status="subscribed")
            return _json(200, {"identifiers": [f"action_network:{record['id']}"]})
        match = re.fullmatch(r"/api/v2/people/([^/]+)/signatures", path)
        if match and method == "GET":
            signed = [
                {"_links": {"osdi:petition": {"href": self._petition_href(p)}}}
                for (person_id, p) in self.signatures
                if person_id == match.group(1)
            ]
            return _json(200, {"_embedded": {"osdi:signatures": signed}})
        match = re.fullmatch(r"/api/v2/petitions/([^/]+)/signatures", path)
        if match and method == "POST":
            return self._signature(match.group(1), json.loads(request.data))
        return _json(404, {"error": "not found"})

    def _petition_href(self, petition: str) -> str:
        return self.server.url_for(f"/api/v2/petitions/{petition}")

    def _tags(self, request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        names = self.tags[:1] if page == 1 else self.tags[1:]
        links = {"next": {"href": self.server.url_for("/api/v2/tags?page=2")}} if page == 1 else {}
        return _json(
            200, {"_embedded": {"osdi:tags": [{"name": n} for n in names]}, "_links": links}
        )

    def _person(self, person: dict, default_status: str) -> dict:
        address = person["email_addresses"][0]
        email = address["address"]
        record = self.people.get(email)
        if record is None:
            record = {"id": f"p{next(self._ids)}", "status": address.get("status", default_status)}
            self.people[email] = record
        elif "status" in address:
            record["status"] = address["status"]
        return record

    def _signature(self, petition: str, body: dict) -> Response:
        person = body["person"]
        if "@" not in person["email_addresses"][0]["address"]:
            return _json(400, {"error": "Email address is invalid"})
        address = person["email_addresses"][0]
        if address.get("status", "subscribed") != "subscribed":
            return _json(400, {"error": "The only valid status is subscribed"})
        (identifier,) = body["identifiers"]
        self.signature_posts[identifier] += 1
        record = self._person(person, default_status="subscribed")
        self.tags_added += [t for t in body.get("add_tags", []) if t in self.tags]
        self.autoresponses += bool(body.get("triggers", {}).get("autoresponse", {}).get("enabled"))
        key = (record["id"], petition)
        self.signatures.setdefault(key, f"s{next(self._ids)}")
        if self.hold_after is not None and len(self.signatures) == self.hold_after:
            self.holding.set()
            threading.Event().wait(5)  # the pusher is killed while it waits for this answer
        return _json(201, {"identifiers": [f"action_network:{self.signatures[key]}"]})


def _json(status: int, body: dict) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/hal+json")
