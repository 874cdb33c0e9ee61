"""The frozen app's entry point: the same CLI as ``petition-kiosk`` in a virtualenv."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Sheet and merge workers are spawned processes: in a frozen app each one starts this same
    # executable, and freeze_support() turns it into the worker instead of a second kiosk.
    multiprocessing.freeze_support()
    from kiosk.cli import main

    sys.exit(main())
