"""The search index's text function and the SQLite features it relies on.

Every searchable table has two FTS5 indexes, kept in sync by triggers created in the migrations:

- ``<table>_fts``: the ``trigram`` tokenizer over the table itself (external content). Any query
  of three or more characters is a substring match on it, in any script.
- ``<table>_short_fts``: a contentless ``unicode61`` index over ``steward_fts_tokens(text)``,
  which rewrites each run of CJK characters into its overlapping bigrams plus the run's last
  character. Latin words stay words. A one-character query is then a prefix query
  (``"王"*`` finds every bigram that starts with 王, and the final character of a run), a
  two-character Chinese word is one exact token (``"小明"``), and a short Latin query is a word
  prefix (``"al"*``): the index answers queries the trigram index cannot (it needs three
  characters) without scanning the base tables.

The function is registered on every connection the app opens (``app.db.engine.connect_raw``), so
the triggers work for every writer inside Steward. A tool that writes to the member tables with a
bare ``sqlite3`` connection must call ``register_functions(conn)`` first, or SQLite refuses the
write with "no such function: steward_fts_tokens" (it never writes a half-indexed row).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from app.messages import msg

TOKENS_FUNCTION = "steward_fts_tokens"
FTS_MARKER = "_fts"  # in the name of every FTS5 table (and so of its shadow tables)
MIN_SQLITE = (3, 34, 0)  # the trigram tokenizer

# Scripts written without spaces between words: Han (with radicals, extensions and compatibility
# ideographs), kana, bopomofo, Hangul.
_CJK = (
    "\u2e80-\u2fdf\u3005-\u3007\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def _bigrams(match: re.Match[str]) -> str:
    run = match.group(0)
    pairs = [run[i:i + 2] for i in range(len(run) - 1)]
    return " " + " ".join([*pairs, run[-1]]) + " "


def search_tokens(text: Any) -> str | None:
    """The text the short index sees: NFKC-normalised, CJK runs rewritten as bigrams.

    A long note is done in pieces: one NFKC call over megabytes holds the GIL for a tenth of a
    second, and the window (whose GUI thread needs the GIL too) would stall while a worker saves.
    """
    if text is None:
        return None
    value = text if isinstance(text, str) else str(text)
    if value.isascii():  # most handles, IDs and English notes: nothing to rewrite
        return value
    if len(value) <= TOKEN_PIECE:
        return _tokens(value)
    return "".join(_tokens(piece) for piece in _pieces(value))


TOKEN_PIECE = 65_536


def _tokens(value: str) -> str:
    return _CJK_RUN.sub(_bigrams, unicodedata.normalize("NFKC", value))


def _pieces(value: str) -> Iterator[str]:
    """``value`` cut just after a newline or space: NFKC never composes across those, and a CJK
    run never spans them, so the pieces give exactly the tokens of the whole."""
    start = 0
    while start < len(value):
        end = start + TOKEN_PIECE
        if end < len(value):
            cut = max(value.rfind("\n", start, end), value.rfind(" ", start, end))
            if cut < start:
                later = [i for i in (value.find("\n", end), value.find(" ", end)) if i >= 0]
                cut = min(later) if later else len(value) - 1
            end = cut + 1
        yield value[start:end]
        start = end


def is_cjk(char: str) -> bool:
    return _CJK_CHAR.fullmatch(char) is not None


def split_cjk(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (is a CJK run, piece) pieces, in order."""
    return [(is_cjk(piece[0]), piece) for piece in _CJK_SPLIT.split(text) if piece]


def register_functions(conn: Any) -> None:
    """Make the index's SQL function available on a DB-API connection (sqlite3 or SQLCipher)."""
    conn.create_function(TOKENS_FUNCTION, 1, search_tokens, deterministic=True)


def sqlite_version(conn: Any) -> tuple[int, ...]:
    row = conn.execute("SELECT sqlite_version()").fetchone()
    return tuple(int(part) for part in str(row[0]).split("."))


def missing_search_support(conn: Any) -> str | None:
    """Why this SQLite cannot hold Steward's search index, or None when it can."""
    version = sqlite_version(conn)
    if version < MIN_SQLITE:
        found = ".".join(map(str, version))
        return msg("SQLite {version} is too old for Steward's search (3.34 or newer is "
                   "needed)", version=found)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.steward_probe_fts USING fts5(x, "
                     "tokenize='trigram')")
        conn.execute("DROP TABLE temp.steward_probe_fts")
    except Exception as exc:  # the module raises its own OperationalError type
        return msg("this SQLite has no FTS5 trigram tokenizer ({error})", error=str(exc))
    return None


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic filter: FTS5 tables and their shadow tables are not models."""
    return not (type_ == "table" and name is not None and FTS_MARKER in name)
