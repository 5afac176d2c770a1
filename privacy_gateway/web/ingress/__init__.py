"""Ingress translators: each client API's shapes in and out, at the edge of the gateway."""
