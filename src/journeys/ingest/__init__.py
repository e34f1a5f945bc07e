"""Importers: one module per browser family, for Takeout and for query logs."""
