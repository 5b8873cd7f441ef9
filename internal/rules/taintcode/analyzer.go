// Package taintcode reports untrusted input reaches eval, exec or compile (CWE-94, CWE-95), found by the taint engine.
package taintcode

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to CodeInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3094",
	Name:       "tainted-code-injection",
	CWE:        []int{94, 95},
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input reaches eval, exec or compile",
	Doc:        doc,
}, taint.CodeInjection)
