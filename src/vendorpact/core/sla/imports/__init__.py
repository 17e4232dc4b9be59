"""Importers: helpdesk ticket exports, status histories, downtime logs and real event logs."""

from vendorpact.core.sla.imports.formats import ColumnMapping, detect_format
from vendorpact.core.sla.imports.tickets import (
    ExportFormatError,
    ImportResult,
    RowError,
    attach_events,
    import_events,
    import_tickets,
)

__all__ = [
    "ColumnMapping",
    "ExportFormatError",
    "ImportResult",
    "RowError",
    "attach_events",
    "detect_format",
    "import_events",
    "import_tickets",
]
