"""Domain objects → files (no database, no Qt)."""
