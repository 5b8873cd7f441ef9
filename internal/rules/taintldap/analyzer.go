// Package taintldap reports that untrusted input reaches an LDAP search filter or base DN (CWE-90), found by the taint engine.
package taintldap

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports flows of untrusted data to LDAPInjection sinks.
var Analyzer = taint.NewAnalyzer(analysis.Rule{
	ID:         "KRT3090",
	Name:       "tainted-ldap-injection",
	CWE:        []int{90},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "untrusted input reaches an LDAP search filter or base DN",
	Doc:        doc,
}, taint.LDAPInjection)
