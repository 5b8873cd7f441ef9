package ast

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestSpecMatchesCPython checks gen/spec.txt, from which the nodes are
// generated, against the classes of the python3 ast module: the same
// fields in the same order, and positions exactly on the classes that have
// them. Fields marked "new" (added after 3.11) are skipped.
func TestSpecMatchesCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is required under CI")
		}
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", `
import ast, json
print(json.dumps({n: [list(c._fields), list(getattr(c, '_attributes', ()))]
                  for n, c in vars(ast).items()
                  if isinstance(c, type) and issubclass(c, ast.AST) and c._fields is not None}))
`).Output()
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][2][]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("gen/spec.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, rest, _ := strings.Cut(line, ":")
		parts := strings.Fields(head)
		name, attrs := parts[1], len(parts) > 2
		var fields []string
		for _, fs := range strings.Split(rest, ";") {
			fw := strings.Fields(fs)
			if len(fw) >= 2 && !(len(fw) > 2 && fw[2] == "new") {
				fields = append(fields, fw[0])
			}
		}
		w, ok := want[name]
		if !ok {
			continue // a class added after python3's version
		}
		seen++
		if strings.Join(fields, ",") != strings.Join(w[0], ",") {
			t.Errorf("%s: fields %v, CPython has %v", name, fields, w[0])
		}
		if hasPos := len(w[1]) == 4; hasPos != attrs {
			t.Errorf("%s: [attrs] is %v, CPython's _attributes are %v", name, attrs, w[1])
		}
	}
	if seen < 60 {
		t.Fatalf("only %d classes of the spec were found in CPython's ast module", seen)
	}
}
