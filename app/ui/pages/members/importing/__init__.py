"""The pieces of the member import wizard."""
