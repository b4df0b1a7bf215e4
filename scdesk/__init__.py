"""scdesk: offline-first records, minutes, sync bundles and reports for a network of cities."""

__version__ = "0.1.0"
