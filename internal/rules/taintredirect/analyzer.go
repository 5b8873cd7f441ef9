// Package taintredirect reports untrusted input chooses where a response redirects (CWE-601), found by the taint engine.
package taintredirect

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to OpenRedirect sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3601",
	Name:       "tainted-open-redirect",
	CWE:        []int{601},
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input chooses where a response redirects",
	Doc:        doc,
}, taint.OpenRedirect)
