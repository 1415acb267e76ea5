"""The ``.vigie`` session file: opened, checked, migrated, saved atomically, locked, recovered.

:mod:`wizard.sessions.store` is the API (open, save, lock); the other modules are its parts:
the zip container and its pre-checks, the strict and fast JSON readers, migrations of older
shapes, atomic replacement, the lock file and recovery copies (format: docs/session-format.md).
"""
