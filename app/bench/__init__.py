"""Benchmarks: measured speeds against the floor (the same work done with plain sqlite3)."""
