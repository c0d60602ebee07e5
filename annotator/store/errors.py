"""Errors the store raises; messages are one line and name what is at fault."""


class StoreError(Exception):
    """A project file cannot be opened or a write is not allowed."""


class ConflictError(StoreError):
    """Another window changed or removed the same record since it was read."""
