"""The `privacy-gateway` command and its subcommands."""
