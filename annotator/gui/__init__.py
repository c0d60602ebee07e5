"""The Qt user interface: the ONLY package that imports PySide6 (docs/architecture.md, "Layers")."""
