"""Budget follow-up: budget lines, extra costs (meerwerk), invoice allocations and matching."""

from vendorpact.core.budget.extra_costs import EXTRA_COST_TRANSITIONS, transition_extra_cost
from vendorpact.core.budget.line_budgets import line_budget
from vendorpact.core.budget.matching import (
    MatchCandidate,
    MatchProposal,
    closeness,
    description_similarity,
    propose_matches,
)
from vendorpact.core.budget.model import (
    Allocation,
    ApprovalCheck,
    BudgetKind,
    BudgetLine,
    BudgetSummary,
    BudgetWarning,
    ExtraCost,
    ExtraCostStatus,
    LineSummary,
    MonthPoint,
    Period,
    RateUnit,
)
from vendorpact.core.budget.monthly import monthly_series
from vendorpact.core.budget.prefill import (
    BudgetLineProposal,
    SkippedAmount,
    propose_budget_lines,
)
from vendorpact.core.budget.summary import check_approval, summarise

__all__ = [
    "EXTRA_COST_TRANSITIONS",
    "Allocation",
    "ApprovalCheck",
    "BudgetKind",
    "BudgetLine",
    "BudgetLineProposal",
    "BudgetSummary",
    "BudgetWarning",
    "ExtraCost",
    "ExtraCostStatus",
    "LineSummary",
    "MatchCandidate",
    "MatchProposal",
    "MonthPoint",
    "Period",
    "RateUnit",
    "SkippedAmount",
    "check_approval",
    "closeness",
    "description_similarity",
    "line_budget",
    "monthly_series",
    "propose_budget_lines",
    "propose_matches",
    "summarise",
    "transition_extra_cost",
]
