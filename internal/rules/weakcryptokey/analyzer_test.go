package weakcryptokey_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/rules/weakcryptokey"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", weakcryptokey.Analyzer)
}

// TestOptions raises the RSA thresholds with Bandit's option names.
func TestOptions(t *testing.T) {
	src := []byte(`from cryptography.hazmat.primitives.asymmetric import rsa

rsa.generate_private_key(65537, 2048)
rsa.generate_private_key(65537, 3072)
rsa.generate_private_key(65537, 4096)
`)
	c := &analysis.Checker{
		Analyzers: []*analysis.Analyzer{weakcryptokey.Analyzer},
		Options: map[string]map[string]any{weakcryptokey.Analyzer.Name: {
			"weak_key_size_rsa_high":   int64(3072),
			"weak_key_size_rsa_medium": float64(4096),
		}},
	}
	r := c.CheckSource("keys.py", src)
	if len(r.Findings) != 2 {
		t.Fatalf("got %d findings, want 2: %+v", len(r.Findings), r.Findings)
	}
	if f := r.Findings[0]; f.Line != 3 || f.Severity != finding.High {
		t.Errorf("2048 bits: line %d severity %v, want line 3 high", f.Line, f.Severity)
	}
	if f := r.Findings[1]; f.Line != 4 || f.Severity != finding.Medium {
		t.Errorf("3072 bits: line %d severity %v, want line 4 medium", f.Line, f.Severity)
	}
}
