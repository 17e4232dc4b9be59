"""Partnership health checks answered by both sides, the supplier's answer links, the results
and their trend."""
