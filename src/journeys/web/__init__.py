"""The local web app: server-rendered pages over the same services as the CLI and the API."""
