"""vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) files → member drafts, streamed card by card.

The parser works on bytes until a value's own charset is known:

- lines end in CRLF or LF; a line starting with a space or tab continues the previous one
  (RFC 6350 §3.2 "folding"); a quoted-printable value ending in "=" continues on the next line
  (vCard 2.1 soft line breaks);
- ``ENCODING=QUOTED-PRINTABLE`` and ``ENCODING=b``/``BASE64`` values are decoded, then turned into
  text with the property's ``CHARSET`` (default: the file's encoding, found like a CSV's); broken
  base64 is refused with its line, whatever the property, since a damaged card may hide more;
- text values are unescaped (``\\n``, ``\\,``, ``\\;``, ``\\\\``) and structured values (N, ADR)
  split on unescaped ";" and lists (NICKNAME, CATEGORIES) on unescaped ",".

Properties become member fields: FN/N → name (other FNs and NICKNAME → aliases), EMAIL and TEL →
handles, IMPP and X-SOCIALPROFILE → the platform their scheme or site names (others keep the URI as
an "other" handle), NOTE → a note, CATEGORIES → tags, ADR → location, TZ → time zone. BDAY,
ANNIVERSARY, ORG, TITLE and URL have no member field yet and are kept as labelled extras.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from urllib.parse import unquote, urlsplit

from app.domain.member_io import MemberDraft, NoteDraft
from app.domain.members import HandleData, Platform
from app.importers.errors import ImportValidationError
from app.importers.rows import ALIAS_JOIN
from app.importers.values import parse_date, parse_time_zone
from app.messages import msg

_NAME = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
_BINARY = frozenset(("PHOTO", "LOGO", "SOUND", "KEY"))
_EXTRAS = {"BDAY": "Birthday", "ANNIVERSARY": "Anniversary", "ORG": "Organisation",
           "TITLE": "Title", "URL": "Website"}
_SCHEMES = {
    "wechat": Platform.WECHAT, "weixin": Platform.WECHAT, "tg": Platform.TELEGRAM,
    "telegram": Platform.TELEGRAM, "discord": Platform.DISCORD, "slack": Platform.SLACK,
    "whatsapp": Platform.WHATSAPP, "wa": Platform.WHATSAPP, "mailto": Platform.EMAIL,
    "tel": Platform.PHONE, "sms": Platform.PHONE,
}
_SITES = {
    "t.me": Platform.TELEGRAM, "telegram.me": Platform.TELEGRAM,
    "discord.com": Platform.DISCORD, "discordapp.com": Platform.DISCORD,
    "wa.me": Platform.WHATSAPP, "slack.com": Platform.SLACK, "weixin.qq.com": Platform.WECHAT,
}
_X_PLATFORMS = {
    "X-WECHAT": Platform.WECHAT, "X-WEIXIN": Platform.WECHAT, "X-TELEGRAM": Platform.TELEGRAM,
    "X-DISCORD": Platform.DISCORD, "X-SLACK": Platform.SLACK, "X-WHATSAPP": Platform.WHATSAPP,
}
_X_OTHER = ("X-QQ", "X-SKYPE", "X-JABBER", "X-AIM", "X-ICQ", "X-MSN", "X-YAHOO", "X-LINE")
_AS_UTF8 = msg("Export the contacts again as UTF-8 vCard")
_FOLDED = msg("The file may be badly folded: continuation lines must start with a space")


@dataclass(frozen=True)
class Property:
    line: int
    name: str
    params: dict[str, list[str]]
    value: str  # decoded text, still escaped as vCard text


@dataclass
class _Card:
    line: int
    names: list[str] = field(default_factory=list)
    n: str = ""
    aliases: list[str] = field(default_factory=list)
    handles: list[HandleData] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    location: str = ""
    time_zone: str = ""
    extras: list[tuple[str, str]] = field(default_factory=list)


class VCardReader:
    def __init__(self, path: Path, source: str | None = None) -> None:
        self.path = path
        self.source = source or path.name
        self.encoding, self.estimated_rows = self._scan()
        if self.estimated_rows == 0:
            raise ImportValidationError(self.source, 1, "BEGIN",
                                        msg("there is no vCard in this file (no BEGIN:VCARD "
                                            "line)"),
                                        msg("Export the contacts again as vCard (.vcf)"))

    def _scan(self) -> tuple[str, int]:
        """The file's text encoding, judged on unfolded lines (a writer may fold in the middle of
        a UTF-8 character, RFC 6350 §3.2), and the number of cards."""
        with self.path.open("rb") as fh:
            if fh.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                self._fail(1, "encoding", msg("this vCard file is UTF-16 text"), _AS_UTF8)
        cards = 0
        candidates = ["utf-8", "gb18030"]
        first_failure = 0
        for line, text in self._logical_lines():
            if b"\0" in text:
                self._fail(line, "encoding", msg("the file contains binary data (NUL bytes)"),
                           msg("Check that you chose a vCard (.vcf) file"))
            cards += text[:11].upper() == b"BEGIN:VCARD"
            for encoding in list(candidates):
                try:
                    text.decode(encoding)
                except UnicodeDecodeError:
                    candidates.remove(encoding)
                    first_failure = first_failure or line
            if not candidates:
                self._fail(first_failure, "encoding",
                           msg("the text is neither UTF-8 nor GB18030"), _AS_UTF8)
        return candidates[0], cards

    def drafts(self) -> Iterator[MemberDraft]:
        card: _Card | None = None
        for prop in self._properties():
            if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
                if card is not None:
                    self._fail(prop.line, "BEGIN", msg("a card starts inside another card"),
                               msg("Check that the previous card ends with END:VCARD"))
                card = _Card(prop.line)
            elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
                if card is None:
                    self._fail(prop.line, "END", msg("END:VCARD without a BEGIN:VCARD"),
                               msg("Remove the stray line or restore the start of the card"))
                yield self._draft(card)
                card = None
            elif card is None:
                self._fail(prop.line, prop.name, msg("a property outside any card"),
                           msg("Every property must lie between BEGIN:VCARD and END:VCARD"))
            else:
                self._take(card, prop)
        if card is not None:
            self._fail(card.line, "END", msg("the card that starts here never ends"),
                       msg("The file may be cut short; add END:VCARD or export it again"))

    def _fail(self, line: int, field_name: str, problem: str, advice: str) -> NoReturn:
        raise ImportValidationError(self.source, line, field_name, problem, advice)

    # -- lines and properties ------------------------------------------------------------------

    def _logical_lines(self) -> Iterator[tuple[int, bytes]]:
        start, parts = 0, []
        with self.path.open("rb") as fh:
            number = 0
            for raw in fh:
                number += 1
                line = raw.rstrip(b"\r\n")
                if number == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8):]
                if parts and line[:1] in (b" ", b"\t"):
                    parts.append(line[1:])
                    continue
                if parts and _soft_break(parts):
                    parts[-1] = parts[-1][:-1]
                    parts.append(line)
                    continue
                if parts:
                    yield start, b"".join(parts)
                start, parts = number, ([line] if line.strip() else [])
            if parts:
                yield start, b"".join(parts)

    def _properties(self) -> Iterator[Property]:
        for line, text in self._logical_lines():
            head, value = _split_head(text)
            if head is None:
                self._fail(line, "line", msg("{text} is not a vCard property (NAME:value)",
                                             text=_shown(text)), _FOLDED)
            parts = _split_params(head)
            match = _NAME.match(parts[0])
            if match is None:
                self._fail(line, "line", msg("{text} is not a property name",
                                             text=_shown(parts[0])), _FOLDED)
            name = match.group(1).decode("ascii").upper()
            params = self._params(line, name, parts[1:])
            yield Property(line, name, params, self._decode(line, name, params, value))

    def _params(self, line: int, name: str, raw: list[bytes]) -> dict[str, list[str]]:
        params: dict[str, list[str]] = {}
        for item in raw:
            try:
                text = item.decode(self.encoding)
            except UnicodeDecodeError:
                self._fail(line, name, msg("a parameter is not readable text"),
                           msg("Export the contacts again as vCard"))
            key, sep, values = text.partition("=")
            if not sep:  # vCard 2.1 bare parameters: TEL;CELL;VOICE
                key, values = ("ENCODING", key) if key.upper() in (
                    "QUOTED-PRINTABLE", "BASE64", "B", "8BIT") else ("TYPE", key)
            params.setdefault(key.strip().upper(), []).extend(
                v.strip().strip('"') for v in values.split(",") if v.strip())
        return params

    def _decode(self, line: int, name: str, params: dict[str, list[str]], value: bytes) -> str:
        encoding = (params.get("ENCODING") or [""])[0].upper()
        charset = (params.get("CHARSET") or [self.encoding])[0]
        data = value
        if encoding == "QUOTED-PRINTABLE":
            data = quopri.decodestring(value)
        elif encoding in ("B", "BASE64"):
            try:
                packed = b"".join(value.split())
                data = base64.b64decode(packed + b"=" * (-len(packed) % 4), validate=True)
            except (binascii.Error, ValueError):
                self._fail(line, name, msg("the base64 data is damaged"),
                           msg("Export the contacts again, or remove this property from the "
                               "card"))
            if name in _BINARY:
                return ""
        try:
            return data.decode(charset)
        except LookupError:
            self._fail(line, name, msg("the character set {charset} is unknown",
                                       charset=repr(charset)), _AS_UTF8)
        except UnicodeDecodeError:
            self._fail(line, name, msg("the value is not valid {charset} text", charset=charset),
                       _AS_UTF8)

    # -- properties → member fields ------------------------------------------------------------

    def _take(self, card: _Card, prop: Property) -> None:
        name, params = prop.name, prop.params
        if name == "FN":
            card.names.extend(v for v in [unescape(prop.value).strip()] if v)
        elif name == "N":
            card.n = _compose_n(split_structured(prop.value))
        elif name == "NICKNAME":
            card.aliases.extend(v.strip() for v in split_list(prop.value) if v.strip())
        elif name == "EMAIL":
            self._add(card, Platform.EMAIL, _strip_scheme(unescape(prop.value), "mailto:"))
        elif name == "TEL":
            self._add(card, Platform.PHONE, _strip_scheme(unescape(prop.value), "tel:"))
        elif name == "IMPP":
            platform, handle = _from_uri(unescape(prop.value).strip())
            self._add(card, platform, handle)
        elif name == "X-SOCIALPROFILE":
            platform, handle = _from_profile(unescape(prop.value).strip(), params)
            self._add(card, platform, handle)
        elif name in _X_PLATFORMS:
            self._add(card, _X_PLATFORMS[name], unescape(prop.value).strip())
        elif name in _X_OTHER:
            value = unescape(prop.value).strip()
            self._add(card, Platform.OTHER, f"{name[2:].lower()}:{value}" if value else "")
        elif name == "NOTE":
            note = unescape(prop.value)
            if note.strip():
                card.notes.append(note)
        elif name == "CATEGORIES":
            card.tags.extend(v.strip() for v in split_list(prop.value) if v.strip())
        elif name == "ADR" and not card.location:
            parts = [p.strip() for p in split_structured(prop.value)]
            card.location = ", ".join(p for p in parts[3:4] + parts[4:5] + parts[6:7] if p)
        elif name == "TZ":
            self._time_zone(card, unescape(prop.value).strip())
        elif name in _EXTRAS:
            self._extra(card, name, prop.value)

    def _add(self, card: _Card, platform: Platform, handle: str) -> None:
        handle = handle.strip()
        if handle and all(h.handle != handle or h.platform != platform for h in card.handles):
            card.handles.append(HandleData(platform, handle))

    def _time_zone(self, card: _Card, value: str) -> None:
        if not value or card.time_zone:
            return
        try:
            card.time_zone = parse_time_zone(value)
        except ValueError:
            card.extras.append(("Time zone", value))

    def _extra(self, card: _Card, name: str, raw: str) -> None:
        value = "; ".join(p.strip() for p in split_structured(raw) if p.strip()) \
            if name == "ORG" else unescape(raw).strip()
        if name in ("BDAY", "ANNIVERSARY"):
            # Partial dates (--0415) and text ("circa 1800") are kept as written.
            with suppress(ValueError):
                value = parse_date(value).isoformat()
        if value:
            card.extras.append((_EXTRAS[name], value))

    def _draft(self, card: _Card) -> MemberDraft:
        names = list(dict.fromkeys(card.names))
        fallback = [card.n, *card.aliases, *(h.handle for h in card.handles)]
        display = names[0] if names else next((v for v in fallback if v), "")
        aliases = [a for a in dict.fromkeys([*names[1:], *card.aliases]) if a != display]
        return MemberDraft(
            source=self.source, line=card.line, display_name=display,
            aliases=ALIAS_JOIN.join(aliases), location=card.location, time_zone=card.time_zone,
            handles=tuple(card.handles), tags=tuple(dict.fromkeys(card.tags)),
            notes=tuple(NoteDraft(n) for n in card.notes), extras=tuple(card.extras))


def _soft_break(parts: list[bytes]) -> bool:
    first = parts[0]
    head = first.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head and parts[-1].endswith(b"=")


def _split_head(text: bytes) -> tuple[bytes | None, bytes]:
    """Split at the first colon that is not inside a double-quoted parameter value."""
    quoted = False
    for index, byte in enumerate(text):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return text[:index], text[index + 1:]
    return None, b""


def _split_params(head: bytes) -> list[bytes]:
    parts, current, quoted = [], bytearray(), False
    for byte in head:
        if byte == 0x22:
            quoted = not quoted
        if byte == 0x3B and not quoted:
            parts.append(bytes(current))
            current = bytearray()
        else:
            current.append(byte)
    parts.append(bytes(current))
    return parts


def _shown(text: bytes) -> str:
    return repr(text[:40].decode("utf-8", "replace"))


def unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in ("n", "N") else nxt)
        else:
            out.append(ch)
    return "".join(out)


def _split_on(text: str, separator: str) -> list[str]:
    parts, current, chars = [], [], iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == separator:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
    parts.append(unescape("".join(current)))
    return parts


def split_structured(text: str) -> list[str]:
    return _split_on(text, ";")


def split_list(text: str) -> list[str]:
    return _split_on(text, ",")


def _compose_n(parts: list[str]) -> str:
    family, given = [*parts, "", ""][:2]
    family, given = family.strip(), given.strip()
    if family and given and _is_cjk(family + given):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _strip_scheme(value: str, scheme: str) -> str:
    value = value.strip()
    return value[len(scheme):] if value.lower().startswith(scheme) else value


def _from_uri(uri: str) -> tuple[Platform, str]:
    scheme, sep, rest = uri.partition(":")
    platform = _SCHEMES.get(scheme.lower()) if sep else None
    if platform is None:
        return Platform.OTHER, uri
    return platform, unquote(rest.lstrip("/"))


def _from_profile(value: str, params: dict[str, list[str]]) -> tuple[Platform, str]:
    kinds = {t.lower() for t in params.get("TYPE", [])}
    user = (params.get("X-USER") or [""])[0]
    host = urlsplit(value).hostname or ""
    platform = next((_SCHEMES[k] for k in kinds if k in _SCHEMES), None) \
        or _SITES.get(host.removeprefix("www."))
    if platform is None:
        return Platform.OTHER, value
    if user:
        return platform, user
    path = urlsplit(value).path.strip("/")
    return platform, unquote(path.rsplit("/", 1)[-1]) if host and path else value
