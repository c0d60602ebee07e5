"""The sample articles shipped with annotator (from shared/seeds)."""
