"""PySide6: the main window, views, forms, item models, dialogs and background work."""
