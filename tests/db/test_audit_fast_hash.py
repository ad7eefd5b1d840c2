"""The written-out entry hash `check` uses is exactly the canonical one, for any entry."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from pledge_tracker.db import audit

text = st.text(max_size=40)
maybe = st.none() | text


@given(
    action=text,
    actor=text,
    at=text,
    entity=text,
    record=text,
    before=maybe,
    after=maybe,
    row_hash=st.none() | st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    ident=st.integers(min_value=1, max_value=10**12),
)
def test_fast_entry_hash_equals_the_canonical_hash(
    action, actor, at, entity, record, before, after, row_hash, ident
) -> None:
    entry = SimpleNamespace(
        id=ident,
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        record_uid=record,
        before=before,
        after=after,
        row_hash=row_hash,
    )
    prev = "ab" * 32
    assert audit.hash_entry(prev, entry) == audit.entry_hash(prev, audit.entry_fields(entry))
