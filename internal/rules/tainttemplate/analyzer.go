// Package tainttemplate reports untrusted input used as the source text of
// a server-side template (CWE-1336), found by the taint engine.
//
// Its ID, KRT3336, follows the taint rules' scheme (KRT3 and the CWE in
// three digits): CWE-1336 has four, so the rule takes its last three. No
// other krait rule is about CWE-336 (the same seed in a PRNG belongs with
// KRT3330's weak randomness).
package tainttemplate

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data into the source of a
// server-side template.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3336",
	Name:       "tainted-server-side-template-injection",
	CWE:        []int{1336},
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is compiled as a server-side template",
	Doc:        doc,
}, taint.TemplateInjection)
