"""One module per topic, one function per user action; every write is stamped in one transaction."""
