// Package rules lists every rule krait has. A rule lives in a directory of
// its own below internal/rules (its doc, analyzer and testdata); All is the
// explicit list of them, and a test checks that no directory is left out
// and that every rule is documented.
package rules

import (
	"sort"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/subprocessshell"
)

// All returns every analyzer, in ID order.
func All() []*analysis.Analyzer {
	var all []*analysis.Analyzer
	all = append(all, subprocessshell.Analyzer)
	all = append(all, generalRules()...)
	all = append(all, cryptoRules()...)
	all = append(all, injectionRules()...)
	all = append(all, debugRules()...)
	all = append(all, taintRules()...)
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}
