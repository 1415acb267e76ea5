"""What an audit adds up to: scores, stages and completeness, and the findings rules produce.

:mod:`wizard.scoring.scores` computes the figures; :mod:`wizard.scoring.findings` runs the rules
of :mod:`wizard.scoring.rules` over the inventory and the assessment and keeps the auditor's review.
"""
