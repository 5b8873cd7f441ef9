// Package taintcommand reports untrusted input reaches a command run by the operating system (CWE-78), found by the taint engine.
package taintcommand

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to CommandInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3078",
	Name:       "tainted-command-injection",
	CWE:        []int{78},
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input reaches a command run by the operating system",
	Doc:        doc,
}, taint.CommandInjection)
