"""The REST API (/api/v1), described by /openapi.json."""
