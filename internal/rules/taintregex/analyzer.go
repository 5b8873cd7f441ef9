// Package taintregex reports that untrusted input is used as a regular expression (CWE-730), found by the taint engine.
package taintregex

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to RegexInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3730",
	Name:       "tainted-regex-injection",
	CWE:        []int{730},
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is used as a regular expression",
	Doc:        doc,
}, taint.RegexInjection)
