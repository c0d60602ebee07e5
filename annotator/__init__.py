"""annotator: hand-label Arabic and Persian news articles (speakers, claims, dates)."""

__version__ = "0.1.0"
