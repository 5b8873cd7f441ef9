"""Data access for the inventory service."""
