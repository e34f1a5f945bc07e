"""Services: the use cases edges call (import runs, listing, export, deletion, demo)."""
