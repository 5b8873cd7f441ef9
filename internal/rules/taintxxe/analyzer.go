// Package taintxxe reports that untrusted XML is parsed by a parser that
// resolves external entities (CWE-611), found by the taint engine.
package taintxxe

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to XML parsers that resolve
// external entities.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3611",
	Name:       "tainted-xml-external-entities",
	CWE:        []int{611},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted XML is parsed with external entities enabled",
	Doc:        doc,
}, taint.XXE)
