"""A fork server for crash tests: Steward's modules imported once, one fork per child.

Starting ``python main.py`` costs about half a second of imports; fifty kills per write path
would spend most of the suite's time importing. This process imports the CLI once and, per
request line ``{"argv": [...], "stdout": path, "stderr": path}`` on stdin, forks a child that runs
``app.cli.main(argv)`` (exactly what main.py runs) with its output in those files. It answers
``{"pid": n}`` at once and ``{"pid": n, "exit": code}`` when the child ends (a negative code is
the signal that ended it). Single-threaded, so forking is safe. POSIX only.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

PRELOAD = ("app.bootstrap", "app.services.health", "app.db.migrate", "app.importers.plan",
           "app.bench.keys")


def _child(argv: list[str], stdout: str, stderr: str) -> None:
    for fd, path in ((1, stdout), (2, stderr)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    code = 3
    try:
        from app.cli import main

        code = main(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    from app.cli import build_parser

    build_parser()  # imports every command module
    for module in PRELOAD:  # what the commands import lazily, so each child starts warm
        importlib.import_module(module)

    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _child(request["argv"], request["stdout"], request["stderr"])
        sys.stdout.write(json.dumps({"pid": pid}) + "\n")
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(json.dumps({"pid": pid, "exit": os.waitstatus_to_exitcode(status)})
                         + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
