"""The secret template library at run time: search (k-NN + filters + DNA re-rank)."""
