# An empty catalogue has nothing to translate.
