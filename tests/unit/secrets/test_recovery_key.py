from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.security import RecoveryError
from app.secrets.keys import DatabaseKey
from app.secrets.recovery import (
    GROUPS,
    RecoveryKeyError,
    format_recovery_key,
    parse_recovery_key,
    recovery_groups,
)


def test_a_key_never_shows_itself() -> None:
    key = DatabaseKey.generate()
    for text in (repr(key), str(key), f"{key}", f"{key!r}"):
        assert key.hex() not in text and "hidden" in text
    with pytest.raises(TypeError):
        pickle.dumps(key)


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trips(raw: bytes) -> None:
    key = DatabaseKey(raw)
    text = format_recovery_key(key)
    groups = recovery_groups(text)
    assert len(groups) == GROUPS and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text) == key


def test_what_people_type_is_forgiven() -> None:
    key = DatabaseKey.generate()
    text = format_recovery_key(key)
    sloppy = "  " + text.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert parse_recovery_key(sloppy) == key


def test_a_typo_is_reported_as_a_typo() -> None:
    text = format_recovery_key(DatabaseKey.generate())
    first = text[0]
    typo = ("Z" if first != "Z" else "Y") + text[1:]
    with pytest.raises(RecoveryKeyError) as err:
        parse_recovery_key(typo)
    assert err.value.kind is RecoveryError.CHECKSUM


@pytest.mark.parametrize("text", ["", "ABCD-EFGH", "U" * 56, "!" * 56])
def test_malformed_keys_say_what_is_wrong(text: str) -> None:
    with pytest.raises(RecoveryKeyError) as err:
        parse_recovery_key(text)
    assert err.value.kind is RecoveryError.FORMAT
    assert str(err.value)


def test_check_value_and_subkeys_depend_on_the_key() -> None:
    a, b = DatabaseKey.generate(), DatabaseKey.generate()
    assert a.check_value() != b.check_value()
    assert a.check_value() == DatabaseKey(a.raw).check_value()
    assert a.derive("attachments") != a.derive("other") != a.raw
    assert a.hex() not in a.check_value()
