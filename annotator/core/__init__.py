"""Domain objects and pure functions. No Qt, no SQL."""
