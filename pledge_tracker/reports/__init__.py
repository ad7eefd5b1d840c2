"""PDF reports with reportlab platypus (no Qt)."""
