"""Which text encoding a file uses, decided by decoding it, not by guessing from a sample.

Order matters and is the whole method:

1. a byte-order mark wins (UTF-8 with BOM is what Excel's "CSV UTF-8" writes; UTF-16 is its
   "Unicode text");
2. otherwise the whole file must decode as strict UTF-8 (ASCII is UTF-8);
3. otherwise it must decode as GB18030, what Chinese-locale Excel writes. GB18030 accepts many
   byte strings that were never Chinese (a Windows-1252 "Müller", Korean EUC-KR), so it is
   accepted only when charset-normalizer does not recognise Korean or Japanese and the file's
   double-byte pairs lie mostly in the GB2312 block (or charset-normalizer agrees it is GB);
4. anything else is refused with the line of the first byte that fits neither, and the encoding
   charset-normalizer believes it is, so the user knows what to re-save.

The file is read in chunks: a 100 MB file costs a few hundred milliseconds and bounded memory.
NUL bytes are refused on the way, since no text CSV contains them.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from app.importers.errors import ImportValidationError
from app.messages import msg

CHUNK = 1 << 20
SAMPLE = 256 * 1024
OTHER_EAST_ASIAN = frozenset(("cp949", "euc_kr", "johab", "iso2022_kr", "euc_jp", "euc_jis_2004",
                              "euc_jisx0213", "cp932", "shift_jis", "shift_jis_2004",
                              "shift_jisx0213", "iso2022_jp"))
SAVE_AS_UTF8 = msg("Open it in Excel or a text editor and save it as \"CSV UTF-8\", "
                   "then import it again")


@dataclass(frozen=True)
class TextInfo:
    encoding: str  # a Python codec name, ready for open()
    lines: int  # physical lines (an estimate of rows, used for progress)


def detect_encoding(path: Path, source: str) -> TextInfo:
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return TextInfo("utf-8-sig", _check(path, source, "utf-8-sig"))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TextInfo("utf-16", _check(path, source, "utf-16", nul_ok=True))
    failure = _try(path, "utf-8")
    if isinstance(failure, int):
        return TextInfo("utf-8", failure)
    if failure.binary:
        raise _binary(source, failure)
    gb = _try(path, "gb18030")
    guess = _guess(path)
    if isinstance(gb, int) and _looks_chinese(path, guess):
        return TextInfo("gb18030", gb)
    problem = msg("the text is neither UTF-8 nor GB18030 (it looks like {encoding})",
                  encoding=guess) if guess else \
        msg("the text is neither UTF-8 nor GB18030 (it looks like binary data, not text)")
    raise ImportValidationError(source, failure.line, "encoding", problem, SAVE_AS_UTF8)


@dataclass(frozen=True)
class _Failure:
    line: int
    binary: bool = False  # a NUL byte: not text at all


def _binary(source: str, failure: _Failure) -> ImportValidationError:
    return ImportValidationError(
        source, failure.line, "encoding",
        msg("the file contains binary data (NUL bytes), so it is not a text file"),
        msg("Check that you chose the right file; export the list again as CSV"))


def _check(path: Path, source: str, encoding: str, nul_ok: bool = False) -> int:
    result = _try(path, encoding, nul_ok=nul_ok)
    if isinstance(result, _Failure) and result.binary:
        raise _binary(source, result)
    if isinstance(result, _Failure):
        raise ImportValidationError(
            source, result.line, "encoding",
            msg("the file starts with a {encoding} byte-order mark but is not valid {encoding}",
                encoding=encoding),
            SAVE_AS_UTF8)
    return result


def _try(path: Path, encoding: str, nul_ok: bool = False) -> int | _Failure:
    """Decode the whole file; the number of lines, or where decoding first failed."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    lines = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            if not nul_ok and b"\0" in chunk:
                return _Failure(lines + chunk[: chunk.index(b"\0")].count(b"\n") + 1, True)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return _Failure(lines + chunk[: exc.start].count(b"\n") + 1)
            lines += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return _Failure(lines + 1)
    return lines + 1


def _looks_chinese(path: Path, guess: str) -> bool:
    """GB18030 also decodes Korean (EUC-KR) and Japanese (EUC-JP) text, and much Western text,
    into nonsense. Accept it when charset-normalizer does not name one of those, and when most
    double-byte pairs lie in GB2312 (both bytes 0xA1-0xFE), as real Chinese text does; its guess
    is trusted only as a tie-breaker, since on a few characters it may say Big5 for GB text."""
    if guess.lower().startswith("gb"):
        return True
    if guess.lower() in OTHER_EAST_ASIAN:
        return False
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE)
    pairs = gb2312 = 0
    i = 0
    while i < len(sample) - 1:
        byte = sample[i]
        if byte < 0x80:
            i += 1
            continue
        pairs += 1
        if byte >= 0xA1 and sample[i + 1] >= 0xA1:
            gb2312 += 1
        i += 2
    return pairs > 0 and gb2312 / pairs >= 0.8


def _guess(path: Path) -> str:
    """charset-normalizer's name for the encoding, or "" when it finds no text at all."""
    from charset_normalizer import from_bytes

    with path.open("rb") as fh:
        sample = fh.read(SAMPLE)
    best = from_bytes(sample).best()
    return best.encoding if best is not None else ""
