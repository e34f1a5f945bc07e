"""The command-line edge: parse, call one service, render."""
