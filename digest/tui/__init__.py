"""The Textual browser (`digest` / `digest browse`): visits, quotes, numbers and a reader."""
