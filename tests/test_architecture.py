"""The package boundaries: import-linter's contracts hold, and would catch a breach."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_MODULE_LINES = 400

needs_linter = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason="import-linter is not installed (pip install -e '.[dev]')"
)


def _lint(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
    )


@needs_linter
def test_every_import_contract_is_kept():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@needs_linter
@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("kiosk/ui/welcome_screen.py", "import kiosk.store.database", "ui is a view"),
        ("kiosk/ui/sign_screen.py", "from kiosk import services", "ui is a view"),
        ("kiosk/core/models.py", "import sqlalchemy", "core is plain Python"),
        ("kiosk/export/bundle.py", "import PySide6.QtCore", "export knows no database"),
        ("kiosk/store/repository.py", "import kiosk.services.pin", "one direction"),
    ],
)
def test_a_boundary_breach_breaks_a_contract(tmp_path, module, line, contract):
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "kiosk", copy / "kiosk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = _lint(copy)
    assert result.returncode != 0
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout


def test_no_module_is_over_400_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "kiosk").rglob("*.py")
        if "migrations" not in path.parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_everything_below_the_ui_runs_without_qt():
    code = (
        "import pkgutil, importlib, sys, kiosk\n"
        "for m in pkgutil.walk_packages(kiosk.__path__, 'kiosk.'):\n"
        "    if m.name.split('.')[1] in ('ui', 'app', 'bench', 'devtools', '__main__'):\n"
        "        continue\n"
        "    if 'migrations' in m.name:\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
