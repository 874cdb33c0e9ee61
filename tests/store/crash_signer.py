"""Child process for the crash test: sign in a loop, print each id only after its commit."""

import os
import sys

os.environ["PETITION_KIOSK_FAST_KDF"] = "1"

from kiosk.app.services import open_services as open_kiosk
from kiosk.core.models import SignatureDraft
from kiosk.settings import load_settings


def main() -> None:
    kiosk = open_kiosk(load_settings(data_dir=sys.argv[1]))
    n = 0
    while True:
        n += 1
        draft = SignatureDraft(
            {"first_name": "Crash", "last_name": f"Test {n}"},
            True,
            n % 2 == 0,
            strokes=[[(0.1, 0.1, 0.5), (0.9, 0.9, 0.5)]],
        )
        receipt = kiosk.signing.sign(draft)
        sys.stdout.write(receipt.signature_id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
