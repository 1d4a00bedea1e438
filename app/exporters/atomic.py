"""Write files so that they appear under their final name only when complete.

A file is written to a hidden temporary name in the target folder (same file system, so the final
``os.replace`` is atomic), flushed to disk, then renamed; a folder export is built in a hidden
temporary folder and renamed at the end. On any failure, disk full or a cancel included, the
partial file or folder is removed and an ``OSError`` becomes a ``UserError`` naming the path.

A target that already exists and is not a regular file (``/dev/stdout``, a pipe, ``/dev/full``) is
written in place: it cannot be replaced, and there is no file to leave half-written.
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, TextIO

from app.errors import UserError
from app.messages import msg


def write_error(path: Path, exc: OSError) -> UserError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        advice = msg("Free some disk space or choose another folder, then export again.")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        advice = msg("Choose a folder you can write to, then export again.")
    else:
        advice = msg("Choose another place to save it, then export again.")
    return UserError(msg("Cannot write {path}: {reason}. {advice}", path=path, reason=reason,
                         advice=advice))


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name[:100]}.{secrets.token_hex(4)}.partial")


def _check_parent(path: Path) -> None:
    parent = path.parent
    if not parent.is_dir():
        raise UserError(msg("Cannot write {path}: the folder {parent} does not exist. "
                            "Create it or choose another place.", path=path, parent=parent))


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextmanager
def atomic_text(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream (newline="" so every character is written as given) for ``path``."""
    with atomic_binary(path) as raw:
        stream = io.TextIOWrapper(raw, encoding=encoding, newline="", write_through=False)
        try:
            yield stream
            stream.flush()
        finally:
            stream.detach()


@contextmanager
def atomic_binary(path: Path) -> Iterator[BinaryIO]:
    if path.is_dir():
        raise UserError(msg("{path} is a folder; give a file name to export to.", path=path))
    if _is_special(path):
        try:
            with path.open("wb") as fh:
                yield fh
        except OSError as exc:
            raise write_error(path, exc) from exc
        return
    _check_parent(path)
    temp = _temp_name(path)
    try:
        with temp.open("xb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except OSError as exc:
        _remove(temp)
        raise write_error(path, exc) from exc
    except BaseException:
        _remove(temp)
        raise


@contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A fresh folder to fill; it becomes ``path`` (which must be new or empty) on success."""
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UserError(msg("{path} already exists and is not an empty folder; choose a new "
                            "folder name for a one-file-per-member export.", path=path))
    _check_parent(path)
    temp = _temp_name(path)
    try:
        temp.mkdir()
        yield temp
        if path.exists():
            path.rmdir()
        os.replace(temp, path)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise write_error(path, exc) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


def write_new_file(path: Path, data: bytes) -> None:
    """Create ``path`` (which must not exist) holding ``data``: one member's file in a folder
    export. Raw ``os`` calls cost a third of ``open()``, which matters at 100,000 files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
