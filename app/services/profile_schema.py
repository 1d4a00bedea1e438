"""What a profile holds beyond the built-in fields: the role list and custom fields."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from app.db.repositories import profile_schema as repo
from app.db.repositories.sql import set_positions
from app.domain.custom_fields import CustomFieldDef, FieldKind, RoleData, clean_options
from app.domain.names import clean_name
from app.errors import NotFoundError, UserError
from app.messages import msg
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

MAX_FIELD_NAME = 100
DEFAULT_ROLE = "member"


class ProfileSchemaService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- roles -----------------------------------------------------------------------------
    def roles(self) -> tuple[RoleData, ...]:
        with self._sessions() as session:
            return repo.roles(session)

    def add_role(self, name: str) -> int:
        clean = clean_name(msg("Role"), name, 64)
        with self._sessions() as session:
            if repo.role_by_name(session, clean) is not None:
                raise UserError(msg("Role: \"{name}\" is already in the list.", name=clean))
            role_id = repo.add_role(session, clean)
            session.commit()
        return role_id

    def rename_role(self, role_id: int, name: str) -> int:
        """Rename a role everywhere; returns how many members carry it."""
        clean = clean_name(msg("Role"), name, 64)
        with self._sessions() as session:
            role = repo.role(session, role_id)
            if role is None:
                raise NotFoundError(msg("Role"), role_id)
            other = repo.role_by_name(session, clean)
            if other is not None and other.id != role_id:
                raise UserError(msg("Role: \"{name}\" is already in the list.", name=clean))
            members = repo.rename_role(session, role_id, role.name, clean)
            session.commit()
        return members

    def reorder_roles(self, role_ids: Sequence[int]) -> None:
        with self._sessions() as session:
            set_positions(session, "role", role_ids)
            session.commit()

    def delete_role(self, role_id: int, replacement: str = DEFAULT_ROLE) -> int:
        """Remove a role from the list; its members get ``replacement``. Returns that count."""
        with self._sessions() as session:
            role = repo.role(session, role_id)
            if role is None:
                raise NotFoundError(msg("Role"), role_id)
            target = repo.role_by_name(session, replacement)
            if target is None or target.id == role_id:
                raise UserError(msg("Role: choose another role for the members of \"{name}\".",
                                    name=role.name))
            moved = repo.delete_role(session, role_id, role.name, target.name, self._clock())
            session.commit()
        log.info("Deleted role #%d; %d members moved to role #%d", role_id, moved, target.id)
        return moved

    # -- custom fields ---------------------------------------------------------------------
    def fields(self) -> tuple[CustomFieldDef, ...]:
        with self._sessions() as session:
            return repo.custom_fields(session)

    def add_field(self, name: str, kind: FieldKind, options: Sequence[str] = ()) -> int:
        clean = clean_name(msg("Field name"), name, MAX_FIELD_NAME)
        kind = FieldKind(kind)
        choices = clean_options(clean, list(options)) if kind is FieldKind.CHOICE else ()
        if kind is FieldKind.CHOICE and not choices:
            raise UserError(msg("Field \"{name}\": a choice field needs at least one choice.",
                                name=clean))
        with self._sessions() as session:
            if repo.custom_field_by_name(session, clean) is not None:
                raise UserError(msg("Field name: \"{name}\" already exists.", name=clean))
            field_id = repo.add_custom_field(session, clean, kind, choices, self._clock())
            session.commit()
        return field_id

    def update_field(self, field_id: int, name: str, options: Sequence[str] = ()) -> None:
        """Rename a field and, for a choice field, change its choices. The kind never changes
        (existing values would need converting); make a new field instead."""
        clean = clean_name(msg("Field name"), name, MAX_FIELD_NAME)
        with self._sessions() as session:
            field = repo.custom_field(session, field_id)
            if field is None:
                raise NotFoundError(msg("Field"), field_id)
            other = repo.custom_field_by_name(session, clean)
            if other is not None and other.id != field_id:
                raise UserError(msg("Field name: \"{name}\" already exists.", name=clean))
            choices = field.options
            if field.kind is FieldKind.CHOICE:
                choices = clean_options(clean, list(options))
                if not choices:
                    raise UserError(msg("Field \"{name}\": keep at least one choice.", name=clean))
                stranded = repo.values_outside(session, field_id, choices)
                if stranded:
                    raise UserError(msg("Field \"{name}\": {count} members have a value that is "
                                        "not among the new choices; change them first.",
                                        name=clean, count=stranded))
            repo.update_custom_field(session, field_id, clean, choices)
            session.commit()

    def reorder_fields(self, field_ids: Sequence[int]) -> None:
        with self._sessions() as session:
            set_positions(session, "custom_field", field_ids)
            session.commit()

    def delete_field(self, field_id: int) -> int:
        """Delete a field and every member's value for it; returns how many values went."""
        with self._sessions() as session:
            if repo.custom_field(session, field_id) is None:
                raise NotFoundError(msg("Field"), field_id)
            values = repo.delete_custom_field(session, field_id)
            session.commit()
        log.info("Deleted custom field #%d with %d values", field_id, values)
        return values
