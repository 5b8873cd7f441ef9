package taint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

func analyze(t *testing.T, src string) *Result {
	t.Helper()
	f := parser.ParseFile("t.py", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatalf("syntax errors: %v", f.Errors)
	}
	return Analyze("t.py", f.Module, semantic.Build(f.Module, ""))
}

// lines returns "line:class:source" for each finding.
func lines(r *Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%d:%s:%s", f.Loc.Lineno, f.Sink, f.Source))
	}
	return out
}

func expect(t *testing.T, src string, want ...string) {
	t.Helper()
	r := analyze(t, src)
	got := lines(r)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s\nsource:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), src)
	}
}

// check analyses src and compares its findings with the lines marked
// `# flow SOURCE` (a finding of that source at that line, any sink);
// every other line must have none.
func check(t *testing.T, src string) *Result {
	t.Helper()
	r := analyze(t, src)
	var want []string
	for i, line := range strings.Split(src, "\n") {
		if j := strings.Index(line, "# flow "); j >= 0 {
			for _, s := range strings.Fields(line[j+len("# flow "):]) {
				want = append(want, fmt.Sprintf("%d:%s", i+1, s))
			}
		}
	}
	var got []string
	for _, f := range r.Findings {
		got = append(got, fmt.Sprintf("%d:%s", f.Loc.Lineno, strings.ReplaceAll(f.Source, " ", "_")))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s\nall: %v", strings.Join(got, "\n"), strings.Join(want, "\n"), lines(r))
	}
	return r
}
