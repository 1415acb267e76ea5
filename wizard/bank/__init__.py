"""The question bank: criteria, maturity scale, weights and stages, loaded from ``resources/``."""
