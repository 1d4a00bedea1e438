"""CLI commands, one module each: ``register(subparsers)`` adds the parser and sets its handler.

Handlers take ``(args, paths, out)`` and return an exit code; they raise ``UserError`` for
problems the user can fix. Adding a command means adding a module and listing it in ``COMMANDS``.
"""

from __future__ import annotations

COMMANDS = (
    "app.commands.demo",
    "app.commands.check",
    "app.commands.self_check",
    "app.commands.keys",
    "app.commands.search",
    "app.commands.backup",
    "app.commands.restore",
    "app.commands.recover",
    "app.commands.privacy",
    "app.commands.import_members",
    "app.commands.export_notes",
    "app.commands.template",
    "app.commands.bench",
)
