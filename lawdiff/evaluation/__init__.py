"""Evaluation commands: measure segmentation, classification and linking against labelled sets."""
