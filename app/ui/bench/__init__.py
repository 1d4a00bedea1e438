"""Measuring the GUI: responsiveness, scripted user actions, and the GUI child processes that
``app.bench`` times from the outside (``startup``, ``bare_window``, ``session``)."""
