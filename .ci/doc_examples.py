"""Lists the rustdoc pages of the published crates that show no example.

usage: python3 .ci/doc_examples.py [DOC_DIR]   (default: target/doc)

Every page of an item (struct, enum, trait, function, macro, attribute,
derive, type alias) and of a module must show at least one example that
rustdoc compiled as a doc test; plain constants need none. Exits 1 and names
each page without one.
"""

import pathlib
import sys

CRATES = ("error_catalog", "error_catalog_macros")
ITEM_PAGES = ("struct.", "enum.", "trait.", "fn.", "macro.", "attr.", "derive.", "type.")
EXAMPLE = "rust-example-rendered"


def pages(root):
    for crate in CRATES:
        directory = root / crate
        if not directory.is_dir():
            yield directory, None
            continue
        for page in sorted(directory.rglob("*.html")):
            name = page.name
            if name == "index.html" or name.startswith(ITEM_PAGES):
                yield page, page.read_text(encoding="utf-8")


def main(root):
    missing = []
    count = 0
    for page, text in pages(pathlib.Path(root)):
        if text is None:
            missing.append(f"{page}: not built")
            continue
        # A page that only redirects (a re-export) has no content of its own.
        if "<title>Redirection</title>" in text:
            continue
        count += 1
        if EXAMPLE not in text:
            missing.append(str(page.relative_to(root)))
    if missing:
        print("pages without an example:\n  " + "\n  ".join(missing))
        return 1
    print(f"every one of {count} pages shows an example")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "target/doc"))
