"""Export of one organisation as a ZIP (JSON per model, uploaded files, CSV per main table) and
import of such a ZIP as a new organisation. The format is described in docs/export-format.md."""
