// Package hardcodedsql reports SQL statements built from strings with
// values computed at run time (Bandit B608).
package hardcodedsql

import (
	_ "embed"
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports SQL built by string formatting.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1608",
		Name:       "hardcoded-sql-expressions",
		Aliases:    []string{"B608", "S608"},
		CWE:        []int{89},
		Severity:   finding.Medium,
		Confidence: finding.LowConfidence,
		Summary:    "SQL query built by string formatting",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindBinOp, ast.KindJoinedStr, ast.KindCall},
	Run:   run,
}

// sqlRE is Bandit's test of a string that looks like SQL.
var sqlRE = regexp.MustCompile(`(?is)(select\s.*from\s|delete\s+from\s|insert\s+into\s.*values\s|update\s.*set\s)`)

// sinks are the names of the methods that run a query: a statement built
// directly in their arguments is reported with medium confidence.
var sinks = map[string]bool{
	"execute": true, "executemany": true, // DB-API (Bandit's list)
	"executescript": true,                         // sqlite3
	"raw":           true,                         // Django Manager.raw
	"read_sql":      true, "read_sql_query": true, // pandas
}

func run(p *analysis.Pass, n ast.Node) {
	var how string
	var e ast.Expr
	replace := false
	switch n := n.(type) {
	case *ast.BinOp:
		if n.Op != ast.Add && n.Op != ast.Modulo || inChain(p.Parent()) {
			return
		}
		e, how = n, "string concatenation"
		if n.Op == ast.Modulo {
			how = "%-formatting"
		}
	case *ast.JoinedStr:
		switch parent := p.Parent().(type) {
		case *ast.FormattedValue, *ast.JoinedStr:
			return // a format spec
		default:
			if inChain(parent) {
				return
			}
		}
		e, how = n, "an f-string"
	case *ast.Call:
		attr, ok := n.Func.(*ast.Attribute)
		if !ok || attr.Attr != "format" && attr.Attr != "replace" || inChain(p.Parent()) {
			return
		}
		if _, ok := p.String(attr.Value); !ok {
			return
		}
		e, how = n, "str.format"
		if attr.Attr == "replace" {
			replace, how = true, "str.replace"
		}
	default:
		return
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope()}
	var parts injectkit.Parts
	if replace {
		parts = replaceParts(r, e.(*ast.Call))
	} else {
		parts = r.Parts(e)
	}
	if !parts.Dynamic() || !looksLikeSQL(parts) {
		return
	}
	d := analysis.Diagnostic{
		Loc:     e.Location(),
		Message: "SQL query built with " + how + " from values not known statically: SQL injection if any comes from outside",
	}
	if !replace && passedToSink(p) {
		d.Confidence = int(finding.MediumConfidence)
		d.Message = "SQL query built with " + how + " and run directly: SQL injection if any value comes from outside"
	}
	p.ReportDiagnostic(d)
}

// inChain reports whether parent continues a chain of + or % that the
// analyzer looks at from its top.
func inChain(parent ast.Node) bool {
	b, ok := parent.(*ast.BinOp)
	return ok && (b.Op == ast.Add || b.Op == ast.Modulo)
}

// looksLikeSQL tests the literal text of the statement the way Bandit
// does (its literal pieces joined by spaces, or without separator as for
// f-strings) and also with a placeholder for each value.
func looksLikeSQL(ps injectkit.Parts) bool {
	if !hasKeyword(ps) {
		return false
	}
	return sqlRE.MatchString(ps.Literals(" ")) ||
		sqlRE.MatchString(ps.Literals("")) ||
		sqlRE.MatchString(ps.Join(" ? "))
}

// hasKeyword reports whether a literal piece holds one of the words
// every match of sqlRE starts with, a cheap test before the regexp.
func hasKeyword(ps injectkit.Parts) bool {
	for _, p := range ps {
		if p.Dynamic {
			continue
		}
		for i := 0; i+6 <= len(p.Text); i++ {
			switch c := p.Text[i] | 0x20; c {
			case 's', 'd', 'i', 'u':
				w := strings.ToLower(p.Text[i : i+6])
				if w == "select" || w == "delete" || w == "insert" || w == "update" {
					return true
				}
			}
		}
	}
	return false
}

// replaceParts returns the pieces of s.replace(old, new): the literal s
// and the replacement.
func replaceParts(r injectkit.Resolver, call *ast.Call) injectkit.Parts {
	ps := r.Parts(call.Func.(*ast.Attribute).Value)
	for _, a := range call.Args {
		ps = append(ps, r.Parts(a)...)
	}
	for _, k := range call.Keywords {
		ps = append(ps, r.Parts(k.Value)...)
	}
	if len(call.Args) < 2 {
		ps = append(ps, injectkit.Piece{Dynamic: true})
	}
	return ps
}

// passedToSink reports whether the node being visited is an argument of a
// call of execute, executemany or another method that runs a query.
func passedToSink(p *analysis.Pass) bool {
	parent := p.Parent()
	if _, ok := parent.(*ast.Keyword); ok {
		parents := p.Parents()
		if len(parents) < 2 {
			return false
		}
		parent = parents[len(parents)-2]
	}
	call, ok := parent.(*ast.Call)
	if !ok {
		return false
	}
	switch f := call.Func.(type) {
	case *ast.Attribute:
		return sinks[f.Attr]
	case *ast.Name:
		return sinks[f.Id]
	}
	return false
}
