"""Benchmarks: Steward's figures, each measured beside its floor, without Qt.

A *figure function* takes a ``BenchEnv`` and returns ``Reading``s for one run; the runner calls
it several times and summarises each reading (median and spread) beside the floor measured in the
same run on the same data: the same query or write done with the plain DB-API module (``sqlite3``,
or ``sqlcipher3`` when the database is encrypted) and none of Steward's layers. Figures that need a
window run the GUI in a child process (``app.ui.bench``), so nothing here imports Qt.

Adding a figure is one function, listed in ``app.bench.report.FIGURES`` (the whole suite, ``make
bench``) and, when it runs in-process, in ``IN_PROCESS`` (``python main.py bench``). A figure whose
feature has not landed raises ``Pending(reason)``; the report shows the reason, never a number.
"""
