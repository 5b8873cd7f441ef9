// Package taintxss reports untrusted input is returned as HTML without escaping (CWE-79), found by the taint engine.
package taintxss

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to XSS sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3079",
	Name:       "tainted-cross-site-scripting",
	CWE:        []int{79},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is returned as HTML without escaping",
	Doc:        doc,
}, taint.XSS)
