"""Vigie's audit engine: everything the app does to an audit, without a screen (no Qt)."""

import os

from wizard.pydantic_plugins import refuse_plugins

__version__ = "0.1.0"

# No pydantic plugin receives audit data (and none is looked for): before any wizard module
# imports pydantic, which they all do after this package.
refuse_plugins()

# python-docx (the written report) brings lxml, and openpyxl switches its XML engine to lxml
# by itself when lxml is importable. Keep openpyxl on the standard library + defusedxml path
# the workbook export and the returned-workbook reader were built and tested on (same output,
# defusedxml's guards on untrusted files). Read by openpyxl when it is first imported, which
# only wizard modules do, after this package. OPENPYXL_LXML=True in the environment overrides.
os.environ.setdefault("OPENPYXL_LXML", "False")
