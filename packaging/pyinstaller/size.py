"""Print the frozen folder's size, and fail when it is over the budget (in MB)."""

import sys
from pathlib import Path

folder, budget = Path(sys.argv[1]), float(sys.argv[2])
size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
print(f"frozen size: {size / 1e6:.0f} MB unpacked (budget {budget:.0f} MB)")
sys.exit(0 if size <= budget * 1e6 else 1)
