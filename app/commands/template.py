"""``template members --out PATH``: write the CSV template for members (the WeChat path)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import EXIT_OK, command_group
from app.paths import AppPaths, resources_dir


def register(sub: Any) -> None:
    group = command_group(sub, "template", "write a blank template to fill in", "template_what")
    parser = group.add_parser("members", help="a CSV with every member column, to fill in Excel")
    parser.add_argument("--out", required=True, metavar="PATH", help="where to write the CSV")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.exporters.template import write_members_template

    target = write_members_template(resources_dir(), Path(args.out).expanduser())
    print(f"Wrote {target}: fill in one member per row, then run "
          f"'import members {target.name}'", file=out)
    return EXIT_OK
