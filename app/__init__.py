"""Steward: a desktop community manager for solo operators."""

__version__ = "0.1.0"
APP_NAME = "Steward"
APP_ID = "io.steward.Steward"
