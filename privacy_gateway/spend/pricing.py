"""What a request cost, and what serving it locally saved, from a price table in the config."""

from __future__ import annotations

from dataclasses import dataclass

PER_MILLION = 1_000_000


@dataclass(frozen=True)
class Price:
    """USD per million input and output tokens."""

    input: float
    output: float

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        """The cost of these tokens at this price."""
        return (tokens_in * self.input + tokens_out * self.output) / PER_MILLION


@dataclass(frozen=True)
class PriceTable:
    """Prices per cloud model, an optional price for local serving, and the model savings compare with."""

    models: dict[str, Price]
    local: Price | None = None
    reference_model: str | None = None
    source: str = "the gateway's price table"

    def price(self, model: str) -> Price | None:
        """The price of a cloud model, or None when it is unpriced."""
        return self.models.get(model)

    def cost(self, tier: str, model: str, tokens_in: int, tokens_out: int) -> float | None:
        """Estimated cost of a request; None when no price is known for its model."""
        if tier == "local":
            return self.local.cost(tokens_in, tokens_out) if self.local else 0.0
        price = self.models.get(model)
        return price.cost(tokens_in, tokens_out) if price else None

    def saved(self, tier: str, tokens_in: int, tokens_out: int) -> float | None:
        """For a locally served request: the cloud price of its tokens, less the local cost."""
        if tier != "local" or self.reference_model not in self.models:
            return None
        cloud = self.models[self.reference_model].cost(tokens_in, tokens_out)
        local = self.local.cost(tokens_in, tokens_out) if self.local else 0.0
        return cloud - local
