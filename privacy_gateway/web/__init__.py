"""The HTTP edge: the ASGI app, its middleware, and each client API's shapes (ingress)."""
