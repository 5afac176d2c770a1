"""What requests cost, what local serving saved, and each client's budget."""
