// Package debugasgi reports Starlette, FastAPI and Litestar applications
// created or switched into debug mode.
package debugasgi

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/debugflask"
)

//go:embed doc.md
var doc string

// Analyzer reports debug=True on ASGI application constructors and
// app.debug = True.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2006",
		Name:       "asgi-debug-mode",
		CWE:        []int{489, 215},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "Starlette, FastAPI or Litestar application in debug mode",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall, ast.KindAssign},
	Run:   run,
}

// debugParam is where a constructor takes its debug flag: a position (-1
// for keyword only) and the keyword.
type debugParam struct {
	pos     int
	display string // how messages name the constructor
}

// constructors are the callables whose debug argument turns on traceback
// pages, by qualified name.
var constructors = map[string]debugParam{
	"fastapi.FastAPI":                                   {-1, "FastAPI"},
	"fastapi.applications.FastAPI":                      {-1, "FastAPI"},
	"starlette.applications.Starlette":                  {0, "Starlette"},
	"starlette.middleware.errors.ServerErrorMiddleware": {2, "ServerErrorMiddleware"},
	"litestar.Litestar":                                 {-1, "Litestar"},
	"litestar.app.Litestar":                             {-1, "Litestar"},
}

// apps are the qualified names of application objects whose debug
// attribute turns on traceback pages.
var apps = map[string]bool{
	"fastapi.FastAPI()": true, "fastapi.applications.FastAPI()": true,
	"starlette.applications.Starlette()": true,
	"litestar.Litestar()":                true, "litestar.app.Litestar()": true,
}

const effect = " returns a page with the traceback and source lines to the client for every unhandled exception"

func run(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		c, ok := constructors[p.CalleeName(n)]
		if !ok {
			return
		}
		if on, known := p.Truth(analysis.Arg(n, c.pos, "debug")); known && on && !debugflask.Guarded(p, n) {
			p.Reportf(n, "%s(debug=True)%s", c.display, effect)
		}
	case *ast.Assign:
		for _, t := range n.Targets {
			a, ok := t.(*ast.Attribute)
			if !ok || a.Attr != "debug" || !apps[p.QualifiedName(a.Value)] {
				continue
			}
			if on, known := p.Truth(n.Value); known && on && !debugflask.Guarded(p, n) {
				p.Reportf(n, "app.debug = True%s", effect)
			}
		}
	}
}
