"""The contract analyser: read a supplier's document and report every checklist item with
evidence, key figures, risk flags and questions to ask. Pure Python, no Django."""

from vendorpact.core.contracts.analyse import (
    AnalysisResult,
    analyse_file,
    analyse_text,
    result_to_dict,
)
from vendorpact.core.contracts.errors import DocumentError

__all__ = ["AnalysisResult", "DocumentError", "analyse_file", "analyse_text", "result_to_dict"]
