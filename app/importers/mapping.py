"""Which column feeds which member field: recognition of common headers, and the user's overrides.

A target is written as text so the CLI's ``--map COLUMN=FIELD`` and the GUI wizard share one
vocabulary: ``name``, ``tags``, ``note``, a platform (``wechat``, ``telegram`` …) for a handle,
``<platform>_id`` for the platform's numeric ID, ``custom:<field name>`` for one of the operator's
custom fields, ``ignore``.

Headers are compared after NFKC folding, case folding and dropping everything that is not a letter
or digit, so "Display Name", "display_name" and "DISPLAY-NAME" are one header; a header with a
parenthetical or two languages ("Name 姓名", "微信号（必填）") is recognised when its words agree.
A header that is a custom field's name (ignoring case, width and spacing) goes to that field, even
when it is also a common header word: the operator named the field so. In Steward's own CSV export
a custom field's column is headed ``NAME [custom KIND]`` (see ``app.importers.custom_columns``).

The functions that recognise or parse targets take the importing data folder's custom fields as an
optional ``fields`` argument; without it no column goes to a custom field by itself, and
``custom:NAME`` is taken as written (the import service refuses a field that does not exist).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from app.domain.custom_fields import CustomFieldDef
from app.domain.members import Platform
from app.errors import UserError
from app.importers import cells
from app.importers.custom_columns import FieldLookup, parse_column_header
from app.messages import message_of, msg


class TargetKind(StrEnum):
    FIELD = "field"
    HANDLE = "handle"
    HANDLE_ID = "handle_id"
    IGNORE = "ignore"
    CUSTOM = "custom"  # key: the custom field's name


class Field(StrEnum):
    NAME = "name"
    ALIASES = "aliases"
    STATUS = "status"
    ROLE = "role"
    JOINED = "joined"
    LOCATION = "location"
    TIME_ZONE = "time_zone"
    INTERESTS = "interests"
    NEEDS = "needs"
    TAGS = "tags"
    NOTE = "note"
    NOTE_CREATED = "note_created"
    NOTE_UPDATED = "note_updated"
    NOTE_PINNED = "note_pinned"
    CREATED = "created"
    MEMBER_KEY = "member_key"


# Targets a row can hold several of (each column adds); every other field takes the first column.
MULTI_FIELDS = frozenset((Field.ALIASES, Field.TAGS, Field.NOTE))
CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    key: str = ""

    def __str__(self) -> str:
        if self.kind is TargetKind.HANDLE_ID:
            return f"{self.key}_id"
        if self.kind is TargetKind.IGNORE:
            return "ignore"
        if self.kind is TargetKind.CUSTOM:
            return CUSTOM_PREFIX + self.key
        return self.key

    @property
    def multi(self) -> bool:
        if self.kind is TargetKind.CUSTOM:
            return False
        return self.kind is not TargetKind.FIELD or self.key in MULTI_FIELDS


IGNORE = Target(TargetKind.IGNORE)


def field(name: Field) -> Target:
    return Target(TargetKind.FIELD, name.value)


def handle(platform: Platform) -> Target:
    return Target(TargetKind.HANDLE, platform.value)


def handle_id(platform: Platform) -> Target:
    return Target(TargetKind.HANDLE_ID, platform.value)


def custom(name: str) -> Target:
    return Target(TargetKind.CUSTOM, name)


def all_targets(fields: Sequence[CustomFieldDef] = ()) -> tuple[Target, ...]:
    """Every target a column can have, with ``custom:`` ones for the given custom fields."""
    return (*(field(f) for f in Field), *(handle(p) for p in Platform),
            *(handle_id(p) for p in Platform), *(custom(f.name) for f in fields), IGNORE)


def parse_target(text: str, fields: Sequence[CustomFieldDef] = ()) -> Target:
    """``name``, ``wechat``, ``telegram_id``, ``custom:生日``, ``ignore``… (also any recognised
    header word, or a custom field's name)."""
    key = text.strip()
    lookup = FieldLookup(fields)
    if unicodedata.normalize("NFKC", key[:len(CUSTOM_PREFIX)]).casefold() == CUSTOM_PREFIX:
        name = key[len(CUSTOM_PREFIX):].strip()
        if not name:
            raise ValueError(msg("{text} names no custom field; write custom:<field name>, "
                                 "for example custom:生日", text=repr(text)))
        known = lookup.get(name)
        return custom(known.name if known else name)
    for target in all_targets():
        if str(target) == key.lower():
            return target
    known = lookup.get(key)
    if known is not None:
        return custom(known.name)
    recognised = _SYNONYMS.get(normalise(key))
    if recognised is not None:
        return recognised
    names = ", ".join(str(t) for t in all_targets())
    raise ValueError(msg("{text} is not a member field; use one of {names}, or "
                         "custom:<custom field name>", text=repr(text), names=names))


def normalise(header: str) -> str:
    folded = unicodedata.normalize("NFKC", header).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


_WORDS: dict[Target, tuple[str, ...]] = {
    field(Field.NAME): ("name", "displayname", "fullname", "membername", "member", "contact",
                        "姓名", "名字", "名称", "昵称", "群昵称", "成员", "成员名", "显示名"),
    field(Field.ALIASES): ("aliases", "alias", "nickname", "nicknames", "othernames", "aka",
                           "别名", "备用名", "曾用名", "外号", "绰号", "其他名字"),
    field(Field.STATUS): ("status", "state", "memberstatus", "状态", "成员状态"),
    field(Field.ROLE): ("role", "memberrole", "角色", "身份", "群角色"),
    field(Field.JOINED): ("joined", "joinedon", "joindate", "datejoined", "joinedat",
                          "入群时间", "加入时间", "入群日期", "加入日期", "进群时间"),
    field(Field.LOCATION): ("location", "city", "region", "area", "place", "country",
                            "城市", "地区", "所在地", "地点", "位置", "所在城市"),
    field(Field.TIME_ZONE): ("timezone", "tz", "时区"),
    field(Field.INTERESTS): ("interests", "interest", "hobbies", "interestsandneeds",
                             "兴趣", "爱好", "兴趣爱好", "兴趣和需求"),
    field(Field.NEEDS): ("needs", "need", "wants", "requests", "需求", "诉求", "需要"),
    field(Field.TAGS): ("tags", "tag", "labels", "label", "标签", "分组"),
    field(Field.NOTE): ("note", "notes", "remark", "remarks", "comment", "comments", "memo",
                        "备注", "笔记", "说明", "描述"),
    field(Field.NOTE_CREATED): ("notecreated", "notecreatedutc", "notedate", "notetime",
                                "备注时间"),
    field(Field.NOTE_UPDATED): ("noteupdated", "noteupdatedutc"),
    field(Field.NOTE_PINNED): ("pinned", "notepinned", "置顶"),
    field(Field.CREATED): ("created", "createdutc", "createdat", "创建时间"),
    field(Field.MEMBER_KEY): ("stewardmemberid",),
    handle(Platform.WECHAT): ("wechat", "weixin", "wx", "wechatid", "wxid", "wechatname",
                              "微信", "微信号", "微信id"),
    handle(Platform.TELEGRAM): ("telegram", "tg", "telegramusername", "tgusername",
                                "telegramhandle", "电报"),
    handle(Platform.DISCORD): ("discord", "discordusername", "discordname", "discordhandle"),
    handle(Platform.SLACK): ("slack", "slackhandle", "slackname", "slackusername"),
    handle(Platform.WHATSAPP): ("whatsapp", "wa", "whatsappnumber"),
    handle(Platform.EMAIL): ("email", "mail", "emailaddress", "emails", "邮箱", "电子邮件",
                             "邮件", "电子邮箱", "邮箱地址"),
    handle(Platform.PHONE): ("phone", "mobile", "cell", "tel", "telephone", "phonenumber",
                             "mobilenumber", "phones", "手机", "手机号", "手机号码", "电话",
                             "电话号码", "联系电话"),
    handle(Platform.OTHER): ("other", "otherhandle", "otheraccount", "其他账号"),
    handle_id(Platform.TELEGRAM): ("telegramid", "tgid", "telegramuserid", "tguserid"),
    handle_id(Platform.DISCORD): ("discordid", "discorduserid"),
    handle_id(Platform.SLACK): ("slackid", "slackmemberid", "slackuserid"),
    handle_id(Platform.WHATSAPP): ("whatsappid",),
}
_SYNONYMS = MappingProxyType({
    **{f"{p.value}platformid": handle_id(p) for p in Platform},  # Steward's CSV export headers
    **{word: target for target, words in _WORDS.items() for word in words},
})

_PARTS = re.compile(r"[\s/|()（）\[\]【】,，:：;；]+")


def recognise_header(header: str, fields: Sequence[CustomFieldDef] | FieldLookup = ()
                     ) -> Target | None:
    known = (fields if isinstance(fields, FieldLookup) else FieldLookup(fields)).get(header)
    if known is not None:
        return custom(known.name)
    whole = _SYNONYMS.get(normalise(header))
    if whole is not None:
        return whole
    found = {_SYNONYMS[key] for part in _PARTS.split(header)
             if (key := normalise(part)) and key in _SYNONYMS}
    return found.pop() if len(found) == 1 else None


Mapping = tuple[Target, ...]


def recognise_columns(headers: Sequence[str], fields: Sequence[CustomFieldDef] = ()) -> Mapping:
    """A target for every column; the second name column becomes aliases, later repeats of a
    one-value field are ignored (the preview shows that, and ``--map`` can change it)."""
    lookup = FieldLookup(fields)
    steward = is_steward_export(headers)
    taken: set[Target] = set()
    result: list[Target] = []
    for header in headers:
        target = _recognise(header, lookup, steward)
        if target == field(Field.NAME) and target in taken:
            target = field(Field.ALIASES)
        if not target.multi and target in taken:
            target = IGNORE
        taken.add(target)
        result.append(target)
    return tuple(result)


def _recognise(header: str, lookup: FieldLookup, steward: bool) -> Target:
    if not steward:
        return recognise_header(header, lookup) or IGNORE
    # Steward's export marks its custom columns; a built-in column is never a custom field there.
    spec = parse_column_header(cells.unneutralise(header))
    if spec is None:
        return recognise_header(header) or IGNORE
    known = lookup.get(spec.name)
    return custom(known.name if known else spec.name)


def is_steward_export(headers: Sequence[str]) -> bool:
    return bool(headers) and headers[0] == cells.MARKER


def apply_overrides(headers: Sequence[str], mapping: Mapping,
                    overrides: Sequence[tuple[str, str]], source: str,
                    fields: Sequence[CustomFieldDef] = ()) -> Mapping:
    """Apply ``COLUMN=FIELD`` pairs; a column is named by its header (or its 1-based number)."""
    result = list(mapping)
    for column, target_text in overrides:
        index = find_column(headers, column)
        if index is None:
            listed = ", ".join(repr(h) for h in headers)
            raise UserError(msg("{source}: --map names the column {column}, which the file "
                                "does not have. Its columns are: {listed}.", source=source,
                                column=repr(column), listed=listed))
        try:
            target = parse_target(target_text, fields)
        except ValueError as exc:
            raise UserError(msg("--map {column}={target}: {reason}.", column=column,
                                target=target_text, reason=message_of(exc))) from None
        if not target.multi:
            result = [IGNORE if t == target else t for t in result]
        result[index] = target
    return tuple(result)


def find_column(headers: Sequence[str], column: str) -> int | None:
    if column in headers:
        return list(headers).index(column)
    wanted = normalise(column)
    for index, header in enumerate(headers):
        if wanted and normalise(header) == wanted:
            return index
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    return None


_CUSTOM_TARGET = re.compile(r"=\s*custom\s*:", re.IGNORECASE)


def parse_map_option(text: str) -> tuple[str, str]:
    """argparse type for ``--map COLUMN=FIELD`` (split at the last "=", headers may hold one;
    a custom field's name may hold one too, so ``=custom:`` is looked for first)."""
    found = _CUSTOM_TARGET.search(text)
    if found:
        column, sep, target = text[:found.start()], "=", text[found.start() + 1:]
    else:
        column, sep, target = text.rpartition("=")
    if not sep or not column.strip() or not target.strip():
        raise ValueError(f"{text!r} is not COLUMN=FIELD (for example --map 微信号=wechat)")
    parse_target(target)
    return column.strip(), target.strip()
