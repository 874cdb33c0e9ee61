"""Developer tools that are not part of the kiosk: screenshots of every screen."""
