import sys

from kiosk.cli import main

# Guarded: the PDF export's worker processes re-import the main module when they start.
if __name__ == "__main__":
    sys.exit(main())
