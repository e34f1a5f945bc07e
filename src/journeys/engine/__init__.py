"""The journey-building stages: pure functions over plain records and arrays."""
