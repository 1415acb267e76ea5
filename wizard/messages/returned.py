"""Messages of returned."""

MESSAGES: dict = {
    # (fr, en)
}
