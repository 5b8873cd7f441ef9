// Package sshnohostkeyverification reports paramiko clients that accept
// unknown host keys (Bandit B507).
package sshnohostkeyverification

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports set_missing_host_key_policy with a policy that
// accepts unknown keys.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1507",
		Name:       "ssh-no-host-key-verification",
		Aliases:    []string{"B507", "S507"},
		CWE:        []int{295},
		Severity:   finding.High,
		Confidence: finding.MediumConfidence,
		Summary:    "paramiko client accepts unknown SSH host keys (AutoAddPolicy, WarningPolicy)",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// acceptingPolicies are paramiko's policies that let a connection to an
// unknown host go on: AutoAddPolicy and WarningPolicy, and the base
// class, whose missing_host_key does nothing.
var acceptingPolicies = map[string]bool{
	"paramiko.AutoAddPolicy":               true,
	"paramiko.client.AutoAddPolicy":        true,
	"paramiko.WarningPolicy":               true,
	"paramiko.client.WarningPolicy":        true,
	"paramiko.MissingHostKeyPolicy":        true,
	"paramiko.client.MissingHostKeyPolicy": true,
}

// policyNames are the names Bandit matches by spelling.
var policyNames = map[string]bool{"AutoAddPolicy": true, "WarningPolicy": true}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || attr.Attr != "set_missing_host_key_policy" {
		return
	}
	policy := analysis.Arg(call, 0, "policy")
	if policy == nil {
		return
	}
	// The policy is passed as a class or as an instance.
	cls := policy
	if c, ok := policy.(*ast.Call); ok {
		cls = c.Func
	}
	q := p.QualifiedName(cls)
	conf := finding.HighConfidence
	switch {
	case acceptingPolicies[q]:
	case q == "":
		if base, ok := cryptoutil.DerivesFrom(p, cls, acceptingPolicies); ok {
			if !overridesMissingHostKey(p, cls) {
				q = base
				break
			}
			return
		}
		// By spelling, as Bandit does, when the module uses paramiko.
		name := cryptoutil.LastName(cls)
		if !policyNames[name] || cryptoutil.IsLocalClass(p, cls) || !cryptoutil.Imports(p, cryptoutil.ModuleIs("paramiko")) {
			return
		}
		q, conf = name, finding.MediumConfidence
	default:
		return
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        policy.Location(),
		Message:    "SSH host key policy " + strings.TrimPrefix(q, "paramiko.client.") + " accepts unknown host keys: a man in the middle can impersonate the server and read the credentials and session; use RejectPolicy with known_hosts",
		Confidence: int(conf),
	})
}

// overridesMissingHostKey reports whether the class of the file that cls
// names defines missing_host_key itself (and may well reject keys).
func overridesMissingHostKey(p *analysis.Pass, cls ast.Expr) bool {
	n, ok := cls.(*ast.Name)
	if !ok {
		return false
	}
	b := p.Model.Resolve(p.Scope(), n.Id, n.Loc)
	if b == nil {
		return false
	}
	cd, ok := b.Node.(*ast.ClassDef)
	if !ok {
		return false
	}
	for _, st := range cd.Body {
		if f, ok := st.(*ast.FunctionDef); ok && f.Name == "missing_host_key" {
			return true
		}
	}
	return false
}
