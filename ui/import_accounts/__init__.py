"""File → Import Accounts: the dialog, its table models and views, and the worker step that
applies a plan as one undo step."""
