"""Messages of sessions."""

MESSAGES: dict = {
    # (fr, en)
}
