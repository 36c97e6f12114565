"""Emptying a layout that a screen rebuilds each time its data changes.

Widgets are unparented first so they leave the screen at once, not when the event loop next deletes them; a
widget the caller still holds (the field someone is typing in) can be kept.
"""

from __future__ import annotations

from collections.abc import Container

from PySide6.QtWidgets import QLayout, QWidget


def clear_layout(layout: QLayout, keep: Container[QWidget] = ()) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is None or widget in keep:
            continue
        widget.setParent(None)
        widget.deleteLater()
