"""Audits over the years: the baseline (last year's file), the comparison with it, its report."""
