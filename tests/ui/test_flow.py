"""The real screens, driven as an attendee and a volunteer would."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

from kiosk.core.record_codec import decode_record
from kiosk.crypto import unseal
from kiosk.store import repository as repo
from kiosk.store.database import new_session_factory
from tests.conftest import PASSPHRASE


def _field(window, key) -> QLineEdit:
    return window.findChild(QLineEdit, f"field_{key}")


def _button(window, name) -> QPushButton:
    return window.findChild(QPushButton, name)


def _records(kiosk):
    key = kiosk.keys.unlock(PASSPHRASE)
    with new_session_factory(kiosk.engine)() as session:
        return [decode_record(unseal(r.sealed, key, r.uuid)) for r in repo.iter_sealed(session)]


def _type(qtbot, field, text):
    """Type as a keyboard would; non-ASCII arrives as an input-method commit (as from an IME
    or on-screen keyboard), since QTest can only synthesise ASCII key presses."""
    field.setFocus()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(field, event)


def _fill(qtbot, window, **values):
    for key, text in values.items():
        _type(qtbot, _field(window, key), text)


def _draw(qtbot, pad):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 60))
    for x in range(50, 300, 25):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 50)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 80))


def test_sign_with_drawn_signature_then_thank_you_then_welcome(qtbot, window, ready_kiosk):
    assert window.current_screen().objectName() == "welcomeScreen"
    qtbot.mouseClick(_button(window, "startSigning"), Qt.MouseButton.LeftButton)
    assert window.current_screen().objectName() == "signScreen"
    _fill(qtbot, window, first_name="Zoë", last_name="O'Brien", email="zoe@example.org")
    window.findChild(QCheckBox, "consentSign").setChecked(True)
    window.findChild(QCheckBox, "consentMailing").setChecked(True)
    _draw(qtbot, window.sign.pad)
    qtbot.mouseClick(_button(window, "submitSignature"), Qt.MouseButton.LeftButton)
    assert window.current_screen().objectName() == "thanksScreen"
    (record,) = _records(ready_kiosk)
    assert record.fields["first_name"] == "Zoë" and record.fields["email"] == "zoe@example.org"
    assert record.consent_mailing and len(record.strokes) == 1 and len(record.strokes[0]) > 5
    assert "Your number: 1" in window.findChild(QLabel, "thanksDetail").text()
    qtbot.mouseClick(_button(window, "thanksDone"), Qt.MouseButton.LeftButton)
    assert window.current_screen().objectName() == "welcomeScreen"
    assert "At this event: 1" in window.welcome.count.text()


def test_the_seal_key_agreement_is_made_as_the_form_opens_and_used_by_its_signature(
    qtbot, window, ready_kiosk
):
    qtbot.mouseClick(_button(window, "startSigning"), Qt.MouseButton.LeftButton)
    (prepared,) = ready_kiosk.signing._prepared  # made before anything was typed
    _fill(qtbot, window, first_name="Zoë", last_name="O'Brien")
    window.findChild(QCheckBox, "consentSign").setChecked(True)
    qtbot.mouseClick(_button(window, "submitSignature"), Qt.MouseButton.LeftButton)
    assert window.current_screen().objectName() == "thanksScreen"
    assert ready_kiosk.signing._prepared == []
    with ready_kiosk.engine.connect() as connection:
        sealed = connection.exec_driver_sql("SELECT sealed FROM signatures").scalar_one()
    assert sealed[1:33] == prepared.enc


def test_thank_you_returns_to_welcome_by_itself(qtbot, window):
    window.start_signing()
    _fill(qtbot, window, first_name="Ann", last_name="Lee")
    window.findChild(QCheckBox, "consentSign").setChecked(True)
    window.sign.submit()
    window.thanks.timer.setInterval(50)
    window.thanks.timer.start()
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=2000)


def test_validation_errors_show_next_to_fields_and_store_nothing(qtbot, window, ready_kiosk):
    window.start_signing()
    _fill(qtbot, window, first_name="Ann\u202e", email="not-an-email")
    window.findChild(QCheckBox, "consentMailing").setChecked(True)
    window.sign.submit()
    assert window.current_screen() is window.sign
    errors = {
        k: window.findChild(QLabel, f"error_{k}")
        for k in ("first_name", "last_name", "email", "consent_sign")
    }
    assert all(label.isVisibleTo(window) and label.text() for label in errors.values())
    assert "direction" in errors["first_name"].text()
    assert "required" in errors["last_name"].text()
    assert _records(ready_kiosk) == []
    # Fixing a field clears its message as soon as the attendee types; ticking the box clears
    # the consent's. The messages keep their room, so nothing on the form moves.
    places = {key: widget.geometry() for key, widget in window.sign.inputs.items()}
    pad = window.sign.pad.geometry()
    qtbot.keyClicks(_field(window, "last_name"), "Lee")
    assert errors["last_name"].text() == ""
    qtbot.mouseClick(window.findChild(QCheckBox, "consentSign"), Qt.MouseButton.LeftButton)
    assert errors["consent_sign"].text() == ""
    window.sign.wipe()
    qtbot.wait(1)
    assert {key: w.geometry() for key, w in window.sign.inputs.items()} == places
    assert window.sign.pad.geometry() == pad


def test_mailing_consent_is_separate_and_unticked(qtbot, window, ready_kiosk):
    window.start_signing()
    sign, mailing = (window.findChild(QCheckBox, n) for n in ("consentSign", "consentMailing"))
    assert not sign.isChecked() and not mailing.isChecked()
    _fill(qtbot, window, first_name="Ann", last_name="Lee", email="ann@example.org")
    sign.setChecked(True)
    window.sign.submit()
    (record,) = _records(ready_kiosk)
    assert record.consent_sign and not record.consent_mailing


def test_next_attendee_cannot_undo_back_to_the_previous_one(qtbot, window):
    window.start_signing()
    _fill(qtbot, window, first_name="Secret", last_name="Person")
    window.findChild(QCheckBox, "consentSign").setChecked(True)
    window.sign.submit()
    window.go_welcome()
    window.start_signing()
    for key in ("first_name", "last_name"):
        field = _field(window, key)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == ""
        assert not field.isUndoAvailable() and not field.isRedoAvailable()


def test_back_button_wipes_the_form(qtbot, window):
    window.start_signing()
    _fill(qtbot, window, first_name="Half", last_name="Done")
    _draw(qtbot, window.sign.pad)
    window.findChild(QCheckBox, "consentMailing").setChecked(True)
    qtbot.mouseClick(_button(window, "backButton"), Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.welcome
    assert not window.sign.has_input()
    assert window.sign.pad.is_empty()


def test_idle_timeout_warns_then_wipes(qtbot, quick_idle_window):
    window = quick_idle_window
    window.start_signing()
    _fill(qtbot, window, first_name="Idle", last_name="Person")
    window.sign.pad.clear()
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    assert "cleared" in window.overlay.detail.text()
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=4000)
    assert not window.sign.has_input()
    assert not window.overlay.isVisible()


def test_still_here_keeps_the_form(qtbot, quick_idle_window):
    window = quick_idle_window
    window.start_signing()
    _fill(qtbot, window, first_name="Still")
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    qtbot.mouseClick(_button(window, "stillHere"), Qt.MouseButton.LeftButton)
    assert not window.overlay.isVisible()
    assert window.current_screen() is window.sign
    assert _field(window, "first_name").text() == "Still"


def test_save_failure_says_so_and_keeps_nothing_on_screen(qtbot, window, caplog):
    from sqlalchemy.exc import OperationalError

    def broken(_draft):
        raise OperationalError("INSERT ... Secret Person", {}, Exception("disk I/O error"))

    window.sign._submit = broken
    window.start_signing()
    _fill(qtbot, window, first_name="Secret", last_name="Person")
    window.findChild(QCheckBox, "consentSign").setChecked(True)
    window.sign.submit()
    assert window.current_screen().objectName() == "errorScreen"
    assert "volunteer" in window.message.body.text()
    assert not window.sign.has_input()
    assert "Secret" not in caplog.text and "OperationalError" in caplog.text


def test_escape_and_close_do_nothing_without_the_pin(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    assert window.isVisible()
    window.exit_kiosk()
    assert not window.isVisible()


def test_context_menus_are_off_on_inputs(window):
    for edit in window.sign.inputs.values():
        assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        assert edit.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
        assert edit.inputMethodHints() & Qt.InputMethodHint.ImhNoPredictiveText


def test_the_idle_warning_hides_the_form_behind_it(qtbot, quick_idle_window):
    window = quick_idle_window
    window.start_signing()
    field = _field(window, "first_name")
    field.setText("W" * 30)
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    image = window.grab().toImage()
    corner = field.mapTo(window, field.rect().topLeft())
    # Wherever the form was, the opaque overlay is all that shows.
    colours = {
        image.pixelColor(corner.x() + dx, corner.y() + dy).name()
        for dx in range(0, field.width(), 17)
        for dy in range(0, field.height(), 7)
    }
    assert colours == {"#181818"}
