// Package json writes a report as one JSON document:
//
//	{"version": "...", "findings": [...], "summary": {"files": N, "findings": M, "suppressed": S}}
//
// Each finding has every field of finding.Finding, suppressed ones included
// (with "suppressed": {"kind": ..., "reason": ...}); "findings" is [] (not
// null) when there are none. summary.findings counts the findings that are
// not suppressed and summary.suppressed (left out when 0) the others. The
// output is indented, ends with a newline and does not escape <, > and &.
// docs/findings.md documents every field.
package json

import (
	stdjson "encoding/json"
	"fmt"
	"io"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
)

// Document is the JSON form of a report.
type Document struct {
	Version  string            `json:"version"`
	Findings []finding.Finding `json:"findings"`
	Summary  Summary           `json:"summary"`
}

// Summary counts what a run examined and found.
type Summary struct {
	Files      int `json:"files"`                // files examined
	Findings   int `json:"findings"`             // findings not suppressed
	Suppressed int `json:"suppressed,omitempty"` // suppressed findings
}

// Write writes r to w as JSON.
func Write(w io.Writer, r *report.Report) error {
	doc := Document{
		Version:  r.Version,
		Findings: r.Findings,
		Summary:  Summary{Files: r.Files},
	}
	for i := range r.Findings {
		if r.Findings[i].Suppressed != nil {
			doc.Summary.Suppressed++
		} else {
			doc.Summary.Findings++
		}
	}
	if doc.Findings == nil {
		doc.Findings = []finding.Finding{}
	}
	enc := stdjson.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}
