"""Parts of the LLM brains: `schema` (what a model fills, and how it becomes an `Intent`) and
`tool_turn` (a bounded tool-calling loop over LangChain tools)."""
