"""Data of the demonstration audit, one module per part; ``tools/build_demo.py`` assembles it.

The demo is long hand-written data (about 1,700 lines); split by part of the audit so that
each can be read and edited on its own. Nothing here computes: hashes, evidence links and
validation against the model are done by the builder.
"""
