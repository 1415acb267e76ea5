"""The audit itself: its typed records, the text gate, labels, reversible edits and checks.

:mod:`wizard.audit.model` is the data; :mod:`wizard.audit.text` the one gate user text passes;
:mod:`wizard.audit.edits` the small reversible changes the GUI and importers make;
:mod:`wizard.audit.labels` the bilingual names of stored values.
"""
