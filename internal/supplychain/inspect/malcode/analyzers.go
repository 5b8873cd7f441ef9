package malcode

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

// PackageOption is the option key (in analysis.Checker.Options, under
// each rule's name) holding the normalised name of the package being
// inspected, so that pip's own "pip" console script is not reported.
const PackageOption = "krait.package"

// codeRules are the rules matched over Python code; the others are
// reported by the package inspector.
var codeRules = set(IDDownloadExec, IDDecodedExec, IDDynamicImport, IDObfuscatedLiteral, IDExfiltration,
	IDCredentialAccess, IDReverseShell, IDPersistence, IDSilentLaunch, IDExecutableDropped, IDSteganography,
	IDInstallNetwork, IDConsoleShadow, IDCloudMetadata, IDCISecret, IDBeacon, IDKnownObfuscator, IDHiddenCode,
	IDPipInstall, IDInstallCommand)

// Analyzers returns the analyzers of the code rules, in ID order. They
// share one walk of each file (through Pass.FileMemo). Each call returns
// new values.
func Analyzers() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, r := range Rules() {
		if !codeRules[r.ID] {
			continue
		}
		id := r.ID
		out = append(out, &analysis.Analyzer{
			Rule:  r.Rule,
			Nodes: []ast.Kind{ast.KindModule},
			Run: func(p *analysis.Pass, _ ast.Node) {
				for _, h := range factsFor(p).hits[id] {
					p.ReportDiagnostic(analysis.Diagnostic{Loc: h.loc, Message: h.msg})
				}
			},
		})
	}
	return out
}
