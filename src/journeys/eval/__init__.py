"""Evaluation of segmentations on externally labelled search logs."""
