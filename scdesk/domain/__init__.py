"""Typed records and the rules on them: plain Python, no Qt, no sessions."""
