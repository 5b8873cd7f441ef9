package testutil

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Schema compiles the JSON schema whose $id is root from the official
// schema files of ../shared/schemas: files maps each file it needs (the
// root's and those it references) to the $id it is loaded under, so that
// nothing is fetched. Formats are asserted.
func Schema(t testing.TB, root string, files map[string]string) *jsonschema.Schema {
	t.Helper()
	dir := filepath.Join(SharedDir(t), "schemas")
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for file, id := range files {
		f, err := os.Open(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if err := c.AddResource(id, doc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
	}
	sch, err := c.Compile(root)
	if err != nil {
		t.Fatalf("compiling the schema %s: %v", root, err)
	}
	return sch
}

// Validate checks the JSON document doc against sch; a document that is
// not JSON fails the test.
func Validate(t testing.TB, sch *jsonschema.Schema, doc []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("%v\n%s", err, doc)
	}
	return sch.Validate(inst)
}
