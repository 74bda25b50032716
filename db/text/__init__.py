"""Text logic that needs no database and no window: folding, spans, scripts, anchors of meaning.

Modules here take plain strings and return frozen objects; `db` and `desktop` call them."""
