"""Eval suites, scorers, runner and reports for the agent, retrieval and rendering."""
