"""Training and evaluation of the abuse classifier (not needed at run time)."""
