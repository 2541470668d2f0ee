"""Scorer (being written)."""


def command() -> None:
    """Not yet implemented."""
    raise SystemExit("not yet implemented")
