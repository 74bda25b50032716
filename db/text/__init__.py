"""Text logic that needs no database and no window: folding, spans, scripts and direction,
snippets, similarity keys, anchors of meaning. Modules take plain strings, return frozen objects."""
