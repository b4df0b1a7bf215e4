"""ReportLab documents, fonts and shaping, tables and charts, CSV and XLSX export and import."""
