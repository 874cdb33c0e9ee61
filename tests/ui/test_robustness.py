"""The kiosk stays up and says something calm, whatever happens."""

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from kiosk.app.gui import _install_excepthook, acquire_instance_lock


def test_one_kiosk_per_data_folder(tmp_path):
    first = acquire_instance_lock(tmp_path)
    assert first is not None
    assert acquire_instance_lock(tmp_path) is None
    first.unlock()
    second = acquire_instance_lock(tmp_path)
    assert second is not None
    second.unlock()


def test_unexpected_error_shows_a_calm_screen_without_personal_data(window, caplog):
    old_hook = sys.excepthook
    try:
        _install_excepthook(window)
        window.start_signing()
        window.sign.inputs["first_name"].setText("Private Name")
        try:
            raise RuntimeError("boom with Private Name inside")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    assert window.current_screen().objectName() == "errorScreen"
    assert "volunteer" in window.message.body.text()
    assert not window.sign.has_input()
    assert "RuntimeError" in caplog.text and "Private Name" not in caplog.text


def test_stylus_pressure_is_recorded(qtbot, window):
    window.start_signing()
    pad = window.sign.pad
    device = QPointingDevice.primaryPointingDevice()
    for kind, x, pressure in (
        (QTabletEvent.Type.TabletPress, 20, 0.9),
        (QTabletEvent.Type.TabletMove, 120, 0.8),
        (QTabletEvent.Type.TabletRelease, 120, 0.0),
    ):
        event = QTabletEvent(
            kind,
            device,
            QPointF(x, 40),
            pad.mapToGlobal(QPointF(x, 40)),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)
    (stroke,) = pad.strokes()
    assert [round(p, 1) for _, _, p in stroke] == [0.9, 0.8]


def test_finger_drawing_on_the_pad_is_recorded(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    window.start_signing()
    pad = window.sign.pad
    finger = QTest.createTouchDevice()
    # Touches go to the window (as a screen delivers them); Qt routes them to the pad.
    at = lambda x, y: pad.mapTo(window, QPoint(x, y))  # noqa: E731
    QTest.touchEvent(window, finger).press(0, at(30, 50)).commit()
    for x in range(40, 200, 20):
        QTest.touchEvent(window, finger).move(0, at(x, 50 + x % 30)).commit()
    QTest.touchEvent(window, finger).release(0, at(200, 60)).commit()
    (stroke,) = pad.strokes()
    assert len(stroke) >= 8
    assert stroke[0][0] < stroke[-1][0]  # drawn left to right, in pad proportions
    # Rounded as drawn (to 1/10,000 of the pad), so Sign has no per-point work left.
    assert all(round(v, 4) == v for point in stroke for v in point[:2])
    assert all(round(point[2], 3) == point[2] for point in stroke)


def test_a_lock_file_that_cannot_be_written_is_not_already_running(tmp_path, qapp):
    import pytest

    from kiosk.app.gui import LockProblem, acquire_instance_lock

    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.lock").mkdir()  # a directory where the lock file goes: it cannot be made
    with pytest.raises(LockProblem, match="cannot be written"):
        acquire_instance_lock(data)
    other = tmp_path / "other"
    held = acquire_instance_lock(other)
    assert held is not None
    assert acquire_instance_lock(other) is None  # a live holder: "already running"
    held.unlock()
