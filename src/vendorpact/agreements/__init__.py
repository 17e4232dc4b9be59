"""Renderers for the agreement model that need libraries (DOCX with python-docx, PDF with
WeasyPrint); the model, the clauses and the Markdown renderer live in core.agreements."""
