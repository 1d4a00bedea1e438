"""Files that features attach (case evidence), encrypted under a key derived from the database key.

Every file gets a generated name inside the attachments folder; the original name is metadata for
the caller to keep in the (encrypted) database. Names are checked against the generated shape and
resolved paths must stay inside the folder, so nothing a user or a damaged row supplies can read
or write elsewhere. Each file is AES-GCM sealed with its own nonce; the header carries a short
key id (so a re-key can tell done files from pending ones) and the name is authenticated too, so
two files cannot be swapped unnoticed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import UserError
from app.messages import msg
from app.secrets.files import write_atomic

PURPOSE = "attachments"
MAX_BYTES = 256 * 1024 * 1024
_MAGIC = b"STWA1\x00"
_KEY_ID = 8
_NONCE = 12
_HEADER = len(_MAGIC) + _KEY_ID + _NONCE
_NAME = re.compile(r"^[0-9a-f]{32}\.bin$")


def key_id(key: bytes) -> bytes:
    return hmac.new(key, b"steward attachment key id", hashlib.sha256).digest()[:_KEY_ID]


class AttachmentVault:
    def __init__(self, folder: Path, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("an attachment key has 32 bytes")
        self._folder = folder
        self._key = key

    def store_file(self, source: Path) -> str:
        """Encrypt a copy of ``source`` and return its generated name."""
        try:
            size = source.stat().st_size
            if size > MAX_BYTES:
                raise UserError(msg("{path} is {size} bytes; attachments can be at most {limit} "
                                    "bytes. Attach a smaller file.", path=source,
                                    size=f"{size:,}", limit=f"{MAX_BYTES:,}"))
            data = source.read_bytes()
        except OSError as exc:
            raise UserError(msg("Cannot read {path}: {why}.", path=source,
                                why=exc.strerror or str(exc))) from exc
        return self.store_bytes(data)

    def store_bytes(self, data: bytes) -> str:
        if len(data) > MAX_BYTES:
            raise UserError(msg("Attachments can be at most {limit} bytes.",
                                limit=f"{MAX_BYTES:,}"))
        name = f"{secrets.token_hex(16)}.bin"
        self._write(name, data, self._key)
        return name

    def read(self, name: str) -> bytes:
        path = self.path_for(name)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise UserError(msg("The attachment {name} is missing from {folder}.", name=name,
                                folder=self._folder)) from None
        return self._open(name, blob, self._key)

    def delete(self, name: str) -> None:
        self.path_for(name).unlink(missing_ok=True)

    def names(self) -> list[str]:
        if not self._folder.is_dir():
            return []
        return sorted(p.name for p in self._folder.iterdir() if _NAME.match(p.name))

    def path_for(self, name: str) -> Path:
        """The file behind a generated name; refuses anything else (``..``, slashes, links)."""
        if not _NAME.match(name):
            raise UserError(msg("{name} is not an attachment name Steward generated.",
                                name=repr(name)))
        folder = self._folder.resolve()
        path = (folder / name).resolve()
        if not path.is_relative_to(folder) or path.parent != folder:
            raise UserError(msg("The attachment {name} points outside {folder}.",
                                name=repr(name), folder=folder))
        return path

    def reencrypt(self, old_key: bytes) -> int:
        """Move every file still sealed with ``old_key`` to this vault's key; returns the count.

        One file at a time, each replaced atomically, so an interrupted run can simply be
        repeated: files already under the new key are recognised by their key id and skipped.
        """
        done = 0
        current = key_id(self._key)
        for name in self.names():
            blob = self.path_for(name).read_bytes()
            if blob[len(_MAGIC):len(_MAGIC) + _KEY_ID] == current:
                continue
            self._write(name, self._open(name, blob, old_key), self._key)
            done += 1
        return done

    # -- format ------------------------------------------------------------------------------
    def _write(self, name: str, data: bytes, key: bytes) -> None:
        kid = key_id(key)
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(key).encrypt(nonce, data, _MAGIC + kid + name.encode())
        path = self.path_for(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, _MAGIC + kid + nonce + sealed)
        except OSError as exc:
            raise UserError(msg("Cannot write the attachment into {folder}: {why}. Free some "
                                "disk space.", folder=self._folder,
                                why=exc.strerror or str(exc))) from exc

    def _open(self, name: str, blob: bytes, key: bytes) -> bytes:
        if len(blob) < _HEADER or not blob.startswith(_MAGIC):
            raise UserError(msg("The attachment {name} is damaged (not a Steward attachment).",
                                name=name))
        kid = blob[len(_MAGIC):len(_MAGIC) + _KEY_ID]
        if kid != key_id(key):
            raise UserError(msg("The attachment {name} was sealed with another key.",
                                name=name))
        nonce = blob[len(_MAGIC) + _KEY_ID:_HEADER]
        try:
            return AESGCM(key).decrypt(nonce, blob[_HEADER:], _MAGIC + kid + name.encode())
        except InvalidTag:
            raise UserError(msg("The attachment {name} is damaged (it does not verify).",
                                name=name)) from None
