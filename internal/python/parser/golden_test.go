package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/testutil"
)

// TestGolden parses every testdata/golden/*.py and compares what
// `krait debug ast` would print for it (the ast.Dump of the module, or
// "!! FILE:LINE: KIND: MESSAGE" for the first error) with the sibling
// .golden file. These inputs use syntax that no CPython on the test machine
// can check (3.12 and 3.13: PEP 695, 696, 701), so their goldens are written
// by krait with -update and reviewed by hand:
//
//	go test ./internal/python/parser -run TestGolden -update
//
// A missing .golden file fails the test unless -update is given.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no inputs in testdata/golden")
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			f := parser.ParseFile(name, src)
			var got string
			if len(f.Errors) > 0 {
				e := f.Errors[0]
				got = fmt.Sprintf("!! %s:%d: %s: %s\n", name, e.Line, e.Kind, e.Msg)
			} else {
				got = ast.Dump(f.Module) + "\n"
			}
			testutil.Golden(t, strings.TrimSuffix(in, ".py")+".golden", []byte(got))
		})
	}
}
