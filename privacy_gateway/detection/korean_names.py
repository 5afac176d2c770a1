"""Korean names.

Korea's forty commonest family names, one syllable each, which `other_scripts` reads before kin's
words ("엄마 한수빈").
"""

from __future__ import annotations

# Korea's forty commonest family names, one syllable each (the rarer ones open everyday words: 사, 가, 부).
COMMON_KOREAN_FAMILY = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민진"
