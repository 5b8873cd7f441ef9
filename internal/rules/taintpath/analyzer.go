// Package taintpath reports untrusted input reaches a file system path (CWE-22), found by the taint engine.
package taintpath

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to PathTraversal sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3022",
	Name:       "tainted-path-traversal",
	CWE:        []int{22},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input reaches a file system path",
	Doc:        doc,
}, taint.PathTraversal)
