"""PDF documents (ReportLab) — arrive with the documents issue; no Qt here."""
