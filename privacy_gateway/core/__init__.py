"""The privacy core: the neutral conversation, detect → decide → pseudonymize → restore, one request's journey."""
