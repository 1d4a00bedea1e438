"""Member-area errors carry their English template and values, so the window can translate them."""

from __future__ import annotations

import pytest

from app.domain.custom_fields import CustomFieldDef, FieldKind, InvalidFieldValue, canonical_value
from app.domain.names import clean_name
from app.domain.profiles import InvalidProfile, MemberDraft, clean_draft
from app.domain.segments import SegmentDefinition, SegmentFormatError
from app.errors import UserError
from app.messages import Message, msg


def test_profile_errors_keep_the_english_key_and_a_translatable_text() -> None:
    with pytest.raises(InvalidProfile) as err:
        clean_draft(MemberDraft(display_name=" ", time_zone="Nowhere/City"))
    text = err.value.args[0]
    assert isinstance(text, Message) and text.template == "{field}: {reason}"
    assert err.value.field == "Display name" and isinstance(err.value.field, Message)
    assert str(err.value) == "Display name: enter a name."


def test_field_values_and_names_are_messages() -> None:
    plan = CustomFieldDef(1, "Plan", FieldKind.CHOICE, ("Free", "Pro"))
    with pytest.raises(InvalidFieldValue) as err:
        canonical_value(plan, "Gold")
    assert str(err.value) == "Field \"Plan\": 'Gold' is not one of the choices (Free, Pro)."
    assert isinstance(err.value.reason, Message)
    assert str(err.value.reason) == "'Gold' is not one of the choices (Free, Pro)"
    with pytest.raises(UserError) as named:
        clean_name(msg("Tag name"), "x" * 70, 64)
    assert str(named.value) == "Tag name: at most 64 characters, not 70."
    assert isinstance(named.value.args[0].params["label"], Message)


def test_an_unreadable_segment_says_why_in_a_message() -> None:
    with pytest.raises(SegmentFormatError) as err:
        SegmentDefinition.from_json('{"version": 99}')
    assert str(err.value) == ("Cannot read a saved segment: it was saved by a newer Steward "
                              "(format 99). Edit and save it again.")
    assert isinstance(err.value.args[0].params["reason"], Message)
