"""Pure helpers shared by every layer (name folding, text shingles): no I/O, no imports from
any other newsbrief package."""
