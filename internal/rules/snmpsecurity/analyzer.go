// Package snmpsecurity reports insecure SNMP in pysnmp: community-based
// SNMPv1/v2c (Bandit B508) and SNMPv3 without authentication or
// encryption (B509).
package snmpsecurity

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

var (
	//go:embed doc_insecure_version.md
	docInsecureVersion string
	//go:embed doc_weak_cryptography.md
	docWeakCryptography string
)

// InsecureVersion reports pysnmp CommunityData, which is SNMPv1 or v2c.
var InsecureVersion = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1508",
		Name:       "snmp-insecure-version",
		Aliases:    []string{"B508", "S508"},
		CWE:        []int{319},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "SNMPv1/v2c: community strings and data travel in clear text",
		Doc:        docInsecureVersion,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   runInsecureVersion,
}

// WeakCryptography reports pysnmp UsmUserData without authentication or
// privacy keys.
var WeakCryptography = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1509",
		Name:       "snmp-weak-cryptography",
		Aliases:    []string{"B509", "S509"},
		CWE:        []int{319},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "SNMPv3 without authentication or encryption (noAuthNoPriv, authNoPriv)",
		Doc:        docWeakCryptography,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   runWeakCryptography,
}

// pysnmpClass reports whether call constructs pysnmp's class named
// class: a qualified name in a pysnmp module (pysnmp.hlapi,
// pysnmp.hlapi.asyncio, pysnmp.hlapi.v3arch, the old oneliner cmdgen, ...)
// ending in class, or the bare name bound nowhere (a star import), which
// is what Bandit matches.
func pysnmpClass(p *analysis.Pass, call *ast.Call, class string) bool {
	if cryptoutil.LastName(call.Func) != class {
		if _, ok := call.Func.(*ast.Name); !ok {
			return false // an attribute of another name
		}
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	for _, name := range []string{q, sp} {
		if strings.HasPrefix(name, "pysnmp.") && strings.HasSuffix(name, "."+class) {
			return true
		}
	}
	if q != "" {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	return ok && n.Id == class && p.Model.Resolve(p.Scope(), n.Id, n.Loc) == nil
}

func runInsecureVersion(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !pysnmpClass(p, call, "CommunityData") {
		return
	}
	// CommunityData(communityIndex, communityName=None, mpModel=1, ...)
	model := analysis.Arg(call, 2, "mpModel")
	version := "SNMPv1/v2c"
	switch v, ok := cryptoutil.Int(p, model); {
	case model == nil && !cryptoutil.HasStarArgs(call):
		version = "SNMPv2c (mpModel defaults to 1)"
	case ok && v == 0:
		version = "SNMPv1"
	case ok && v == 1:
		version = "SNMPv2c"
	}
	p.Reportf(call, "CommunityData selects %s: the community string and all data travel in clear text; use SNMPv3 with UsmUserData and authentication and privacy keys", version)
}

// UsmUserData(userName, authKey=None, privKey=None, authProtocol=None,
// privProtocol=None, ...)
const (
	authKeyPos   = 1
	privKeyPos   = 2
	authProtoPos = 3
	privProtoPos = 4
)

func runWeakCryptography(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !pysnmpClass(p, call, "UsmUserData") {
		return
	}
	hidden := cryptoutil.HasStarArgs(call)
	missing := func(keyPos int, key string, protoPos int, proto, none string) bool {
		if k := analysis.Arg(call, keyPos, key); k == nil || cryptoutil.IsNone(p, k) {
			return true
		}
		pr := analysis.Arg(call, protoPos, proto)
		return pr != nil && strings.HasSuffix(p.QualifiedName(pr), "."+none) ||
			pr != nil && cryptoutil.LastName(pr) == none
	}
	var level string
	switch {
	case missing(authKeyPos, "authKey", authProtoPos, "authProtocol", "usmNoAuthProtocol"):
		level = "noAuthNoPriv: neither authentication nor encryption"
	case missing(privKeyPos, "privKey", privProtoPos, "privProtocol", "usmNoPrivProtocol"):
		level = "authNoPriv: no encryption, the data travel in clear text"
	default:
		return
	}
	d := analysis.Diagnostic{Loc: call.Loc, Message: "SNMPv3 UsmUserData with " + level + "; pass authKey and privKey (with SHA-2 and AES protocols)"}
	if hidden {
		d.Message = "SNMPv3 UsmUserData with " + level + ", unless *args or **kwargs passes the keys"
		d.Confidence = int(finding.LowConfidence)
	}
	p.ReportDiagnostic(d)
}
