// Exporters: filled in by the export work.
