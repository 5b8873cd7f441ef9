// Package passwordconfigoption reports oslo.config options that hold
// passwords but are not marked secret (Bandit B109).
package passwordconfigoption

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports password-like oslo.config options without secret=True.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1109",
		Name:       "password-config-option-not-marked-secret",
		Aliases:    []string{"B109"},
		CWE:        []int{532},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "oslo.config option holding a password not marked secret=True",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.RootsOf(optionClasses),
	Run:       run,
}

// optionClasses are the oslo.config option types that hold strings, which
// Bandit's function_names defaults to (StrOpt) and their relatives.
var optionClasses = map[string]bool{
	"oslo_config.cfg.StrOpt": true, "oslo.config.cfg.StrOpt": true,
	"oslo_config.cfg.Opt": true, "oslo.config.cfg.Opt": true,
	"oslo_config.cfg.URIOpt": true, "oslo.config.cfg.URIOpt": true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !optionClasses[p.CalleeName(call)] {
		return
	}
	name, ok := p.String(analysis.Arg(call, 0, "name"))
	if !ok {
		return
	}
	m := generalkit.NewPasswordMatcher(p.Options)
	if matched, metadata := m.Classify(name); (!matched || metadata) && !strings.HasSuffix(strings.ToLower(name), "password") {
		return
	}
	secret := analysis.Keyword(call, "secret")
	if secret == nil {
		if analysis.HasKwargs(call) {
			p.ReportDiagnostic(analysis.Diagnostic{
				Loc:        call.Loc,
				Message:    "oslo.config option " + strconv.Quote(name) + " may not be marked secret=True (its keyword arguments come from **kwargs)",
				Confidence: int(finding.LowConfidence),
			})
			return
		}
		p.Reportf(call, "oslo.config option %s holds a password but is not marked secret=True: its value will be logged", strconv.Quote(name))
		return
	}
	if v, known := p.Truth(secret); known {
		if !v {
			p.Reportf(call, "oslo.config option %s holds a password but is marked secret=False: its value will be logged", strconv.Quote(name))
		}
		return
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        call.Loc,
		Message:    "oslo.config option " + strconv.Quote(name) + " may not be marked secret=True (secret= is not a constant)",
		Confidence: int(finding.LowConfidence),
	})
}
