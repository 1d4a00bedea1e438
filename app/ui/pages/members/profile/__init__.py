"""The pieces of a member's profile: header, details form, notes, history."""
