"""Organizer outputs: PDF signature sheets, platform CSVs, sealed bundles, merging."""
