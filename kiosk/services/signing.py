"""Taking a signature: validate, seal, commit durably, and only then hand back a receipt."""

from __future__ import annotations

import base64
import logging
import secrets
import sqlite3
import uuid
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk.campaign import Campaign
from kiosk.core.models import Event, Receipt, SignatureDraft, SignerRecord
from kiosk.core.record_codec import encode_record
from kiosk.core.validation import validate_for_sealing
from kiosk.crypto import (
    Encapsulation,
    encapsulate,
    identity_bytes,
    identity_fingerprint,
    key_id,
    new_identity,
    public_identity,
    raw_public,
    record_statement,
    seal,
    sign_statement,
)
from kiosk.store.signature_writer import Sealer, SignatureWriter, outer_time, stored_time

log = logging.getLogger(__name__)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


class SealingNotReady(Exception):
    """No organizer public key yet: the first-run setup has not been completed."""


class SigningService:
    def __init__(
        self,
        campaign: Campaign,
        public_key: X25519PublicKey | None,
        writer: SignatureWriter,
    ):
        self._writer = writer
        self.campaign = campaign
        self._public_key: X25519PublicKey | None = None
        self._key_id = ""
        self._public_raw = b""
        # The next record's HPKE key agreement, made while the signer fills in the form.
        self._prepared: list[Encapsulation] = []
        if public_key is not None:
            self.set_public_key(public_key)
        self.kiosk_id = self._load_kiosk_id()
        self._sign_older_rows()

    def _load_kiosk_id(self) -> str:
        """The kiosk's id and identity key, made once, at setup (or on the upgrade of an
        older kiosk)."""
        values = self._writer.ensure_meta(
            {
                "kiosk_id": lambda: f"kiosk-{secrets.token_hex(3)}",
                "identity_key": lambda: _b64(identity_bytes(new_identity())),
                "campaign": lambda: self.campaign.slug,  # for merging later
            }
        )
        self._identity = Ed25519PrivateKey.from_private_bytes(
            base64.b64decode(values["identity_key"])
        )
        public = _b64(public_identity(self._identity))
        self._writer.ensure_meta({"identity_public": lambda: public})
        return values["kiosk_id"]

    @property
    def writer(self) -> SignatureWriter:
        return self._writer

    @property
    def ready(self) -> bool:
        return self._public_key is not None

    def set_public_key(self, public_key: X25519PublicKey) -> None:
        self._prepared = []  # made for the old key
        self._public_key = public_key
        self._public_raw = raw_public(public_key)
        self._key_id = key_id(public_key)  # once, not on every signature

    def prepare(self) -> None:
        """Do now what need not wait for the tap on Sign (the form calls this as it opens):
        the next record's key agreement (60 of the seal's 100 µs; used by one record only,
        so calling again while one waits makes no other) and, when due, the WAL checkpoint
        that would otherwise land in a signer's COMMIT (milliseconds on a tablet)."""
        public_key = self._public_key
        if public_key is not None and not self._prepared:
            self._prepared = [encapsulate(public_key)]
        try:
            self._writer.checkpoint_if_due()
        except sqlite3.Error as exc:  # never keeps the form from opening; SQLite's own runs
            log.warning("checkpoint skipped: %s", type(exc).__name__)

    def _take_prepared(self) -> Encapsulation | None:
        try:
            prepared = self._prepared.pop()  # atomic: two signs never share one
        except IndexError:
            return None
        return prepared if prepared.recipient == self._public_raw else None

    def counts(self) -> tuple[int, int]:
        """(signatures in the open event, signatures stored in total)."""
        return self._writer.counts()

    @property
    def identity_fingerprint(self) -> str:
        return identity_fingerprint(public_identity(self._identity))

    @property
    def identity_public(self) -> bytes:
        return public_identity(self._identity)

    def sign_statement(self, statement: bytes) -> bytes:
        """Sign with this kiosk's identity (bundle manifests)."""
        return sign_statement(self._identity, statement)

    def _sign_older_rows(self) -> None:
        """Rows stored before kiosks signed them are signed once, by this kiosk, at start."""

        def sign(row: tuple) -> bytes:
            _id, uuid_, start, kiosk, outer, key, sealed = row
            statement = record_statement(
                uuid_, stored_time(start), kiosk, stored_time(outer), key, sealed
            )
            return sign_statement(self._identity, statement)

        self._writer.sign_unsigned(sign)

    def _sealer(self, draft: SignatureDraft) -> tuple[Sealer, list[datetime]]:
        """Validate now (outside the transaction); seal once the event is known (inside)."""
        public_key = self._public_key
        if public_key is None:
            raise SealingNotReady("no organizer key has been set up")
        values, strokes, doubles = validate_for_sealing(draft, self.campaign.fields)
        times: list[datetime] = []

        def seal_for(event: Event) -> tuple[str, str, datetime, str, bytes, bytes]:
            signature_id = str(uuid.uuid4())
            signed_at = datetime.now(UTC)
            times.append(signed_at)
            record = SignerRecord(
                fields=values,
                consent_sign=True,
                consent_mailing=draft.consent_mailing,
                privacy_notice_version=self.campaign.privacy_version,
                strokes=strokes,
                language=draft.language,
                signed_at=signed_at,
                event_name=event.name,
                kiosk_id=self.kiosk_id,
                signature_id=signature_id,
            )
            plain = encode_record(record, doubles)
            sealed = seal(plain, public_key, signature_id, self._take_prepared())
            statement = record_statement(
                signature_id,
                stored_time(event.starts_at),
                self.kiosk_id,
                outer_time(signed_at),
                self._key_id,
                sealed,
            )
            signature = sign_statement(self._identity, statement)
            return signature_id, self.kiosk_id, signed_at, self._key_id, sealed, signature

        return seal_for, times

    def sign(self, draft: SignatureDraft) -> Receipt:
        """Validate and seal the draft, commit it durably, and return the receipt.

        Raises ValidationFailed (nothing stored) or SealingNotReady; a database error propagates
        and means the signature was *not* taken.
        """
        seal_for, times = self._sealer(draft)
        # One transaction: the event, the row and its counter cannot disagree.
        event, (signature_id,), event_count, total = self._writer.add(seal_for)
        # The commit has returned: only now is the signature counted as taken.
        log.info("signature stored")
        return Receipt(signature_id, event.id, times[0], event_count, total)

    def sign_many(self, drafts: list[SignatureDraft]) -> int:
        """Store many drafts in one transaction (demo data, benchmarks). All or nothing."""
        sealers = iter([self._sealer(d)[0] for d in drafts])
        self._writer.add(lambda event: next(sealers)(event), count=len(drafts))
        log.info("stored %s signatures", len(drafts))
        return len(drafts)
