"""The client APIs the gateway serves: routes, handlers and error shapes are generated from these lists."""

from __future__ import annotations

from privacy_gateway.web.ingress import anthropic, embeddings, ollama, ollama_generate, openai, openai_completions, openai_responses
from privacy_gateway.web.ingress.base import ChatIngress, EmbedIngress, Ingress

CHAT: tuple[ChatIngress, ...] = (
    openai.INGRESS,
    anthropic.INGRESS,
    ollama.INGRESS,
    openai_completions.INGRESS,
    openai_responses.INGRESS,
    ollama_generate.INGRESS,
)
EMBED: tuple[EmbedIngress, ...] = (embeddings.OPENAI, embeddings.OLLAMA)
ALL: tuple[Ingress, ...] = (*CHAT, *EMBED)
DEFAULT: Ingress = openai.INGRESS  # OpenAI's error shape is what most clients read


def owner(path: str) -> Ingress:
    """The API whose error shape a request to `path` gets: the longest claim on the path wins."""
    claims = [(ingress.owns or ingress.path, ingress) for ingress in ALL]
    matching = [(len(prefix), ingress) for prefix, ingress in claims if path.startswith(prefix)]
    return max(matching, key=lambda claim: claim[0])[1] if matching else DEFAULT
