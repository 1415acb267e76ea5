"""Shared builders and drivers for tests, imported as ``helpers.<module>``.

``tests/`` is on ``sys.path`` through ``pythonpath`` in pyproject.toml's pytest settings; test
folders are not (``--import-mode=importlib``), so a helper lives here or nowhere.
"""
