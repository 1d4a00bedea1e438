"""Files → member drafts (CSV, XLSX, vCard, and Steward's own Markdown/JSON/CSV exports).

No database and no Qt here: everything is a pure function of the file, so the GUI wizard, the CLI
and the tests drive the same code, and a worker thread can run it.
"""
