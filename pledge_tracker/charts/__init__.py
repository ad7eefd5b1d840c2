"""Charts: draw_<name>(ax, data) on matplotlib's object API (never pyplot)."""
