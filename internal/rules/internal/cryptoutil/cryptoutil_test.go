package cryptoutil_test

import (
	"fmt"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

// probe reports, for every call probe(e), what the helpers say about e.
var probe = &analysis.Analyzer{
	Rule:  analysis.Rule{ID: "KRT9999", Name: "probe"},
	Nodes: []ast.Kind{ast.KindCall},
	Run: func(p *analysis.Pass, n ast.Node) {
		call := n.(*ast.Call)
		if f, ok := call.Func.(*ast.Name); !ok || f.Id != "probe" || len(call.Args) != 1 {
			return
		}
		e := call.Args[0]
		q, sp := cryptoutil.Names(p, e)
		local, derived := cryptoutil.LocalInstance(p, e, map[string]bool{"base.Base": true})
		base, derives := cryptoutil.DerivesFrom(p, e, map[string]bool{"base.Base": true})
		p.Report(call, fmt.Sprintf("name=%s names=%s|%s const=%v local=%v/%v derives=%s/%v",
			cryptoutil.Name(p, e), q, sp,
			cryptoutil.ConstantText(p, e, map[string]bool{"html.escape": true}),
			local, derived, base, derives))
	},
}

func TestHelpers(t *testing.T) {
	analysistest.Run(t, "testdata", probe)
}
