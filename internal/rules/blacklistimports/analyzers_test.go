package blacklistimports_test

import (
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/blacklistimports"
)

// TestAnalyzers runs each analyzer over its own testdata directory,
// testdata/<rule name>.
func TestAnalyzers(t *testing.T) {
	for _, a := range blacklistimports.Analyzers() {
		t.Run(a.Name, func(t *testing.T) {
			analysistest.Run(t, filepath.Join("testdata", a.Name), a)
		})
	}
}

// TestAnalyzersCopy checks that callers cannot change the package's list.
func TestAnalyzersCopy(t *testing.T) {
	as := blacklistimports.Analyzers()
	as[0] = nil
	if blacklistimports.Analyzers()[0] == nil {
		t.Fatal("Analyzers returned the package's own slice")
	}
}
