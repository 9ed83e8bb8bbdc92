//! Charts: what to draw (pure data) and drawing it to SVG with plotters.
