"""The Qt floor: screens, item models, dialogs and widgets. The only code that imports PySide6."""
