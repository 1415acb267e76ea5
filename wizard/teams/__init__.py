"""Two auditors, one audit: the three-way merge of their sessions, field by field, item by item."""
