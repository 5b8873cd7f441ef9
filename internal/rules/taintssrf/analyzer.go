// Package taintssrf reports untrusted input chooses the URL of an outgoing request (CWE-918), found by the taint engine.
package taintssrf

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to SSRF sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3918",
	Name:       "tainted-server-side-request-forgery",
	CWE:        []int{918},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input chooses the URL of an outgoing request",
	Doc:        doc,
}, taint.SSRF)
