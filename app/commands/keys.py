"""``keys``: where the database key is kept, and re-keying from the command line.

``keys status`` says whether the database is encrypted and which store holds its key (never the
key). ``keys rekey`` re-encrypts the database, its backups and attachments under a new random
key; the recovery key changes with it, and the window shows the new one at its next start.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.commands.common import EXIT_OK, EXIT_USER, TerminalProgress
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser("keys", help="show where the database key is kept, or re-key")
    actions = parser.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    actions.add_parser("status", help="is the database encrypted, and where is its key")
    actions.add_parser("rekey", help="re-encrypt the database under a new random key "
                                     "(close Steward's window first)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bootstrap import open_keys

    keys = open_keys(paths, create=False)
    if keys is None:
        print(f"steward: {paths.db_file} has no encrypted database yet; run a command such as "
              "demo, or open the window, to create one.", file=out)
        return EXIT_USER
    if args.keys_action == "status":
        status = keys.status()
        where = (f"the system keyring ({status.backend_label or status.backend_name})"
                 if status.kind.value == "keyring" else
                 "a passphrase vault (STEWARD_PASSPHRASE on the command line)")
        print(f"Database: {paths.db_file} ({'encrypted' if status.encrypted else 'NOT encrypted'})",
              file=out)
        print(f"Key kept in: {where}", file=out)
        if status.previous_backend:
            print(f"The keyring changed since the last run (was {status.previous_backend}).",
                  file=out)
        return EXIT_OK
    keys.resume()
    keys.rekey(TerminalProgress("Re-keying"))
    print("Re-encrypted the database, its backups and attachments under a new key. The recovery "
          "key has changed: open Steward's window to see and save the new one.", file=out)
    return EXIT_OK
