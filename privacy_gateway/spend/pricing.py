"""What a request cost, and what serving it locally saved.

Prices come from the config's `pricing.models` first, then from genai-prices (pydantic's maintained
price table, github.com/pydantic/genai-prices), whose snapshot ships inside the installed package:
no network at run time, and an upgrade of the package updates the prices. A model neither knows is
*unpriced*: its cost is None, reported as unpriced, never as $0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

PER_MILLION = 1_000_000


@dataclass(frozen=True)
class Price:
    """USD per million input and output tokens."""

    input: float
    output: float

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        """The cost of these tokens at this price."""
        return (tokens_in * self.input + tokens_out * self.output) / PER_MILLION


Catalogue = Callable[[str, int, int], "float | None"]


def catalogue_cost(model: str, tokens_in: int, tokens_out: int) -> float | None:
    """The cost of these tokens on `model` from genai-prices' bundled table, or None when it does not know the model."""
    try:
        from genai_prices import Usage, calc_price
    except ImportError:  # an install without it prices from the config alone
        return None
    try:
        return float(calc_price(Usage(input_tokens=tokens_in, output_tokens=tokens_out), model_ref=model).total_price)
    except LookupError:
        return None


def catalogue_version() -> str:
    """Which genai-prices snapshot prices come from (for doctor and the README)."""
    try:
        from importlib.metadata import version

        return f"genai-prices {version('genai-prices')}"
    except Exception:  # noqa: BLE001 - not installed
        return "no price catalogue installed"


@dataclass(frozen=True)
class PriceTable:
    """Prices per cloud model (the config's, then the catalogue's), an optional local price, and the model savings compare with."""

    models: dict[str, Price]
    local: Price | None = None
    reference_model: str | None = None
    catalogue: Catalogue | None = field(default=catalogue_cost, compare=False)

    @property
    def source(self) -> str:
        """Where prices come from, for messages."""
        return "pricing.models in the config, then " + catalogue_version() if self.catalogue else "pricing.models in the config"

    def priced(self, model: str) -> bool:
        """Whether `model` has a price, in the config or the catalogue."""
        return self.cloud_cost(model, 1000, 1000) is not None

    def cloud_cost(self, model: str, tokens_in: int, tokens_out: int) -> float | None:
        """What these tokens cost on a cloud model; None when it is unpriced."""
        price = self.models.get(model)
        if price is not None:
            return price.cost(tokens_in, tokens_out)
        return self.catalogue(model, tokens_in, tokens_out) if self.catalogue else None

    def cost(self, tier: str, model: str, tokens_in: int, tokens_out: int) -> float | None:
        """Estimated cost of a request; None when no price is known for its model."""
        if tier == "local":
            return self.local.cost(tokens_in, tokens_out) if self.local else 0.0
        return self.cloud_cost(model, tokens_in, tokens_out)

    def saved(self, tier: str, tokens_in: int, tokens_out: int) -> float | None:
        """For a locally served request: the reference model's price of its tokens, less the local cost."""
        if tier != "local" or self.reference_model is None:
            return None
        cloud = self.cloud_cost(self.reference_model, tokens_in, tokens_out)
        if cloud is None:
            return None
        local = self.local.cost(tokens_in, tokens_out) if self.local else 0.0
        return cloud - local
