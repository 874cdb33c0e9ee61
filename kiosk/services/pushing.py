"""Pushing signers to an Action Network petition, exactly once.

The inputs are opened and de-duplicated the way ``merge`` opens them.  Each signer with an
email becomes one signature on the petition through the record signature helper:

* signers who ticked the mailing box are sent with email status ``subscribed``;
* signers who did not are never subscribed: a person Action Network does not know yet is
  first added *unsubscribed* (person signup helper), and the signature helper leaves an
  existing person's status as it is when no status is sent;
* tags are added only when they exist on the list; autoresponses only when asked.

The push ledger makes a rerun, or a run after a kill, send nothing twice.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.campaign import Campaign
from kiosk.core.exporting import Progress, no_progress, plural
from kiosk.core.models import OpenedSignature
from kiosk.export.action_network import ActionNetwork, PushError, PushRefused
from kiosk.export.csv_files import person as people_row
from kiosk.services.merging import MergeReport, collect
from kiosk.store.push_ledger import SENDING, SENT, PushLedger

log = logging.getLogger(__name__)

IDENTIFIER_SYSTEM = "petition_kiosk"


@dataclass
class PushReport:
    sent: int = 0
    already_sent: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    missing_tags: list[str] = field(default_factory=list)
    stopped: str = ""  # why the run stopped early (safe to rerun)
    would_send: list[str] = field(default_factory=list)  # --dry-run
    inputs: MergeReport | None = None

    def lines(self) -> list[str]:
        out = list(self.would_send)
        if self.missing_tags:
            out.append(f"tags not on the list, left out: {', '.join(self.missing_tags)}")
        out.append(
            f"sent: {self.sent:,}; already sent: {self.already_sent:,}; "
            f"refused: {sum(self.refused.values()):,}"
        )
        out += [f"  refused, {reason}: {plural(n, 'signer')}" for reason, n in self.refused.items()]
        if self.stopped:
            out.append(f"stopped early: {self.stopped}")
        return out


def an_person(campaign: Campaign, item: OpenedSignature) -> dict:
    """The OSDI person for one signer (status only for those who opted in)."""
    row = people_row(campaign, item)
    email: dict = {"address": row["email"], "primary": True}
    if row["email_opt_in"] == "Y":
        email["status"] = "subscribed"
    person: dict = {
        "identifiers": [f"{IDENTIFIER_SYSTEM}:{item.uuid}"],
        "given_name": row["first_name"],
        "family_name": row["last_name"],
        "email_addresses": [email],
        "languages_spoken": [row["language"]],
    }
    if row["zip_code"] or row["country"]:
        address = {"postal_code": row["zip_code"], "country": row["country"]}
        person["postal_addresses"] = [{k: v for k, v in address.items() if v}]
    return person


def _masked(text: str) -> str:
    return " ".join(w[:1] + "***" for w in text.split())


def push(
    paths: list[Path],
    campaign: Campaign,
    private_keys: list[X25519PrivateKey],
    client: ActionNetwork,
    ledger_path: Path,
    *,
    tags: list[str] | None = None,
    autoresponse: bool = False,
    dry_run: bool = False,
    show_names: bool = False,
    progress: Progress = no_progress,
    **trust,
) -> PushReport:
    inputs = collect(paths, campaign, private_keys, **trust)
    report = PushReport(inputs=inputs)
    signers = inputs.result.kept
    if dry_run:
        for item in signers:
            person = an_person(campaign, item)
            who = f"{person['given_name']} {person['family_name']}"
            email = person["email_addresses"][0]
            report.would_send.append(
                f"would send {item.uuid}: {who if show_names else _masked(who)}, "
                f"{'subscribed' if email.get('status') else 'not subscribed'}"
                + ("" if email["address"] else " (no email: would be refused)")
            )
        return report
    wanted = [t for t in (tags or []) if t]
    existing = client.tags() if wanted else set()
    report.missing_tags = [t for t in wanted if t not in existing]
    usable = [t for t in wanted if t in existing]
    ledger = PushLedger(ledger_path, client.petition_url)
    try:
        for done, item in enumerate(signers, 1):
            try:
                _push_one(campaign, client, ledger, item, usable, autoresponse, report)
            except PushError as exc:
                report.stopped = str(exc)
                break
            progress(done, len(signers))
    finally:
        ledger.close()
    log.info("push: %s sent, %s already, %s refused", report.sent, report.already_sent,
             sum(report.refused.values()))  # fmt: skip
    return report


def _push_one(
    campaign: Campaign,
    client: ActionNetwork,
    ledger: PushLedger,
    item: OpenedSignature,
    tags: list[str],
    autoresponse: bool,
    report: PushReport,
) -> None:
    state = ledger.state(item.uuid)
    if state == SENT:
        report.already_sent += 1
        return
    person = an_person(campaign, item)
    email = person["email_addresses"][0]["address"]
    if not email:
        report.refused["no email (Action Network needs one)"] += 1
        return
    person_id: str | None = None
    if state == SENDING:  # a run was killed mid-send: did it reach Action Network?
        person_id = client.find_person(email)
        if person_id and client.petition_url in client.signed_petitions(person_id):
            ledger.sent(item.uuid, f"{person_id} (confirmed after an interruption)")
            report.already_sent += 1
            return
    ledger.sending(item.uuid)
    try:
        if "status" not in person["email_addresses"][0]:
            person_id = person_id or client.find_person(email)
            if person_id is None:
                client.add_unsubscribed_person(person)
        signature = client.record_signature(
            person, f"{IDENTIFIER_SYSTEM}:{item.uuid}", tags, autoresponse
        )
    except PushRefused as exc:
        reason = str(exc)
        ledger.refused(item.uuid, reason)
        report.refused[reason] += 1
        return
    ledger.sent(item.uuid, signature)
    report.sent += 1
