// Package taintweakhash reports passwords and other secrets hashed with
// MD5 or SHA-1 (CWE-328): request data that went through a password-like
// name, found by the taint engine, and values named like a password
// hashed directly.
package taintweakhash

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

var rule = analysis.Rule{
	ID:         "KRT3328",
	Name:       "weak-hash-of-secret",
	CWE:        []int{328, 916},
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "a password or other secret is hashed with MD5 or SHA-1",
	Doc:        doc,
}

var flows = taint.NewAnalyzer(rule, taint.WeakHash)

// Analyzer reports flows of passwords to MD5 and SHA-1, and values named
// like passwords hashed with them.
var Analyzer = &analysis.Analyzer{
	Rule:  rule,
	Nodes: []ast.Kind{ast.KindModule, ast.KindCall},
	Run:   run,
}

// weakConstructors are the constructors of MD5 and SHA-1 hashes whose
// first argument is the data.
var weakConstructors = map[string]bool{
	"hashlib.md5": true, "hashlib.sha1": true, "_hashlib.openssl_md5": true, "_hashlib.openssl_sha1": true,
}

// weakNames are the names hashlib.new takes for MD5 and SHA-1.
var weakNames = map[string]bool{"md5": true, "sha1": true, "sha": true, "md4": true}

// maxNameDepth bounds the walk of a hashed expression for the names it
// reads; deeper names are not seen (a missed finding).
const maxNameDepth = 16

type flowLocs struct{}

func run(p *analysis.Pass, n ast.Node) {
	switch x := n.(type) {
	case *ast.Module:
		locs := map[ast.Loc]bool{}
		for _, f := range taint.ResultFor(p).ByClass(taint.WeakHash) {
			locs[f.Loc] = true
		}
		p.Memo()[flowLocs{}] = locs
		flows.Run(p, n)
	case *ast.Call:
		byName(p, x)
	}
}

// byName reports md5(password) and the like, where the engine saw no flow
// from the request: medium confidence, the name is the only evidence.
func byName(p *analysis.Pass, call *ast.Call) {
	var data ast.Expr
	var name string
	switch f := call.Func.(type) {
	case *ast.Name:
		name = f.Id
	case *ast.Attribute:
		name = f.Attr
	default:
		return
	}
	if name != "md5" && name != "sha1" && name != "new" && name != "openssl_md5" && name != "openssl_sha1" {
		return
	}
	q := p.QualifiedName(call.Func)
	switch {
	case weakConstructors[q]:
		data = analysis.Arg(call, 0, "string")
		if data == nil {
			data = analysis.Arg(call, 0, "data")
		}
	case q == "hashlib.new":
		if s, ok := p.String(analysis.Arg(call, 0, "name")); ok && weakNames[strings.ToLower(s)] {
			data = analysis.Arg(call, 1, "data")
		}
	}
	if data == nil {
		return
	}
	if k := analysis.Keyword(call, "usedforsecurity"); k != nil {
		if v, known := p.Truth(k); known && !v {
			return
		}
	}
	if _, ok := p.ConstValue(data); ok {
		return
	}
	if locs, _ := p.Memo()[flowLocs{}].(map[ast.Loc]bool); locs[call.Loc] {
		return
	}
	secret := passwordName(data, 0)
	if secret == "" {
		return
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        call.Loc,
		Confidence: int(finding.MediumConfidence),
		Message:    secret + " is hashed with " + strings.TrimPrefix(q, "_hashlib.openssl_") + ": use a password hash (scrypt, PBKDF2, argon2, bcrypt)",
	})
}

// passwordName returns the first password-like name e reads, or "".
func passwordName(e ast.Expr, depth int) string {
	if e == nil || depth > maxNameDepth {
		return ""
	}
	switch x := e.(type) {
	case *ast.Name:
		if taint.IsPasswordName(x.Id) {
			return x.Id
		}
	case *ast.Attribute:
		if taint.IsPasswordName(x.Attr) {
			return x.Attr
		}
		return passwordName(x.Value, depth+1)
	case *ast.Call:
		if a, ok := x.Func.(*ast.Attribute); ok {
			// password.encode(), (salt + password).encode("utf-8")
			if s := passwordName(a.Value, depth+1); s != "" {
				return s
			}
		}
		for _, a := range x.Args {
			if s := passwordName(a, depth+1); s != "" {
				return s
			}
		}
	case *ast.BinOp:
		if s := passwordName(x.Left, depth+1); s != "" {
			return s
		}
		return passwordName(x.Right, depth+1)
	case *ast.JoinedStr:
		for _, v := range x.Values {
			if s := passwordName(v, depth+1); s != "" {
				return s
			}
		}
	case *ast.FormattedValue:
		return passwordName(x.Value, depth+1)
	case *ast.Subscript:
		if c, ok := x.Slice.(*ast.Constant); ok {
			if s, ok := c.Value.(string); ok && taint.IsPasswordName(s) {
				return s
			}
		}
		return passwordName(x.Value, depth+1)
	}
	return ""
}
