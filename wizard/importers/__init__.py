"""Bring accounts in from the client's own lists: CSV, XLSX and plain lists of URLs.

The pipeline has three steps so that the GUI can show a live preview and the CLI can print a
report before anything changes:

1. :func:`~wizard.importers.sources.read_source` reads the file into a :class:`Table`
   (hostile files are refused with :class:`ImportFileError` before any parsing);
2. :func:`~wizard.importers.plan.build_plan` maps columns, recognises platforms, validates
   values and finds duplicates, giving an :class:`ImportPlan`;
3. :func:`~wizard.importers.plan.apply_plan` is the only step that changes the audit.

Nothing here imports openpyxl until an xlsx file is actually read.
"""

from __future__ import annotations

from wizard.importers.errors import ImportCancelled, ImportFileError

__all__ = ["ImportCancelled", "ImportFileError"]
