"""Messages of merging."""

MESSAGES: dict = {
    # (fr, en)
}
