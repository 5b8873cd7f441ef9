package taint

import (
	"os"
	"testing"
)

// TestDebugFile prints the findings and traces of one file: DBG=path.
func TestDebugFile(t *testing.T) {
	p := os.Getenv("DBG")
	if p == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(p)
	r := analyze(t, string(src))
	for _, f := range r.Findings {
		t.Logf("%d %s %s %v", f.Loc.Lineno, f.Sink, f.Source, f.Trace)
	}
}
