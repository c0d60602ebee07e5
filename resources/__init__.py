"""Default label schema and other packaged resources."""
