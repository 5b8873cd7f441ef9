package rules

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
)

// maxFuzzInputTime is how long the rules may take on one fuzz input
// before the target reports it as a hang.
const maxFuzzInputTime = 5 * time.Second

// FuzzAllRules runs every analyzer over arbitrary source: no rule may
// panic (the checker would turn it into an internal-error finding, which
// this target treats as a failure). The seeds are every rule's testdata
// and the taint benchmark's cases.
func FuzzAllRules(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"*/testdata/*.py", "*/testdata/*/*.py", "../taint/testdata/*/*/*.py"} {
		more, _ := filepath.Glob(pattern)
		seeds = append(seeds, more...)
	}
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	c := &analysis.Checker{Analyzers: All()}
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		if r := c.CheckSource("fuzz.py", src); r.Panic != nil {
			t.Fatalf("a rule panicked: %v", r.Panic)
		}
		// Inputs are a few kilobytes: seconds mean a runaway analysis.
		if d := time.Since(start); d > maxFuzzInputTime {
			t.Fatalf("the rules took %v on a %d-byte input", d, len(src))
		}
	})
}
