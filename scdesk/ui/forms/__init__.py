"""Forms: each collects a record, shows its rules inline as the user types, keeps a draft, and
saves through one service call."""
