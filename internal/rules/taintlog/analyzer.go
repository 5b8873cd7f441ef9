// Package taintlog reports that untrusted input is written to a log unescaped (CWE-117), found by the taint engine.
package taintlog

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to LogInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3117",
	Name:       "tainted-log-injection",
	CWE:        []int{117},
	Severity:   finding.Low,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is written to a log unescaped",
	Doc:        doc,
}, taint.LogInjection)
