"""Pushing signers to Action Network: exactly once, opted-in only subscribed, polite to the API,
and the API key nowhere but its header."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.core.exporting import ExportRequest
from kiosk.core.models import SignatureDraft
from kiosk.export.action_network import ActionNetwork
from kiosk.services import pushing
from tests.conftest import PASSPHRASE
from tests.export.fake_action_network import API_KEY, FakeActionNetwork

ROOT = Path(__file__).resolve().parents[2]
# These bundles come from a kiosk the tests never register (trust is tested in test_trust).
push = functools.partial(pushing.push, accept_unknown_kiosks=True)


@pytest.fixture
def an(httpserver):
    return FakeActionNetwork(httpserver)


@pytest.fixture
def bundle(kiosk, tmp_path):
    """Eight signers: six with an email (three opted in), two without."""
    for n in range(8):
        fields = {"first_name": "Signer", "last_name": f"Number {n}"}
        if n < 6:
            fields["email"] = f"signer{n}@example.org"
        kiosk.signing.sign(SignatureDraft(fields, True, n % 2 == 0 and n < 6))
    out = tmp_path / "usb"
    out.mkdir()
    return kiosk.exports.export(ExportRequest(out, ("bundle",))).files[0].path


def _client(an, **kwargs) -> ActionNetwork:
    slept: list[float] = []
    options = {"rate": 1000.0, "backoff": 0.001, "sleep": slept.append, **kwargs}
    client = ActionNetwork(an.petition_url, API_KEY, **options)
    client.slept = slept  # type: ignore[attr-defined]
    return client


def test_each_signer_signs_once_and_only_opt_ins_are_subscribed(kiosk, an, bundle, tmp_path):
    key = kiosk.keys.unlock(PASSPHRASE)
    ledger = tmp_path / "org" / "push.sqlite"
    report = push([bundle], kiosk.campaign, [key], _client(an), ledger, tags=["kiosk", "nope"])
    assert report.sent == 6 and not report.stopped
    assert report.refused == {"no email (Action Network needs one)": 2}
    assert report.missing_tags == ["nope"]
    assert set(an.tags_added) == {"kiosk"}
    assert an.autoresponses == 0  # only with --trigger-autoresponse
    statuses = {email: p["status"] for email, p in an.people.items()}
    assert statuses == {
        f"signer{n}@example.org": "subscribed" if n % 2 == 0 else "unsubscribed" for n in range(6)
    }
    assert len(an.signatures) == 6 and set(an.signature_posts.values()) == {1}
    assert all(i.startswith("petition_kiosk:") for i in an.signature_posts)
    again = push([bundle], kiosk.campaign, [key], _client(an), ledger)
    assert (again.sent, again.already_sent) == (0, 6)
    assert set(an.signature_posts.values()) == {1}  # a rerun sends nothing twice


def test_an_existing_subscriber_who_did_not_opt_in_here_stays_subscribed(
    kiosk, an, bundle, tmp_path
):
    an.people["signer1@example.org"] = {"id": "p-old", "status": "subscribed"}
    key = kiosk.keys.unlock(PASSPHRASE)
    push([bundle], kiosk.campaign, [key], _client(an), tmp_path / "push.sqlite")
    assert an.people["signer1@example.org"]["status"] == "subscribed"


def test_autoresponses_only_when_asked(kiosk, an, bundle, tmp_path):
    key = kiosk.keys.unlock(PASSPHRASE)
    client = _client(an)
    push([bundle], kiosk.campaign, [key], client, tmp_path / "l.sqlite", autoresponse=True)
    assert an.autoresponses == 6


def test_a_429_storm_backs_off_and_then_goes_through(kiosk, an, bundle, tmp_path):
    an.forced = [(429, '{"error": "slow down"}')] * 4 + [(503, "{}")]
    client = _client(an)
    key = kiosk.keys.unlock(PASSPHRASE)
    report = push([bundle], kiosk.campaign, [key], client, tmp_path / "push.sqlite")
    assert report.sent == 6 and not report.stopped
    assert len(client.backoffs) == 5  # every 429 and 5xx waited before the retry
    assert client.backoffs[3] > client.backoffs[0]  # and longer each time (jitter included)


def test_a_storm_that_never_ends_stops_the_run_safely(kiosk, an, bundle, tmp_path):
    an.forced = [(429, "{}")] * 1000
    key = kiosk.keys.unlock(PASSPHRASE)
    report = push([bundle], kiosk.campaign, [key], _client(an, attempts=3), tmp_path / "l.sqlite")
    assert report.sent == 0 and "kept failing (HTTP 429)" in report.stopped


def test_refusals_are_counted_with_the_reason_and_the_run_goes_on(kiosk, an, bundle, tmp_path):
    an.forced = [(400, '{"error": "Email address is invalid"}')]
    key = kiosk.keys.unlock(PASSPHRASE)
    report = push([bundle], kiosk.campaign, [key], _client(an), tmp_path / "push.sqlite")
    assert report.sent == 5
    assert any("HTTP 400 (Email address is invalid)" in r for r in report.refused)


def test_a_malformed_answer_stops_and_the_rerun_checks_before_sending(kiosk, an, bundle, tmp_path):
    key = kiosk.keys.unlock(PASSPHRASE)
    ledger = tmp_path / "push.sqlite"
    an.forced = [(201, "<html>oops</html>")]
    first = push([bundle], kiosk.campaign, [key], _client(an), ledger)
    assert "not JSON" in first.stopped
    second = push([bundle], kiosk.campaign, [key], _client(an), ledger)
    assert second.sent + second.already_sent == 6
    assert sum(an.signature_posts.values()) == 6


def test_the_rate_stays_at_four_requests_a_second(an):
    clock = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    client = ActionNetwork(an.petition_url, API_KEY, sleep=sleep, clock=lambda: clock[0])
    for _ in range(9):
        client.tags()
    assert client.requests == 18  # two pages each
    assert clock[0] >= (18 - 1) / 4


def test_dry_run_sends_nothing_and_hides_names(kiosk, an, bundle, tmp_path):
    key = kiosk.keys.unlock(PASSPHRASE)
    report = push([bundle], kiosk.campaign, [key], _client(an), tmp_path / "l.sqlite", dry_run=True)
    assert an.requests == []
    text = "\n".join(report.lines())
    assert "S*** N*** 0***" in text and "Signer" not in text
    shown = push(
        [bundle], kiosk.campaign, [key], _client(an), tmp_path / "l.sqlite",
        dry_run=True, show_names=True,
    )  # fmt: skip
    assert "Signer Number 0" in "\n".join(shown.lines())


def _push_cli(bundle, an, key_file, passphrase_file, api_key_file, ledger):
    return [
        sys.executable, "-m", "kiosk", "push", "action-network", str(bundle),
        "--petition-url", an.petition_url, "--api-key-file", str(api_key_file),
        "--key", str(key_file), "--passphrase-file", str(passphrase_file),
        "--ledger", str(ledger), "--tag", "kiosk", "--accept-unknown-kiosks",
    ]  # fmt: skip


@pytest.mark.slow
def test_a_push_killed_mid_request_resumes_with_no_duplicate(
    kiosk, an, bundle, tmp_path, passphrase_file
):
    api_key_file = tmp_path / "an.key"
    api_key_file.write_text(API_KEY + "\n")
    ledger = tmp_path / "org" / "push.sqlite"
    command = _push_cli(
        bundle, an, kiosk.settings.private_key_path, passphrase_file, api_key_file, ledger
    )
    env = {**os.environ, "PETITION_KIOSK_FAST_KDF": "1"}
    an.hold_after = 3  # Action Network has recorded the third signature; its answer is held
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    assert an.holding.wait(60), "the push never reached the third signature"
    child.kill()
    child.wait()
    an.hold_after = None
    time.sleep(0.1)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "already sent: 3" in result.stdout and "sent: 3;" in result.stdout
    assert len(an.signatures) == 6
    assert set(an.signature_posts.values()) == {1}, an.signature_posts  # zero duplicates
    # The API key never appears in output, logs or the ledger.
    assert API_KEY not in result.stdout + result.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != api_key_file:
            assert API_KEY.encode() not in path.read_bytes(), path
