"""File → Merge with Another Session: the dialog, its conflict tables and the readable
names of what a merge compares."""
