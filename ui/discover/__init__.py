"""File → Discover Accounts from Web Pages…: the dialog, its scan thread and its undo step."""
