"""Known helpdesk export layouts, recognised by their header row.

Sources for the column names: ../shared/data/helpdesk-exports/README.md. Header names are matched
case-insensitively after trimming; ``ColumnMapping`` is also what a user sets once per supplier
for any other export.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class ColumnMapping:
    """Which header holds which ticket field; ``*_after`` columns hold a duration since creation."""

    id: str
    created: str
    priority: str = ""
    first_response: str = ""
    resolved: str = ""
    resolved_fallback: str = ""
    status: str = ""
    subject: str = ""
    first_response_after: str = ""
    resolved_after: str = ""
    duration_unit: str = "minutes"  # for *_after columns that are plain numbers
    day_first: bool = True
    format: str = "custom"
    resolved_statuses: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        data = asdict(self)
        data["resolved_statuses"] = list(self.resolved_statuses)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ColumnMapping:
        values = dict(data)
        values["resolved_statuses"] = tuple(values.get("resolved_statuses") or ())
        return cls(**values)


GENERIC = ColumnMapping(
    format="generic",
    id="id",
    priority="priority",
    created="created",
    first_response="first_response",
    resolved="resolved",
    status="status",
)

# "Date of First Response" is the bundled Jira custom field of that name; by the export's naming
# rule it appears as "Custom field (...)" (inferred, not checked against a real export).
JIRA = ColumnMapping(
    format="jira",
    id="Issue key",
    priority="Priority",
    created="Created",
    resolved="Resolved",
    status="Status",
    subject="Summary",
    first_response="Custom field (Date of First Response)",
)

ZENDESK = ColumnMapping(
    format="zendesk",
    id="ID",
    priority="Priority",
    created="Created at",
    resolved="Solved at",
    status="Status",
    subject="Subject",
    first_response_after="First reply time in minutes",
    duration_unit="minutes",
)

# Freshdesk leaves "Resolved time" empty in real exports: fall back to "Closed time", then to
# created + "Resolution time (in hrs)" (H:MM:SS) for tickets whose status is resolved/closed.
FRESHDESK = ColumnMapping(
    format="freshdesk",
    id="Ticket ID",
    priority="Priority",
    created="Created time",
    first_response="Initial response time",
    resolved="Resolved time",
    resolved_fallback="Closed time",
    resolved_after="Resolution time (in hrs)",
    duration_unit="hours",
    status="Status",
    subject="Subject",
    resolved_statuses=("resolved", "closed"),
)

# TOPdesk has no fixed UI export header; this is the REST API field set flattened to columns
# (topdesk_incident_api_fixture.json), which is what integrations and report exports use.
TOPDESK = ColumnMapping(
    format="topdesk",
    id="number",
    priority="priority",
    created="callDate",
    first_response="responseDate",
    resolved="completedDate",
    resolved_fallback="closedDate",
    status="processingStatus",
    subject="briefDescription",
)

# Dutch labels of a TOPdesk selection export, as commonly configured (not verified on a file).
TOPDESK_NL = ColumnMapping(
    format="topdesk",
    id="Incidentnummer",
    priority="Prioriteit",
    created="Datum aanmelding",
    first_response="Datum reactie",
    resolved="Datum gereed",
    resolved_fallback="Datum afgemeld",
    status="Status",
    subject="Korte omschrijving",
)

GLPI = ColumnMapping(
    format="glpi",
    id="ID",
    priority="Priority",
    created="Opening date",
    resolved="Resolution date",
    resolved_fallback="Closing date",
    status="Status",
    subject="Title",
)

GLPI_FR = ColumnMapping(
    format="glpi",
    id="ID",
    priority="Priorité",
    created="Date d'ouverture",
    resolved="Date de résolution",
    resolved_fallback="Date de clôture",
    status="Statut",
    subject="Titre",
)

SERVICENOW = ColumnMapping(
    format="servicenow",
    id="number",
    priority="priority",
    created="opened_at",
    resolved="resolved_at",
    resolved_fallback="closed_at",
    status="incident_state",
    subject="short_description",
)

# Order matters: more specific signatures first.
KNOWN_FORMATS = (GENERIC, JIRA, ZENDESK, FRESHDESK, TOPDESK, TOPDESK_NL, SERVICENOW, GLPI, GLPI_FR)


def _key(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().lower().split())


def header_index(header: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        index.setdefault(_key(name), position)
    return index


def detect_format(header: list[str]) -> ColumnMapping | None:
    """The known layout whose id and created columns (and priority) are all present."""
    present = header_index(header)
    for mapping in KNOWN_FORMATS:
        needed = [mapping.id, mapping.created, mapping.priority]
        if all(_key(name) in present for name in needed if name):
            return mapping
    return None


def column_positions(mapping: ColumnMapping, header: list[str]) -> dict[str, int | None]:
    present = header_index(header)
    names = (
        "id",
        "priority",
        "created",
        "first_response",
        "resolved",
        "resolved_fallback",
        "status",
        "subject",
        "first_response_after",
        "resolved_after",
    )
    positions: dict[str, int | None] = {}
    for name in names:
        column = getattr(mapping, name)
        positions[name] = present.get(_key(column)) if column else None
    return positions
