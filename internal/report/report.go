// Package report holds what every output format writes: the findings of one
// run and a summary. Each format lives in its own sub-package
// (report/text, report/json, ...) with a Write function.
package report

import "github.com/krait-dev/krait/internal/finding"

// Report is the result of one krait run.
type Report struct {
	Version  string            // krait's version
	Files    int               // how many files were examined
	Findings []finding.Finding // sorted with finding.Sort
}
