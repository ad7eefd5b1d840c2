"""data.json decoded to a compact ASCII text parses to exactly what the JSON says."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledge_tracker.services.transfer import compact_json
from pledge_tracker.services.transfer.compact_json import ascii_text

documents = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(doc=documents, ensure_ascii=st.booleans(), chunk=st.integers(1, 7))
def test_ascii_text_parses_to_the_same_document(
    doc: object, ensure_ascii: bool, chunk: int
) -> None:
    raw = bytearray(json.dumps(doc, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compact_json, "_CHUNK", chunk)  # multi-byte characters split
        text = ascii_text(raw)
    assert text.isascii() and not raw  # one byte per character; the bytes were freed
    assert json.loads(text) == doc


def test_bytes_that_are_not_utf8_are_refused() -> None:
    for bad in (b'"\xed\xa0\x80"', b'"\xff"', b'"\xc3'):
        with pytest.raises(UnicodeDecodeError):
            ascii_text(bytearray(bad))
