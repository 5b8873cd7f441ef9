// Package taintdeserialization reports untrusted input is deserialised with pickle, marshal or an unsafe YAML loader (CWE-502), found by the taint engine.
package taintdeserialization

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to Deserialization sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3502",
	Name:       "tainted-unsafe-deserialization",
	CWE:        []int{502},
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input is deserialised with pickle, marshal or an unsafe YAML loader",
	Doc:        doc,
}, taint.Deserialization)
