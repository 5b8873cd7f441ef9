package rules

import "github.com/krait-dev/krait/internal/analysis"

// debugRules returns the rules for exposed debug information.
func debugRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{}
}
