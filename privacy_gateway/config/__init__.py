"""Gateway configuration: the settings file, its YAML with locations, and client keys."""
