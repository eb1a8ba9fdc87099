"""Records shared by every layer: small dataclasses for one concept across sources, extract,
storage, ask and the surfaces. Imports nothing from any other newsbrief package."""
