"""Tools for developers: the synthetic corpus and the bench of the budgets, and the README's generated parts."""
