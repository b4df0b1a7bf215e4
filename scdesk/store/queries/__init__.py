"""Read-only queries the GUI, the command line and the services share; they return frozen rows."""
