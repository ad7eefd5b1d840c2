"""The HTML edition's stylesheet, built from the palette (inline in every file).

Layout widths are relative (em and %), so the page reflows at 200 % zoom; no container
has a fixed width.
"""

from __future__ import annotations

from pledge_tracker.domain.levels import Level
from pledge_tracker.reports.html.palette import (
    ALERT,
    DEMO_TINT,
    INK,
    MUTED,
    NAVY,
    PANEL,
    PAPER,
    RULE,
    ZEBRA,
    level_pairs,
)

_BASE = f"""
html {{ font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 100%;
  line-height: 1.5; color: {INK}; background: {PAPER}; }}
body {{ margin: 0; }}
main {{ max-width: 60em; margin: 0 auto; padding: 1em 4%; }}
h1, h2, h3, h4 {{ color: {NAVY}; line-height: 1.25; }}
h1 {{ font-size: 2em; }}
h2 {{ font-size: 1.5em; margin-top: 2em; border-bottom: 0.1em solid {RULE}; }}
h3 {{ font-size: 1.2em; }}
.note, .small {{ color: {MUTED}; font-size: 0.9em; }}
.alert {{ color: {ALERT}; font-weight: bold; }}
.demo {{ color: {ALERT}; background: {DEMO_TINT}; border: 0.15em solid {ALERT};
  padding: 0.5em 1em; font-weight: bold; text-align: center; }}
.figures {{ display: flex; flex-wrap: wrap; gap: 0.5em; padding: 0; margin: 1em 0; }}
.figures div {{ background: {PANEL}; padding: 0.5em 1em; flex: 1 1 10em; }}
.figures dt {{ color: {MUTED}; font-size: 0.9em; }}
.figures dd {{ color: {NAVY}; font-size: 1.6em; font-weight: bold; margin: 0; }}
.figures dd .note {{ display: block; font-size: 0.55em; font-weight: normal; }}
.table-wrap {{ overflow-x: auto; max-width: 100%; }}
table {{ border-collapse: collapse; margin: 1em 0; max-width: 100%; }}
caption {{ text-align: left; font-weight: bold; color: {NAVY}; padding: 0.3em 0; }}
th, td {{ border: 0.06em solid {RULE}; padding: 0.3em 0.5em; text-align: left;
  vertical-align: top; }}
thead th {{ background: {NAVY}; color: {PAPER}; }}
tbody tr:nth-child(even) {{ background: {ZEBRA}; }}
tbody th {{ font-weight: normal; }}
td.num {{ text-align: right; }}
.level {{ display: inline-block; padding: 0 0.4em; border: 0.06em solid {RULE};
  font-weight: bold; }}
figure {{ margin: 1em 0; }}
figure img {{ max-width: 100%; height: auto; }}
figcaption {{ color: {MUTED}; }}
"""


def stylesheet() -> str:
    """The whole stylesheet: the base rules and one badge rule per level."""
    rules = [_BASE]
    for level, (ink, background) in level_pairs().items():
        rules.append(f".level-{css_name(level)} {{ color: {ink}; background: {background}; }}")
    return "\n".join(rules)


def css_name(level: Level) -> str:
    return level.value.replace("_", "-")
