"""Requests to the supplier, the context sheet and its share links, request attachments and the
e-mails sent to supplier contacts."""
