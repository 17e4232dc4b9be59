"""Concerns about a supplier, their escalation, the exit plan and the notice letter."""
