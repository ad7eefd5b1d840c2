"""Pledge Tracker: holds the Christchurch Call's supporters to account."""

__version__ = "0.1.0"
