"""Policies: what each kind of personal data means, the files that say so, and their test cases."""
