"""Shared builders for tests (importable as ``helpers`` because ``tests/`` is on sys.path)."""
