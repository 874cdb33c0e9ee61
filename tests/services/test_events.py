from tests.conftest import make_draft


def test_events_group_signatures_and_counts_follow(kiosk):
    kiosk.signing.sign(make_draft())
    first = kiosk.events.current()
    second = kiosk.events.start("Union hall", "Leeds")
    kiosk.signing.sign(make_draft())
    kiosk.signing.sign(make_draft())
    assert kiosk.signing.counts() == (2, 3)
    events = kiosk.events.list()
    assert [e.signature_count for e in events] == [1, 2]
    assert not events[0].is_open and events[1].is_open
    kiosk.events.rename(second.id, "Union hall AGM", "Leeds")
    assert kiosk.events.current().name == "Union hall AGM"
    assert first is not None and first.name.startswith("Event ")
