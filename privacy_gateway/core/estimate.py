"""A token count worked out on this machine, for clients that ask how long a prompt is.

The same rule the context-window routing uses (characters / 4), over every text and tool definition
of the request: an estimate, not the cloud model's tokenizer, and nothing leaves the machine.
"""

from __future__ import annotations

import json
import math

from privacy_gateway.core.chat import ChatRequest
from privacy_gateway.core.texts import extract_texts

CHARS_PER_TOKEN = 4  # the rule of thumb for English text; the context-window routing uses it too
PER_MESSAGE = 3  # role and separators, which chat templates add around every turn


def estimate_tokens(request: ChatRequest) -> int:
    """Roughly how many input tokens `request` is."""
    chars = sum(len(t) for t in extract_texts(request))
    chars += sum(len(t.name) + len(t.description) + len(json.dumps(t.parameters)) for t in request.tools)
    return math.ceil(chars / CHARS_PER_TOKEN) + PER_MESSAGE * len(request.messages)
