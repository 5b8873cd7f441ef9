package hardcodedpasswordstring_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/rules/hardcodedpasswordstring"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", hardcodedpasswordstring.Analyzer)
}

func TestConfidence(t *testing.T) {
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{hardcodedpasswordstring.Analyzer}}
	for src, want := range map[string]finding.Confidence{
		"password = 'hunter2'\n":               finding.MediumConfidence,
		"dbPassword = 'hunter2'\n":             finding.MediumConfidence,
		"PASSWORD_RESET_URL = '/reset'\n":      finding.LowConfidence,
		"token_type = 'bearer'\n":              finding.LowConfidence,
		"password = '********'\n":              finding.LowConfidence,
		"password = '${DB_PASSWORD}'\n":        finding.LowConfidence,
		"TOKEN_HEADER_NAME = 'X-Auth-Token'\n": finding.LowConfidence,
		"password = 'Enter your password'\n":   finding.LowConfidence,
	} {
		r := c.CheckSource("x.py", []byte(src))
		if len(r.Findings) != 1 || r.Findings[0].Confidence != want {
			t.Errorf("%q: got %+v, want one finding with confidence %v", src, r.Findings, want)
		}
	}
}

func TestOptions(t *testing.T) {
	src := []byte("apikey = 'abc'\npassword = 'abc'\ncredential = 'abc'\n")
	for _, tc := range []struct {
		opts map[string]any
		want int
	}{
		{nil, 1},
		{map[string]any{"extra_password_names": []any{"apikey", "credential"}}, 3},
		{map[string]any{"password_names": []any{"apikey"}}, 1},
		{map[string]any{"password_names": "credential", "extra_password_names": []string{"apikey"}}, 2},
	} {
		c := &analysis.Checker{
			Analyzers: []*analysis.Analyzer{hardcodedpasswordstring.Analyzer},
			Options:   map[string]map[string]any{"hardcoded-password-string": tc.opts},
		}
		if r := c.CheckSource("x.py", src); len(r.Findings) != tc.want {
			t.Errorf("options %v: got %d findings, want %d", tc.opts, len(r.Findings), tc.want)
		}
	}
}
