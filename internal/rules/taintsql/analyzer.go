// Package taintsql reports untrusted input reaches an SQL query string (CWE-89), found by the taint engine.
package taintsql

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to SQLInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3089",
	Name:       "tainted-sql-injection",
	CWE:        []int{89},
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input reaches an SQL query string",
	Doc:        doc,
}, taint.SQLInjection)
