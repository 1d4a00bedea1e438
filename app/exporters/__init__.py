"""Domain objects → files (Markdown, CSV, PDF, JSON, zip); no database and no Qt.

Member writers take an iterable of ``app.domain.member_io.MemberRecord`` and a text stream or
path; ``app.exporters.atomic`` makes sure a file appears under its final name only when it is
complete.
"""
