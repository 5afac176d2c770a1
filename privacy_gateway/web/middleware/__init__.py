"""Pure ASGI middleware for the concerns every request shares."""
