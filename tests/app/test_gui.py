"""The composition root hands the window every call the screens' ports name."""

import typing

from kiosk.app.gui import ports_for
from kiosk.ui import ports as ui_ports


def test_the_real_services_fill_every_port(kiosk):
    built = ports_for(kiosk)
    hints = typing.get_type_hints(ui_ports.KioskPorts, vars(ui_ports))
    for name, kind in hints.items():
        if not getattr(kind, "_is_protocol", False):
            continue
        members = [m for m in vars(kind) if not m.startswith("_")]
        target = getattr(built, name)
        missing = [m for m in members if not hasattr(target, m)]
        assert members and missing == [], f"{name}: {missing}"


def test_the_screens_get_the_settings_they_follow(kiosk):
    built = ports_for(kiosk)
    assert built.options.idle_timeout_s == kiosk.settings.idle_timeout_s
    assert built.options.thanks_seconds == kiosk.settings.thanks_seconds
    assert built.campaign is kiosk.campaign
