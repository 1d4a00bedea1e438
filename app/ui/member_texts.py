"""Words for member data shown in the profile: statuses, platforms, history entries."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.history import HistoryEntry, HistoryKind
from app.domain.members import MemberStatus, Platform
from app.ui.formatting import join_list


class MemberTexts(QObject):
    def status(self, status: MemberStatus | str) -> str:
        names = {
            MemberStatus.ACTIVE: self.tr("Active"), MemberStatus.MUTED: self.tr("Muted"),
            MemberStatus.LEFT: self.tr("Left"), MemberStatus.REMOVED: self.tr("Removed"),
            MemberStatus.BANNED: self.tr("Banned"),
        }
        return names.get(MemberStatus.parse(str(status)), str(status))

    def _built_in_roles(self) -> dict[str, str]:
        # the roles every new database starts with (migration 0002); the operator's own roles
        # keep the names they were given
        return {"member": self.tr("member", "a member's role"),
                "moderator": self.tr("moderator", "a member's role"),
                "speaker": self.tr("speaker", "a member's role"), "VIP": "VIP"}

    def role(self, name: str) -> str:
        """A role as shown: the built-in ones in the window's language."""
        return self._built_in_roles().get(name, name)

    def role_name(self, shown: str) -> str:
        """The role to store for what the role box shows (a built-in one's label, or a name)."""
        for name, label in self._built_in_roles().items():
            if shown == label:
                return name
        return shown

    def platform(self, platform: Platform | str) -> str:
        names = {
            Platform.WECHAT: self.tr("WeChat"), Platform.TELEGRAM: self.tr("Telegram"),
            Platform.DISCORD: self.tr("Discord"), Platform.SLACK: self.tr("Slack"),
            Platform.WHATSAPP: self.tr("WhatsApp"), Platform.EMAIL: self.tr("Email"),
            Platform.PHONE: self.tr("Phone"), Platform.OTHER: self.tr("Other"),
        }
        return names.get(Platform.parse(str(platform)), str(platform))

    def field(self, column: str) -> str:
        """A profile column as the form labels it (custom fields keep their own names)."""
        names = {
            "display_name": self.tr("Name"), "aliases": self.tr("Other names"),
            "joined_on": self.tr("Joined"), "location": self.tr("Location"),
            "time_zone": self.tr("Time zone"), "interests": self.tr("Interests"),
            "needs": self.tr("Needs"), "handles": self.tr("Handles"),
            "status": self.tr("Status"), "role": self.tr("Role"), "tags": self.tr("Tags"),
            "notes": self.tr("Notes"),
        }
        return names.get(column, column)

    def history(self, entry: HistoryEntry) -> str:
        detail = entry.detail
        if entry.kind == HistoryKind.CREATED:
            if detail.get("source") == "demo":
                return self.tr("Added (demo community)")
            return self.tr("Added")
        if entry.kind == HistoryKind.STATUS_CHANGED:
            return self.tr("Status changed from %1 to %2").replace(
                "%1", self.status(str(detail.get("from", "")))).replace(
                "%2", self.status(str(detail.get("to", ""))))
        if entry.kind == HistoryKind.ROLE_CHANGED:
            return self.tr("Role changed from %1 to %2").replace(
                "%1", self.role(str(detail.get("from", "")))).replace(
                "%2", self.role(str(detail.get("to", ""))))
        if entry.kind == HistoryKind.UPDATED:
            fields = detail.get("fields")
            names = [self.field(str(f)) for f in fields] if isinstance(fields, list) else []
            return self.tr("Edited: %1").replace("%1", join_list(names)) if names \
                else self.tr("Edited")
        if entry.kind == HistoryKind.MERGED:
            return self.tr("Merged with “%1” (#%2)").replace(
                "%1", str(detail.get("from_name", ""))).replace(
                "%2", str(detail.get("from_id", "")))
        if entry.kind == HistoryKind.IMPORTED:
            source = str(detail.get("file") or detail.get("source") or "")
            fields = detail.get("fields")
            if isinstance(fields, list) and fields:
                return self.tr("Updated from %1: %2").replace("%1", source).replace(
                    "%2", join_list([self.field(str(f)) for f in fields]))
            return self.tr("Imported from %1").replace("%1", source)
        return entry.kind
