"""``search``: the search box from the command line, in any language."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from app.commands.common import EXIT_OK, non_negative_int, open_context, positive_int
from app.domain.search import SearchHit
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser("search", help="search members by name, handle, tag, field or note")
    parser.add_argument("query", metavar="QUERY", help="text to look for (any length, any "
                                                       "script; several words must all match)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--limit", type=positive_int, default=20, metavar="N",
                        help="at most N results (default 20)")
    parser.add_argument("--offset", type=non_negative_int, default=0, metavar="K",
                        help="skip the first K results (paging)")
    parser.set_defaults(handler=run)


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "id": hit.member_id,
        "display_name": hit.display_name,
        "status": hit.status.value,
        "handles": [{"platform": h.platform.value, "handle": h.handle,
                     "platform_id": h.platform_id} for h in hit.handles],
        "tags": list(hit.tags),
        "matched": hit.matched,
        "field": hit.field.value,
        "label": hit.label,
        "note_id": hit.note_id,
    }


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    ctx = open_context(args, paths, writes=False)
    try:
        page = ctx.search.search(args.query, offset=max(0, args.offset), limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps([hit_json(h) for h in page.hits], ensure_ascii=False, indent=2),
              file=out)
        return EXIT_OK
    if not page.hits:
        print("No matching members.", file=out)
        return EXIT_OK
    for hit in page.hits:
        where = f"{hit.field.value}: {hit.label}" if hit.label else hit.field.value
        print(f"#{hit.member_id}\t{hit.display_name}\t[{where}] {hit.matched}", file=out)
    if page.has_more:
        print(f"… more results: --offset {page.offset + len(page.hits)}", file=out)
    return EXIT_OK
