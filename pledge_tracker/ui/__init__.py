"""PySide6: the desktop app. The only package that imports Qt."""
