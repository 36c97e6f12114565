"""The Qt floor. Importing it first guards the interpreter against a PySide6 reference-count fault."""

from leadapp.ui.refcounts import keep_singletons_alive

keep_singletons_alive()
