"""Tools for developers: the synthetic corpus of the scale bench."""
