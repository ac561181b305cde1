"""Checks an OpenAPI document and the bodies a service sent against it.

usage: validate.py OPENAPI_JSON BODIES_JSON

OPENAPI_JSON is validated against the OpenAPI specification by
openapi-spec-validator. BODIES_JSON is a list of
{"path", "method", "status", "content_type", "body"}: each body, and every
example of every response the document declares, is validated against the
schema of its response by openapi-schema-validator (JSON Schema 2020-12 with
OpenAPI 3.1's vocabulary). Exits 1 with every failure listed, 0 when all
hold.
"""

import json
import sys

from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate


def main(document_path, bodies_path):
    with open(document_path, encoding="utf-8") as f:
        document = json.load(f)
    with open(bodies_path, encoding="utf-8") as f:
        bodies = json.load(f)

    validate(document)

    def check(schema, instance, where):
        # A `$ref` such as `#/components/schemas/Order` resolves against the
        # root of the schema it is in: give that root the document's
        # components, a keyword JSON Schema ignores.
        rooted = dict(schema, components=document.get("components", {}))
        validator = OAS31Validator(rooted)
        return [f"{where}: {error.message}" for error in validator.iter_errors(instance)]

    failures = []
    examples = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation.get("responses", {}).items():
                for content_type, content in response.get("content", {}).items():
                    schema = content.get("schema")
                    for name, example in content.get("examples", {}).items():
                        examples += 1
                        where = f"{method} {path} {status} {content_type} example {name}"
                        failures += check(schema, example["value"], where)

    for sent in bodies:
        response = document["paths"][sent["path"]][sent["method"]]["responses"][str(sent["status"])]
        schema = response["content"][sent["content_type"]]["schema"]
        where = f"{sent['method']} {sent['path']} {sent['status']} {sent['content_type']} body {json.dumps(sent['body'])}"
        failures += check(schema, sent["body"], where)

    if failures:
        print("\n".join(failures))
        return 1
    print(f"valid: the document, {examples} examples, {len(bodies)} bodies sent")
    return 0


if __name__ == "__main__":
    # An invalid document raises, which prints the reason and exits 1.
    sys.exit(main(*sys.argv[1:]))
