"""Classify: each paragraph's topics and each sentence's label, with the rule that gave it."""
