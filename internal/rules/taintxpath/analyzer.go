// Package taintxpath reports that untrusted input reaches an XPath expression (CWE-643), found by the taint engine.
package taintxpath

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to XPathInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3643",
	Name:       "tainted-xpath-injection",
	CWE:        []int{643},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input reaches an XPath expression",
	Doc:        doc,
}, taint.XPathInjection)
