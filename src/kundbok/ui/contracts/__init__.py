"""The contract windows: the list of contracts, the editor, price adjustment and the run."""
