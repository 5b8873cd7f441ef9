package rules

import "github.com/krait-dev/krait/internal/analysis"

// generalRules returns the rules for Bandit B101-B113.
func generalRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{}
}
