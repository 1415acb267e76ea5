"""File → Import Client Workbook: the review dialog and its table of proposed changes."""
