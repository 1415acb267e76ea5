"""The findings rules: what they share, rules over the inventory, rules over the assessment."""
