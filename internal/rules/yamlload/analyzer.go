// Package yamlload reports PyYAML loads that can construct arbitrary
// Python objects (Bandit B506).
package yamlload

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports yaml.load without a safe Loader and yaml.unsafe_load.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1506",
		Name:       "yaml-load",
		Aliases:    []string{"B506", "S506"},
		CWE:        []int{20, 502},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "yaml.load without a safe Loader can construct arbitrary Python objects",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// loads are PyYAML's load functions: whether they always use an unsafe
// loader, else where their Loader argument is.
var loads = map[string]struct {
	unsafe bool
	pos    int
}{
	"yaml.load":            {false, 1},
	"yaml.load_all":        {false, 1},
	"yaml.unsafe_load":     {true, -1},
	"yaml.unsafe_load_all": {true, -1},
	"yaml.main.load":       {false, 1},
	"yaml.main.load_all":   {false, 1},
}

// safeLoaders are the loaders that build only plain Python data.
var safeLoaders = map[string]bool{
	"yaml.SafeLoader": true, "yaml.CSafeLoader": true,
	"yaml.BaseLoader": true, "yaml.CBaseLoader": true,
	"yaml.loader.SafeLoader": true, "yaml.loader.BaseLoader": true,
	"yaml.cyaml.CSafeLoader": true, "yaml.cyaml.CBaseLoader": true,
}

// unsafeLoaders are the loaders that construct arbitrary objects
// (FullLoader only some of them since PyYAML 5.4, but still more than
// plain data).
var unsafeLoaders = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"Loader", "UnsafeLoader", "FullLoader"} {
		m["yaml."+l] = true
		m["yaml.loader."+l] = true
		m["yaml.C"+l] = true
		m["yaml.cyaml.C"+l] = true
	}
	return m
}()

// safeLoaderNames are the class names of the safe loaders, which Bandit
// accepts by spelling when krait cannot resolve them.
var safeLoaderNames = map[string]bool{"SafeLoader": true, "CSafeLoader": true, "BaseLoader": true, "CBaseLoader": true}

// loadNames are the function names of loads.
var loadNames = cryptoutil.LastNames(loads)

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, loadNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	spec, name, bySpelling, ok := cryptoutil.Match(loads, q, sp)
	if !ok {
		return
	}
	callConf := finding.HighConfidence
	if bySpelling {
		callConf = finding.MediumConfidence
	}
	report := func(sev finding.Severity, conf finding.Confidence, msg string) {
		p.ReportDiagnostic(analysis.Diagnostic{Loc: call.Loc, Message: msg, Severity: int(sev), Confidence: int(min(conf, callConf))})
	}
	fn := "yaml." + cryptoutil.Last(name)
	if spec.unsafe {
		report(finding.Medium, finding.HighConfidence, fn+" constructs arbitrary Python objects: a crafted document runs code; use yaml.safe_load")
		return
	}
	loader := analysis.Arg(call, spec.pos, "Loader")
	if loader == nil {
		if cryptoutil.HasStarArgs(call) {
			report(finding.Medium, finding.MediumConfidence, fn+" without a Loader unless *args or **kwargs passes one: a crafted document may run code; use yaml.safe_load")
			return
		}
		report(finding.Medium, finding.HighConfidence, fn+" without a Loader: older PyYAML constructs arbitrary Python objects, so a crafted document runs code; use yaml.safe_load")
		return
	}
	lq, lsp := cryptoutil.Names(p, loader)
	if _, _, _, ok := cryptoutil.Match(safeLoaders, lq, lsp); ok {
		return
	}
	if _, lname, bySp, ok := cryptoutil.Match(unsafeLoaders, lq, lsp); ok {
		conf := finding.HighConfidence
		if bySp {
			conf = finding.MediumConfidence
		}
		report(finding.Medium, conf, fn+" with Loader="+lname+" constructs arbitrary Python objects: a crafted document runs code; use yaml.safe_load")
		return
	}
	if base, ok := cryptoutil.DerivesFrom(p, loader, safeLoaders); ok {
		report(finding.Low, finding.LowConfidence, fn+" with a Loader derived from "+base+": make sure it adds no constructor that builds arbitrary objects")
		return
	}
	if safeLoaderNames[cryptoutil.LastName(loader)] && !cryptoutil.IsLocalClass(p, loader) {
		return // a safe loader from a star import
	}
	report(finding.Medium, finding.MediumConfidence, fn+" with a Loader krait cannot identify: unless it is SafeLoader, a crafted document may run code; use yaml.safe_load")
}
