"""The Qt kiosk.  Screens talk to services passed in from kiosk.app; never to the store."""
