"""The Qt user interface: the ONLY package that imports PySide6 (DESIGN.md section 1)."""
