"""Hostile text for the fuzz tests: markup, formulas, control characters, scripts, long text."""

from __future__ import annotations

from hypothesis import strategies as st

SEEDS = (
    "<b>bold</b>",
    "<b>unclosed",
    "<img src=/etc/passwd>",
    "<img src='/etc/passwd' width='100' height='100'/>",
    "<a href='javascript:alert(1)'>click</a>",
    "<font color=\"[[getattr(pow, Word('__globals__'))['os'].system('id')]]\">x</font>",
    "<para>x</para>",
    "<![CDATA[x]]>",
    "]]>",
    "&amp;",
    "&copy; &#169; &nbsp;",
    "AT&T",
    "R&D <script>alert(1)</script>",
    "=SUM(A1:A9)",
    "=cmd|' /C calc'!A0",
    "+61 2 1234",
    "-5",
    "@home",
    "\t=1+1",
    "'=already escaped",
    "\x00NUL",
    "\x07bell \x1b[31mred\x1b[0m",
    "line one\r\nline two\rthree\n",
    "\u202egnp.exe",
    "\u200b\u200d\u2060\ufeff",
    "שלום עולם",
    "مرحبا بالعالم",
    "e" + "\u0301" * 40,
    "Z̸̢̛̛a̴l̵g̷o̶",
    "🙂🚀👩‍👩‍👧‍👦🏳️‍🌈",
    "Māori ĀĒĪŌŪ āēīōū",
    "基督城呼吁 クライストチャーチ",
    "Œuvre Ça Élysée",
    "$x$ $\\frac{1}{$ a $ b",
    "%s %d %(name)s {0} {name}",
    "'; DROP TABLE evidence; --",
    "\\\\server\\share",
    "x" * 10_000,
    "word " * 2_000,
)

hostile_text = st.one_of(
    st.sampled_from(SEEDS),
    st.text(max_size=120),
    st.lists(st.one_of(st.sampled_from(SEEDS), st.text(max_size=20)), max_size=4).map("".join),
)
"""Any text a user, an import or an attacker could put into a field."""

hostile_urls = st.one_of(
    st.sampled_from(
        (
            "https://example.org/a?b=1&c=<2>",
            "https://example.org/<script>",
            "http://example.org/\u202etxt.exe",
            "mailto:a@b.nz?subject=<b>hi</b>",
            "javascript:alert(1)",
            "file:///etc/passwd",
        )
    ),
    hostile_text.map(lambda t: "https://example.org/" + t),
)


def clip(text: str, limit: int) -> str:
    return text[:limit]


# Text a spreadsheet file finds hostile: what XML 1.0 cannot hold, literal text that looks
# like XLSX's own _xHHHH_ escape, and the separator and quotes of a list cell.
SPREADSHEET_SEEDS = (
    "\x07bell",
    "\x00NUL",
    "\x0b\x0c\x1b\x1f",
    "\x7f\x85\x9f",
    "\ufffe\uffff",
    "cr\rlf\r\n",
    "_x0007_",
    "_x005F_x0007_",
    "_x005f_",
    "A_x000D_B_x0000_",
    "_xD83D__xDE00_",
    "x005F_",
    "Smith; Jones",
    'The "Good" Org',
    '"quoted',
    "two\nlines",
    ' a;b\nc"d ',
    ";",
    '""',
    "; ;",
)

spreadsheet_text = st.one_of(
    hostile_text,
    st.sampled_from(SPREADSHEET_SEEDS),
    st.lists(
        st.one_of(st.sampled_from(SEEDS + SPREADSHEET_SEEDS), st.text(max_size=10)), max_size=4
    ).map("".join),
)
"""Hostile text plus what breaks spreadsheet files: XML-forbidden characters, escapes, lists."""
