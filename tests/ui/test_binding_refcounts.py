"""A kiosk runs for days: a Qt binding that leaks or drops references to None would
crash it ("deallocating None") after some thousands of signers.  PySide6 6.12.0 did."""

import sys

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qtbot):
    edit, box = QLineEdit(), QCheckBox()
    qtbot.addWidget(edit)
    qtbot.addWidget(box)
    before = sys.getrefcount(None)
    for _ in range(500):
        edit.setText("")
        edit.setModified(False)
        box.setChecked(False)
    assert abs(sys.getrefcount(None) - before) < 50
