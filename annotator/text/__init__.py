"""Pure-Python Arabic/Persian text processing. Standard library only."""
