"""Steward's entry point: parse the command line, then run a command or open the window."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
