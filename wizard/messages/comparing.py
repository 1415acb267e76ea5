"""Messages of comparing."""

MESSAGES: dict = {
    # (fr, en)
}
