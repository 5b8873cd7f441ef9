// Package taintheader reports that untrusted input is written into an HTTP response header (CWE-113), found by the taint engine.
package taintheader

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to HeaderInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3113",
	Name:       "tainted-header-injection",
	CWE:        []int{113},
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is written into an HTTP response header",
	Doc:        doc,
}, taint.HeaderInjection)
