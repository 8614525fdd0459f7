"""Image analysis: validation of uploads, design DNA, local and LLM analysers."""
