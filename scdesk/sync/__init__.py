"""Bundles, merge and conflicts: the exchange of records between devices (built on store)."""
