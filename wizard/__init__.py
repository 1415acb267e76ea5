"""Vigie's audit engine: everything the app does to an audit, without a screen (no Qt)."""

__version__ = "0.1.0"
