// Package tarfileunsafemembers reports tarfile extractall calls that
// neither filter nor select the members they extract (Bandit B202).
package tarfileunsafemembers

import (
	_ "embed"
	"fmt"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports TarFile.extractall without a safe filter or members.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1202",
		Name:       "tarfile-unsafe-members",
		Aliases:    []string{"B202", "S202"},
		CWE:        []int{22},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "tarfile extractall without filter='data' or a members check: path traversal",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// tarFiles are the names of TarFile objects.
var tarFiles = map[string]bool{
	"tarfile.open()":            true,
	"tarfile.TarFile()":         true,
	"tarfile.TarFile.open()":    true,
	"tarfile.TarFile.taropen()": true,
	"tarfile.TarFile.gzopen()":  true,
	"tarfile.TarFile.bz2open()": true,
	"tarfile.TarFile.xzopen()":  true,
	"tarfile.TarFile.zstopen()": true,
}

// tarClasses are the classes a local TarFile subclass derives from.
var tarClasses = map[string]bool{"tarfile.TarFile": true}

// filter is what an extraction filter does.
type filter int

const (
	filterUnknown filter = iota // a function of the program
	filterSafe                  // 'data': refuses everything dangerous
	filterTar                   // 'tar': refuses absolute paths and '..', keeps links
	filterNone                  // 'fully_trusted': no checks at all
)

// filters maps the names and qualified names of tarfile's filters.
var filters = map[string]filter{
	"data": filterSafe, "tarfile.data_filter": filterSafe,
	"tar": filterTar, "tarfile.tar_filter": filterTar,
	"fully_trusted": filterNone, "tarfile.fully_trusted_filter": filterNone,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || attr.Attr != "extractall" {
		return
	}
	recv := cryptoutil.Name(p, attr.Value)
	conf := finding.HighConfidence
	if !tarFiles[recv] {
		local, derived := cryptoutil.LocalInstance(p, attr.Value, tarClasses)
		switch {
		case derived:
		case recv != "" || local:
			// Another kind of archive (zipfile.ZipFile, which
			// sanitizes member names) or a class of the file.
			return
		case cryptoutil.Imports(p, cryptoutil.ModuleIs("tarfile")):
			// Unknown receiver in a module that uses tarfile: what
			// Bandit reports.
			conf = finding.MediumConfidence
		default:
			return
		}
	}
	report := func(sev finding.Severity, c finding.Confidence, msg string) {
		p.ReportDiagnostic(analysis.Diagnostic{Loc: call.Loc, Message: msg, Severity: int(sev), Confidence: int(min(c, conf))})
	}

	if f := analysis.Keyword(call, "filter"); f != nil && !cryptoutil.IsNone(p, f) {
		kind := filterUnknown
		if s, ok := p.String(f); ok {
			if k, ok := filters[s]; ok {
				kind = k
			} else {
				kind = filterNone // tarfile raises on unknown names; treat as no protection
			}
		} else if k, ok := filters[p.QualifiedName(f)]; ok {
			kind = k
		}
		switch kind {
		case filterSafe:
		case filterTar:
			report(finding.Low, finding.MediumConfidence, "tarfile extractall with filter='tar': absolute paths and '..' are refused, but links may point outside the destination and device files are extracted; use filter='data'")
		case filterNone:
			report(finding.High, finding.HighConfidence, "tarfile extractall with filter='fully_trusted': members can write anywhere (path traversal); use filter='data'")
		default:
			report(finding.Low, finding.LowConfidence, "tarfile extractall with a custom filter: make sure it refuses absolute paths, '..', links outside the destination and special files")
		}
		return
	}

	members := analysis.Arg(call, 1, "members")
	switch m := members.(type) {
	case nil:
		if cryptoutil.HasStarArgs(call) {
			report(finding.High, finding.MediumConfidence, "tarfile extractall without filter='data' (unless **kwargs passes it): members with absolute paths or '..' can write anywhere (path traversal)")
			return
		}
		report(finding.High, finding.HighConfidence, "tarfile extractall used without any validation: members with absolute paths or '..' can write anywhere (path traversal); use filter='data'")
	case *ast.Call:
		if a, ok := m.Func.(*ast.Attribute); ok && a.Attr == "getmembers" {
			report(finding.High, finding.HighConfidence, "tarfile extractall of all members (members=getmembers()) without filter='data': members with absolute paths or '..' can write anywhere (path traversal)")
			return
		}
		name := cryptoutil.LastName(m.Func)
		if name == "" {
			name = "the function"
		}
		report(finding.Low, finding.LowConfidence, fmt.Sprintf("tarfile extractall with members=%s(...): make sure %s discards absolute paths, '..', links and special files, or use filter='data'", name, name))
	default:
		if cryptoutil.IsNone(p, members) {
			report(finding.High, finding.HighConfidence, "tarfile extractall used without any validation: members with absolute paths or '..' can write anywhere (path traversal); use filter='data'")
			return
		}
		report(finding.Medium, finding.MediumConfidence, "tarfile extractall with members that krait cannot check: make sure they were validated against absolute paths, '..', links and special files, or use filter='data'")
	}
}
