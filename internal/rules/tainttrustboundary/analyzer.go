// Package tainttrustboundary reports that untrusted input is stored in the session (CWE-501), found by the taint engine.
package tainttrustboundary

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to TrustBoundary sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3501",
	Name:       "tainted-trust-boundary-violation",
	CWE:        []int{501},
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is stored in the session",
	Doc:        doc,
}, taint.TrustBoundary)
