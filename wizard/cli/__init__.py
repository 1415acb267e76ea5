"""The ``vigie`` command: :mod:`wizard.cli.main` parses it and runs one module per subcommand.

What every subcommand that changes a session shares is in :mod:`wizard.cli.support`; what they
print goes through :mod:`wizard.cli.terminal`.
"""
