"""The main window's pages: the dashboard and the lists of records."""
